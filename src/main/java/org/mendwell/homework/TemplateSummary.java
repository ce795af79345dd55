package org.mendwell.homework;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.homework.ExerciseTerms.Audience;
import org.mendwell.homework.ExerciseTerms.Measure;
import org.mendwell.homework.ExerciseTerms.Schedule;
import org.mendwell.homework.ExerciseTerms.Theme;

/** One line of the exercise library. Only a clinician's own templates can be archived. */
public record TemplateSummary(
        UUID templateId,
        String title,
        Theme theme,
        Audience audience,
        int minutes,
        Schedule suggestedSchedule,
        boolean couplesExercise,
        @Nullable Measure measure,
        boolean builtIn,
        int currentVersion,
        boolean archived) {

    /** The same template under another name: a built-in one's title in a reader's language. */
    public TemplateSummary withTitle(String otherTitle) {
        return new TemplateSummary(
                templateId,
                otherTitle,
                theme,
                audience,
                minutes,
                suggestedSchedule,
                couplesExercise,
                measure,
                builtIn,
                currentVersion,
                archived);
    }
}
