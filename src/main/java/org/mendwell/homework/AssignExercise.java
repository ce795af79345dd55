package org.mendwell.homework;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A clinician gives a template to a client (and, in a couple case, optionally to both partners).
 * A couples exercise for a case with a safety flag needs a written reason to go ahead.
 */
public record AssignExercise(
        UUID clientId,
        UUID templateId,
        @Nullable String instructions,
        ExerciseSchedule schedule,
        boolean bothPartners,
        @Nullable String safetyOverrideReason) {}
