package org.mendwell.client;

import org.jspecify.annotations.Nullable;

/**
 * What the clinician narrowed the caseload to: free text (name or e-mail), a status, flagged
 * clients only, and clients without a partner (when choosing one for a couple case).
 */
public record CaseloadFilter(String text, @Nullable ClientStatus status, boolean flaggedOnly, boolean unpairedOnly) {

    public static final CaseloadFilter NONE = new CaseloadFilter("", null, false, false);

    public CaseloadFilter(String text, @Nullable ClientStatus status, boolean flaggedOnly) {
        this(text, status, flaggedOnly, false);
    }

    public static CaseloadFilter text(String text) {
        return new CaseloadFilter(text, null, false, false);
    }

    public static CaseloadFilter possiblePartners(String text) {
        return new CaseloadFilter(text, null, false, true);
    }
}
