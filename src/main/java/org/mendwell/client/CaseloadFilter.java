package org.mendwell.client;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.shared.Paging;

/**
 * What the clinician narrowed the caseload to: free text (name or e-mail), a status, clients who need
 * attention only, and clients without a partner (when choosing one for a couple case).
 *
 * <p>What the filter lets through is written once, here, as a SQL condition with named parameters: the
 * caseload pickers ({@link ClientService#caseload}) and the caseload's figures grid (progress) both use it.
 *
 * @param needsAttentionOnly only clients with a safety flag from their intake or an open risk alert, or a reason
 *                           another feature gives ({@link CaseloadAttention}: a couple whose trust gap needs
 *                           attention) (the caseload's "Needs attention")
 */
public record CaseloadFilter(
        String text, @Nullable ClientStatus status, boolean needsAttentionOnly, boolean unpairedOnly) {

    public static final CaseloadFilter NONE = new CaseloadFilter("", null, false, false);

    private static final UUID NO_CLIENT = new UUID(0, 0);

    public CaseloadFilter(String text, @Nullable ClientStatus status, boolean needsAttentionOnly) {
        this(text, status, needsAttentionOnly, false);
    }

    public static CaseloadFilter text(String text) {
        return new CaseloadFilter(text, null, false, false);
    }

    public static CaseloadFilter possiblePartners(String text) {
        return new CaseloadFilter(text, null, false, true);
    }

    /**
     * The clinician's clients this filter lets through, as a condition over {@code client c}. Only fixed
     * text: the filter's values are the parameters of {@link #sqlParameters}.
     */
    public String sqlCondition() {
        var where = new StringBuilder("c.clinician_id = :clinicianId");
        if (!Paging.containsPattern(text).isEmpty()) {
            where.append(" and (lower(c.full_name) like :text escape '!' or lower(c.email) like :text escape '!')");
        }
        if (status != null) {
            where.append(" and c.status = :status");
        }
        if (needsAttentionOnly) {
            where.append(
                    " and (c.safety_flag = true or c.risk_alert_at is not null or c.id in (:alsoNeedingAttention))");
        }
        if (unpairedOnly) {
            where.append(" and c.partner_id is null");
        }
        return where.toString();
    }

    /**
     * The values {@link #sqlCondition} names, ids as text as the native queries compare them, with the clients
     * other features say need attention ({@link CaseloadAttention#of}; used only when the filter wants them).
     */
    public Map<String, Object> sqlParameters(UUID clinicianId, Set<UUID> alsoNeedingAttention) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("clinicianId", clinicianId.toString());
        if (!Paging.containsPattern(text).isEmpty()) {
            parameters.put("text", Paging.containsPattern(text));
        }
        if (status != null) {
            parameters.put("status", status.name());
        }
        if (needsAttentionOnly) {
            // Never an empty list: "in ()" is not SQL. The nil id is no client's.
            List<String> ids = new ArrayList<>(List.of(NO_CLIENT.toString()));
            alsoNeedingAttention.forEach(id -> ids.add(id.toString()));
            parameters.put("alsoNeedingAttention", ids);
        }
        return parameters;
    }
}
