package org.mendwell.audit.ui;

import java.util.Locale;
import java.util.Map;
import org.mendwell.audit.AuditAction;
import org.mendwell.audit.AuditEntry;
import org.mendwell.audit.AuditLine;

/**
 * The trail in plain words for the administrator: "Read the intake of Dana Reyes" rather than
 * "IntakeService.intakeOf" and an id. The stored entries, the chain and the CSV export keep the exact
 * operation and ids.
 */
final class AuditWords {

    /** Each kind of record as a sentence names it: "Read the intake of Dana Reyes". */
    private static final Map<String, String> RECORD_PHRASES = Map.ofEntries(
            Map.entry("CLIENT", "the client record"),
            Map.entry("SELF", "their own client record"),
            Map.entry("CASELOAD", "their caseload"),
            Map.entry("INTAKE", "the intake"),
            Map.entry("ASSIGNMENT", "an exercise given"),
            Map.entry("OCCURRENCE", "an exercise due"),
            Map.entry("SUBMISSION", "a submitted exercise"),
            Map.entry("TEMPLATE", "an exercise template"),
            Map.entry("ACCOUNT", "an account"),
            Map.entry("SETTING", "a setting"),
            Map.entry("CONSENT", "the consent texts"),
            Map.entry("LETTER", "a letter between partners"),
            Map.entry("AUDIT", "the audit trail"));

    private AuditWords() {}

    /**
     * What happened, as a sentence an administrator reads without knowing the code: "Read the intake of Dana
     * Reyes", "Was refused a submitted exercise of Dana Reyes", "Changed the client record of Dana
     * Reyes: accept". A client's own pages are "their own client record": the client reading or changing
     * what is theirs. No ids and no method names; the CSV export keeps the exact operation and ids.
     */
    static String describe(AuditLine line) {
        AuditEntry entry = line.entry();
        String operation = entry.operation();
        if (operation.startsWith("page ")) {
            return (entry.action() == AuditAction.REFUSED ? "Was refused the page " : "Opened the page ")
                    + operation.substring("page ".length());
        }
        int dot = operation.indexOf('.');
        if (entry.recordType() == null || dot < 0 || operation.contains(" ")) {
            // Sign-ins and their summaries: the action says it, with what kind of sign-in it was.
            return entry.action().label()
                    + (operation.isBlank() || operation.equals("sign-in") ? "" : " (" + operation + ")");
        }
        String what = RECORD_PHRASES.getOrDefault(entry.recordType(), "a record")
                + (line.clientName() == null || "SELF".equals(entry.recordType()) ? "" : " of " + line.clientName());
        String doing = words(operation.substring(dot + 1));
        return switch (entry.action()) {
            case READ ->
                entry.operation().endsWith("Csv") || doing.startsWith("export") ? "Exported " + what : "Read " + what;
            case CHANGE -> "Changed " + what + ": " + doing;
            case REFUSED -> "Was refused " + what;
            default -> entry.action().label() + ": " + what;
        };
    }

    /** The client column: their name, or for an entry about no client a dash. */
    static String client(AuditLine line) {
        if (line.clientName() != null) {
            return line.clientName();
        }
        return line.entry().clientId() == null ? "—" : "a removed client record";
    }

    private static String words(String camelCase) {
        return camelCase.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
    }
}
