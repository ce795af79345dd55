package org.mendwell.progress;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.client.ClientStatus;

/**
 * One row of the clinician's caseload grid with the client's progress figures, each as defined in
 * docs/design-decisions/2026-11-24-progress-figures.md.
 *
 * @param dueLast30Days       occurrences due in the last 30 days (the completion rate's denominator)
 * @param submittedLast30Days of those, the ones submitted
 * @param overdue             open occurrences of active assignments whose due moment has passed
 * @param unreviewed          submitted submissions the clinician has not reviewed
 * @param lastActivity        the latest save or submit of any submission, none if the client never started one
 * @param mainScaleLatest     the latest answer on the main check-in scale (0-10), none if never answered
 * @param mainScaleTrend      that answer against the four weeks before it, none without earlier answers
 */
public record CaseloadEntry(
        UUID clientId,
        String fullName,
        String email,
        @Nullable String partnerName,
        ClientStatus status,
        boolean safetyFlag,
        boolean riskAlert,
        Instant since,
        int activeAssignments,
        int dueLast30Days,
        int submittedLast30Days,
        int overdue,
        int unreviewed,
        @Nullable Instant lastActivity,
        @Nullable Integer mainScaleLatest,
        @Nullable Trend mainScaleTrend) {

    /** Where the latest answer stands against the mean of the four weeks before it. */
    public enum Trend {
        UP,
        DOWN,
        FLAT;

        /** The message key of the trend's word, lower case as it sits in a sentence ({@code progress.trend.up}). */
        public String key() {
            return "progress.trend." + name().toLowerCase(java.util.Locale.ROOT);
        }

        /**
         * Up when the latest is at least one point above the earlier answers' mean, down when at least one
         * below. Compared in whole numbers (latest × count against sum ± count) so no rounding decides it.
         */
        static @Nullable Trend of(@Nullable Integer latest, long earlierSum, long earlierCount) {
            if (latest == null || earlierCount == 0) {
                return null;
            }
            long difference = latest * earlierCount - earlierSum;
            if (difference >= earlierCount) {
                return UP;
            }
            if (difference <= -earlierCount) {
                return DOWN;
            }
            return FLAT;
        }
    }

    /** Submitted ÷ due over the last 30 days, 0 to 1; none when nothing was due. */
    public @Nullable Double completionRate() {
        return dueLast30Days == 0 ? null : (double) submittedLast30Days / dueLast30Days;
    }
}
