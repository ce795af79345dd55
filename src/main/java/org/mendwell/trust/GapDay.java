package org.mendwell.trust;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One day of one scale: each partner's answer on their own day (null when they did not check in: a gap in
 * the chart, never a zero), the gap when both answered, and the mean gap over this day and the six before.
 */
public record GapDay(
        LocalDate day,
        @Nullable Integer first,
        @Nullable Integer second,
        @Nullable Integer gap,
        @Nullable Double rollingGap) {}
