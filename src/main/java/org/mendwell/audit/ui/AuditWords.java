package org.mendwell.audit.ui;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.audit.AuditEntry;

/**
 * The trail in plain words for the administrator: "Hand over (client handover)" rather than
 * "HandoverService.handOver", "Submission 3f2c1a9b" rather than a type code and a full id. The stored
 * entries, the chain and the CSV export keep the exact operation and ids.
 */
final class AuditWords {

    private static final Map<String, String> AREAS = Map.ofEntries(
            Map.entry("AccountService", "staff accounts"), Map.entry("AccountBootstrap", "first administrator"),
            Map.entry("HandoverService", "client handover"), Map.entry("ClientService", "client records"),
            Map.entry("MyRecordService", "own client record"),
            Map.entry("InvitationService", "invitations"), Map.entry("MyAccountService", "own account"),
            Map.entry("PasswordResetService", "password reset"), Map.entry("PracticeSecurity", "practice security"),
            Map.entry("AuditService", "audit trail"), Map.entry("AssignmentService", "exercises given"),
            Map.entry("CompletionService", "doing exercises"), Map.entry("ReviewService", "reviewing submissions"),
            Map.entry("ExerciseLibraryService", "exercise library"),
            Map.entry("TemplateEditingService", "exercise templates"), Map.entry("IntakeService", "intake"),
            Map.entry("ConsentService", "consent texts"), Map.entry("CaseloadOverviewService", "caseload"),
            Map.entry("ClientProgressService", "progress"), Map.entry("PracticeOverviewService", "practice overview"));

    private static final Map<String, String> RECORDS = Map.ofEntries(Map.entry("CLIENT", "Client"),
            Map.entry("SELF", "Own record"), Map.entry("CASELOAD", "Caseload"), Map.entry("INTAKE", "Intake"),
            Map.entry("ASSIGNMENT", "Exercise given"), Map.entry("OCCURRENCE", "Exercise due"),
            Map.entry("SUBMISSION", "Submission"), Map.entry("TEMPLATE", "Exercise template"),
            Map.entry("ACCOUNT", "Account"), Map.entry("SETTING", "Setting"), Map.entry("CONSENT", "Consent text"),
            Map.entry("AUDIT", "Audit trail"));

    private AuditWords() {
    }

    /** "ClientService.acknowledgeRiskAlert" becomes "Acknowledge risk alert (client records)"; other text stays. */
    static String operation(String operation) {
        if (operation.startsWith("page ")) {
            return "Page " + operation.substring("page ".length());
        }
        int dot = operation.indexOf('.');
        if (dot < 0 || operation.contains(" ")) {
            return capitalised(operation);
        }
        String type = operation.substring(0, dot);
        String area = AREAS.getOrDefault(type, words(type.replace("Service", "")));
        return capitalised(words(operation.substring(dot + 1))) + " (" + area + ")";
    }

    static String record(AuditEntry entry) {
        if (entry.recordType() == null) {
            return "—";
        }
        String kind = RECORDS.getOrDefault(entry.recordType(), capitalised(entry.recordType().toLowerCase(Locale.ROOT)));
        return entry.recordId() == null ? kind : kind + " " + shortId(entry.recordId());
    }

    /** The first eight characters, enough to tell records apart on a page; the full id is in the tooltip. */
    static String shortId(@Nullable UUID id) {
        return id == null ? "—" : id.toString().substring(0, 8);
    }

    private static String words(String camelCase) {
        return camelCase.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
