package org.mendwell.homework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.shared.i18n.Messages;

/** An assignment as the clinician lists it on the client's page. */
public record AssignmentSummary(
        UUID assignmentId,
        UUID clientId,
        String title,
        int templateVersion,
        ExerciseTerms.Schedule frequency,
        LocalDate start,
        @Nullable LocalDate lastDue,
        long occurrences,
        long submitted,
        AssignmentStatus status,
        @Nullable String safetyOverrideReason,
        Instant createdAt) {

    /**
     * "once, due 7 Dec 2026" or "weekly, 4 times from 7 Dec 2026 until 28 Dec 2026", in the language of the page
     * being built and with dates in the given format (the reader's).
     */
    public String scheduleText(DateTimeFormatter dates) {
        if (frequency == ExerciseTerms.Schedule.ONCE) {
            return Messages.ofPage("homework.schedule.text.once", dates.format(start));
        }
        String often = Messages.ofPage(frequency.labelKey()).toLowerCase(Locale.ROOT);
        return lastDue == null
                ? Messages.ofPage("homework.schedule.text.repeating", often, occurrences, dates.format(start))
                : Messages.ofPage(
                        "homework.schedule.text.repeating-until",
                        often,
                        occurrences,
                        dates.format(start),
                        dates.format(lastDue));
    }
}
