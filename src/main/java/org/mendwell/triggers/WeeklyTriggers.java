package org.mendwell.triggers;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One week (Monday first, on the client's calendar): how many hard moments, and their mean intensity (none: null). */
public record WeeklyTriggers(
        LocalDate weekStart, int count, @Nullable Double meanIntensity) {}
