package org.mendwell.audit.ui;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mendwell.audit.AuditAction;
import org.mendwell.audit.AuditEntry;
import org.mendwell.audit.AuditLine;
import org.mendwell.audit.RefusalSummary;
import org.mendwell.audit.StoredKinds;
import org.mendwell.shared.i18n.Messages;

/**
 * The trail in plain words for the administrator: "Read the intake of Dana Reyes" rather than
 * "IntakeService.intakeOf" and an id. The stored entries, the chain and the CSV export keep the exact
 * operation and ids.
 */
final class AuditWords {

    /** The kinds of record the bundle has a phrase for; any other is "a record". */
    private static final Set<String> NAMED_RECORDS = Set.of(
            "CLIENT",
            "SELF",
            "CASELOAD",
            "INTAKE",
            "ASSIGNMENT",
            "OCCURRENCE",
            "SUBMISSION",
            "TEMPLATE",
            "ACCOUNT",
            "SETTING",
            "CONSENT",
            "LETTER",
            "AUDIT");

    private static final String EXPORT_SUFFIX = "Csv"; // the same in every language: an operation's name

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
            return Messages.ofPage(
                    entry.action() == AuditAction.REFUSED ? "audit.what.page-refused" : "audit.what.page-opened",
                    operation.substring("page ".length()));
        }
        if (entry.action() == AuditAction.REFUSED_SUMMARY) {
            // Stored as fields since December 2026; a summary stored as an English sentence before is shown as stored.
            return RefusalSummary.of(operation).map(AuditWords::summary).orElse(operation);
        }
        int dot = operation.indexOf('.');
        if (entry.recordType() == null || dot < 0 || operation.contains(" ")) {
            // Sign-ins and their summaries: the action says it, with what kind of sign-in it was.
            return operation.isBlank() || operation.equals("sign-in")
                    ? label(entry.action())
                    : Messages.ofPage(
                            "audit.what.sign-in-kind",
                            label(entry.action()),
                            StoredKinds.keyOf(operation).map(Messages::ofPage).orElse(operation));
        }
        String record = Messages.ofPage(recordKey(entry.recordType()));
        String what = line.clientName() == null || "SELF".equals(entry.recordType())
                ? record
                : Messages.ofPage("audit.what.of-client", record, line.clientName());
        String doing = doing(operation.substring(dot + 1));
        return switch (entry.action()) {
            case READ ->
                Messages.ofPage(
                        entry.operation().endsWith(EXPORT_SUFFIX) || doing.startsWith("export")
                                ? "audit.what.exported"
                                : "audit.what.read",
                        what);
            case CHANGE -> Messages.ofPage("audit.what.changed", what, doing);
            case REFUSED -> Messages.ofPage("audit.what.refused", what);
            default -> Messages.ofPage("audit.what.other", label(entry.action()), what);
        };
    }

    /** "InvitationService.open: 75 times from 3 addresses in 60 s", in the reader's language. */
    private static String summary(RefusalSummary counted) {
        String addresses = counted.moreAddresses()
                ? Messages.ofPage("audit.summary.over-addresses", counted.addresses())
                : Messages.ofPage("audit.summary.addresses", counted.addresses());
        return Messages.ofPage(
                "audit.summary",
                StoredKinds.keyOf(counted.operation()).map(Messages::ofPage).orElse(counted.operation()),
                counted.times(),
                addresses,
                counted.seconds());
    }

    /** An action's name in the reader's language. */
    static String label(AuditAction action) {
        return Messages.ofPage("audit.action." + action.name().toLowerCase(Locale.ROOT));
    }

    /** A role as stored (ADMIN, CLINICIAN, CLIENT) in the reader's language; a dash for none, as stored for another. */
    static String role(@Nullable String stored) {
        if (stored == null) {
            return "—";
        }
        String key = "audit.role." + stored.toLowerCase(Locale.ROOT);
        return Messages.known(key) ? Messages.ofPage(key) : stored;
    }

    /** Each kind of record as a sentence names it ({@code audit.record.*}): "Read the intake of Dana Reyes". */
    private static String recordKey(String recordType) {
        return NAMED_RECORDS.contains(recordType)
                ? "audit.record." + recordType.toLowerCase(Locale.ROOT)
                : "audit.record.other";
    }

    /** The client column: their name, or for an entry about no client a dash. */
    static String client(AuditLine line) {
        if (line.clientName() != null) {
            return line.clientName();
        }
        return line.entry().clientId() == null ? "—" : Messages.ofPage("audit.client.removed");
    }

    /**
     * What a change did, from the method's name, in the reader's language ({@code audit.operation.hand-over}); an
     * operation the bundles have no words for (one renamed since) as the English words of its name.
     */
    private static String doing(String method) {
        String key = operationKey(method);
        return Messages.known(key) ? Messages.ofPage(key) : words(method).toLowerCase(Locale.ROOT);
    }

    /** The message key of a changing method's words: {@code handOver} is {@code audit.operation.hand-over}. */
    static String operationKey(String method) {
        return "audit.operation." + words(method).replace(' ', '-').toLowerCase(Locale.ROOT);
    }

    private static String words(String camelCase) {
        return camelCase.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ");
    }
}
