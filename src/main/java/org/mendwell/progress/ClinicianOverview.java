package org.mendwell.progress;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One clinician's line on the practice overview: counts over all their clients, never a client's
 * name or answers. The figures follow docs/design-decisions/2026-11-24-progress-figures.md.
 */
public record ClinicianOverview(
        UUID clinicianId,
        String clinicianName,
        boolean accountActive,
        int activeClients,
        int dueLast30Days,
        int submittedLast30Days,
        int overdue) {

    /** Submitted ÷ due over the last 30 days across the clinician's clients; none when nothing was due. */
    public @Nullable Double completionRate() {
        return dueLast30Days == 0 ? null : (double) submittedLast30Days / dueLast30Days;
    }
}
