package org.mendwell.progress;

import java.util.Set;
import java.util.UUID;
import org.mendwell.client.CaseloadAttention;
import org.mendwell.client.CaseloadFilter;

/**
 * A caseload filter with what the other features' reasons ({@link CaseloadAttention}) say at the moment it was
 * made, for the grid's count and the pages that follow it: each would otherwise ask every reason again. Made by
 * {@link CaseloadOverviewService#query} for the signed-in clinician, and good for them only.
 */
public final class CaseloadQuery {

    private final UUID clinicianId;
    private final CaseloadFilter filter;
    private final Set<UUID> alsoNeedingAttention;

    CaseloadQuery(UUID clinicianId, CaseloadFilter filter, Set<UUID> alsoNeedingAttention) {
        this.clinicianId = clinicianId;
        this.filter = filter;
        this.alsoNeedingAttention = Set.copyOf(alsoNeedingAttention);
    }

    public CaseloadFilter filter() {
        return filter;
    }

    UUID clinicianId() {
        return clinicianId;
    }

    Set<UUID> alsoNeedingAttention() {
        return alsoNeedingAttention;
    }
}
