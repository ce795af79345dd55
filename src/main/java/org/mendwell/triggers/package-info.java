/**
 * The trigger log (issue 17, part 3): the partner who was hurt logs a hard moment in seconds (intensity 0–10,
 * what set it off, what helped, when today), once their clinician has turned the log on for them. The log is
 * private to the client and their clinician: {@link MyTriggerLogService} serves the client their own log and
 * its trend in plain words; {@link TriggerLogService} serves the clinician the weekly count and mean intensity
 * and the switches. The one thing that can reach the partner is the optional "I need reassurance" signal, as a
 * neutral notice without any of the log's content, and only when both partners opted in, the clinician allows
 * it and the case has no safety flag ({@code ClientRef.caseFlagged}). A flagged case has the log off unless the
 * clinician turns it on with a written reason. Privacy rules: docs/design-decisions/2026-12-05-trust.md.
 */
@NullMarked
package org.mendwell.triggers;

import org.jspecify.annotations.NullMarked;
