package org.mendwell.client;

import org.jspecify.annotations.Nullable;

/** What the clinician narrowed the caseload to: free text (name or e-mail), a status, flagged clients only. */
public record CaseloadFilter(String text, @Nullable ClientStatus status, boolean flaggedOnly) {

    public static final CaseloadFilter NONE = new CaseloadFilter("", null, false);

    public static CaseloadFilter text(String text) {
        return new CaseloadFilter(text, null, false);
    }
}
