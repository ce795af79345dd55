package org.mendwell.triggers;

import java.util.List;
import java.util.UUID;

/**
 * One client's trigger log as their clinician reads it.
 *
 * @param inUse        on, and not closed by a safety flag without a reason
 * @param caseFlagged  either partner has a safety flag: turning it on needs a reason, reassurance stays off
 * @param weeks        the last eight weeks, oldest first
 * @param recent       the last moments, newest first
 */
public record ClinicianTriggerLog(
        UUID clientId,
        String fullName,
        TriggerLogSettings settings,
        boolean inUse,
        boolean caseFlagged,
        List<WeeklyTriggers> weeks,
        List<Moment> recent) {}
