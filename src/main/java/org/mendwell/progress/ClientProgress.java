package org.mendwell.progress;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One client's progress for their clinician: completion per local week, each 0–10 scale over time and
 * the PHQ-9 / GAD-7 totals. In a couple case it names the partner, whose progress is asked for alike.
 */
public record ClientProgress(
        UUID clientId,
        String fullName,
        @Nullable UUID partnerId,
        ZoneId zone,
        List<WeekCompletion> weeks,
        List<ScaleChart> scaleCharts,
        List<MeasureSeries> measures) {

    public boolean isEmpty() {
        return weeks.isEmpty() && scaleCharts.isEmpty() && measures.isEmpty();
    }

    /** Everything that was due in one week (Monday to Sunday, the client's own time), and how much of it was done. */
    public record WeekCompletion(LocalDate weekStart, int due, int done) {

        /** Done as a whole percentage of due; none when nothing was due (never 0 % or 100 %). */
        public @Nullable Integer percent() {
            return due == 0 ? null : Math.round(100f * done / due);
        }
    }
}
