package org.mendwell.trust;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.mendwell.client.CaseloadAttention;
import org.mendwell.intake.ClientZonesForReminders;
import org.mendwell.shared.PracticeSettings;
import org.mendwell.shared.i18n.ViewerLanguage;
import org.mendwell.trust.domain.CheckInScales;
import org.mendwell.trust.domain.TrustGapThresholdRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Why couples need attention, for many clients at once: the caseload's page (its column) and its "Needs attention"
 * filter ({@link CaseloadAttention}). Four statements whatever the number of couples: the clinician's couples, the
 * partners' time zones, all their check-ins and their thresholds; then the same rules as the client page
 * ({@link CoupleGap}). Only couples whose partners are both on the clinician's caseload, as on the client page.
 * The caller has checked who the clinician is.
 */
@Component
class CaseloadCoupleAttention implements CaseloadAttention {

    private static final String COUPLES = """
            select c.id, c.full_name, p.id as partner_id, p.full_name as partner_name
            from client c
              join client p on p.id = c.partner_id and p.clinician_id = c.clinician_id
            where c.clinician_id = :clinicianId""";

    private record Couple(UUID client, String name, UUID partner, String partnerName) {}

    private final JdbcClient jdbc;
    private final CheckInScales checkIns;
    private final ClientZonesForReminders zones;
    private final TrustGapThresholdRepository thresholds;
    private final ZoneId practiceZone;
    private final Clock clock;
    private final ViewerLanguage viewerLanguage;

    CaseloadCoupleAttention(
            JdbcClient jdbc,
            CheckInScales checkIns,
            ClientZonesForReminders zones,
            TrustGapThresholdRepository thresholds,
            PracticeSettings practice,
            Clock clock,
            ViewerLanguage viewerLanguage) {
        this.viewerLanguage = viewerLanguage;
        this.jdbc = jdbc;
        this.checkIns = checkIns;
        this.zones = zones;
        this.thresholds = thresholds;
        this.practiceZone = practice.practiceTimeZone();
        this.clock = clock;
    }

    @Override
    public Set<UUID> clientsNeedingAttention(UUID clinicianId) {
        return reasons(clinicianId).keySet();
    }

    /** The reasons of each of the clinician's clients who needs attention as one of a couple; the others are left out. */
    Map<UUID, List<AttentionReason>> reasons(UUID clinicianId) {
        List<Couple> couples = couples(clinicianId);
        if (couples.isEmpty()) {
            return Map.of();
        }
        Set<UUID> partners = new HashSet<>();
        couples.forEach(couple -> {
            partners.add(couple.client());
            partners.add(couple.partner());
        });
        Map<UUID, ZoneId> zoneOf = new HashMap<>(zones.submittedZonesOf(partners));
        partners.forEach(id -> zoneOf.putIfAbsent(id, practiceZone));
        Instant now = clock.instant();
        Map<UUID, CheckInScales.Answers> answers = checkIns.since(zoneOf, TrustGapService.answersSince(now));
        // Through the repository, so a threshold changed earlier in the same transaction is read as changed.
        Map<UUID, Integer> thresholdOf = new HashMap<>();
        thresholds.findAllById(partners).forEach(row -> thresholdOf.put(row.getClientId(), row.getThreshold()));

        Map<String, String> names =
                checkIns.namesFor(viewerLanguage.pageLanguage().code());
        Map<UUID, List<AttentionReason>> reasons = new HashMap<>();
        for (Couple couple : couples) {
            List<AttentionReason> found = CoupleGap.of(
                            new CoupleGap.Partner(
                                    couple.name(), zoneOf.get(couple.client()), answers.get(couple.client())),
                            new CoupleGap.Partner(
                                    couple.partnerName(), zoneOf.get(couple.partner()), answers.get(couple.partner())),
                            thresholdOf.getOrDefault(couple.client(), TrustGapService.DEFAULT_THRESHOLD),
                            now,
                            names)
                    .reasons();
            if (!found.isEmpty()) {
                reasons.put(couple.client(), found);
            }
        }
        return reasons;
    }

    private List<Couple> couples(UUID clinicianId) {
        List<Couple> couples = new ArrayList<>();
        jdbc.sql(COUPLES)
                .param("clinicianId", clinicianId.toString())
                .query((row, number) -> new Couple(
                        UUID.fromString(row.getString("id")),
                        row.getString("full_name"),
                        UUID.fromString(row.getString("partner_id")),
                        row.getString("partner_name")))
                .list()
                .forEach(couples::add);
        return couples;
    }
}
