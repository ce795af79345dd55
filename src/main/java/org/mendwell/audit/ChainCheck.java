package org.mendwell.audit;

import org.jspecify.annotations.Nullable;

/** The verifier's finding: the chain is intact, or the first entry where it breaks and why. */
public record ChainCheck(
        boolean intact, long entriesChecked, @Nullable Long brokenAt, String finding) {}
