package org.mendwell.client;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A reason a client needs their clinician's attention that another feature owns (the trust gap's couple reasons),
 * besides the client record's own safety flag and risk alert. The caseload's "Needs attention" filter
 * ({@link CaseloadFilter#sqlParameters(UUID, Set)}) lets these clients through too, so the filter stays one
 * definition while the client module reads nothing of that feature: the feature implements this as a bean.
 */
public interface CaseloadAttention {

    /** Those of the clinician's clients who need attention for this reason now, in a few statements for the caseload. */
    Set<UUID> clientsNeedingAttention(UUID clinicianId);

    /** What every reason says for the filter: nothing at all when it does not ask for "needs attention". */
    static Set<UUID> of(List<CaseloadAttention> reasons, UUID clinicianId, CaseloadFilter filter) {
        if (!filter.needsAttentionOnly()) {
            return Set.of();
        }
        Set<UUID> clients = new HashSet<>();
        reasons.forEach(reason -> clients.addAll(reason.clientsNeedingAttention(clinicianId)));
        return clients;
    }
}
