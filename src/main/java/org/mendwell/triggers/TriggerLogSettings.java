package org.mendwell.triggers;

import org.jspecify.annotations.Nullable;

/**
 * The clinician's switches for one client's trigger log.
 *
 * @param enabled               the log is on for this client
 * @param reassuranceAllowed    the "I need reassurance" signal may be offered (never while the case is flagged)
 * @param safetyOverrideReason  required to turn the log on for a case with a safety flag
 */
public record TriggerLogSettings(
        boolean enabled,
        boolean reassuranceAllowed,
        @Nullable String safetyOverrideReason) {}
