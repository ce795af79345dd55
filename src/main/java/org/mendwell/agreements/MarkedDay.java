package org.mendwell.agreements;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A due day the promiser marked, as the promiser and the clinician see it. */
public record MarkedDay(
        LocalDate day, Outcome outcome, @Nullable String note, boolean noteShared, boolean noticed) {}
