package org.mendwell.trust;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.account.CurrentUser;
import org.mendwell.account.Role;
import org.mendwell.account.Roles;
import org.mendwell.client.ClientRef;
import org.mendwell.client.ClientService;
import org.mendwell.intake.IntakeService;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.PracticeSettings;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.shared.audit.Audited;
import org.mendwell.shared.audit.Audited.Access;
import org.mendwell.shared.audit.Audited.Subject;
import org.mendwell.shared.i18n.Messages;
import org.mendwell.shared.i18n.ViewerLanguage;
import org.mendwell.trust.domain.CheckInScales;
import org.mendwell.trust.domain.TrustGapThreshold;
import org.mendwell.trust.domain.TrustGapThresholdRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The trust gap for the clinician of a couple: both partners' check-in scales, the gaps, the couple's threshold
 * and why the couple needs attention ({@link TrustGaps} holds the rules). Only the clinician whose caseload holds
 * both partners gets anything; there is no method for a client, so no partner ever reads the other's ratings.
 */
@Service
@Transactional(readOnly = true)
public class TrustGapService {

    /** The gap (0–10 points) above which the clinician is told, until they choose another for the couple. */
    public static final int DEFAULT_THRESHOLD = 3;

    /** Days charted: four weeks. */
    static final int DAYS_SHOWN = 28;

    private final ClientService clients;
    private final IntakeService intakes;
    private final CheckInScales checkIns;
    private final TrustGapThresholdRepository thresholds;
    private final ZoneId practiceZone;
    private final Clock clock;
    private final Messages messages;
    private final CaseloadCoupleAttention caseloadAttention;
    private final CurrentUser currentUser;
    private final ViewerLanguage viewerLanguage;

    TrustGapService(
            ClientService clients,
            IntakeService intakes,
            CheckInScales checkIns,
            TrustGapThresholdRepository thresholds,
            PracticeSettings practice,
            Clock clock,
            Messages messages,
            CaseloadCoupleAttention caseloadAttention,
            CurrentUser currentUser,
            ViewerLanguage viewerLanguage) {
        this.viewerLanguage = viewerLanguage;
        this.caseloadAttention = caseloadAttention;
        this.currentUser = currentUser;
        this.clients = clients;
        this.intakes = intakes;
        this.checkIns = checkIns;
        this.thresholds = thresholds;
        this.practiceZone = practice.practiceTimeZone();
        this.clock = clock;
        this.messages = messages;
    }

    /** The couple's trust gap over the last four weeks; for a client without a partner, a report saying so. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Audited(value = Access.READ, record = Subject.CLIENT)
    public TrustGapReport trustGapOf(UUID clientId) {
        ClientRef client = clients.ownedClient(clientId);
        Optional<ClientRef> partner = partnerOf(client);
        if (partner.isEmpty()) {
            return new TrustGapReport(
                    client.clientId(), client.fullName(), null, "", false, DEFAULT_THRESHOLD, List.of(), List.of());
        }
        return report(client, partner.get());
    }

    /** Only the reasons the couple needs attention, for the client's page and the caseload. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Audited(value = Access.READ, record = Subject.CLIENT)
    public List<AttentionReason> attentionReasons(UUID clientId) {
        ClientRef client = clients.ownedClient(clientId);
        return partnerOf(client)
                .map(partner -> report(client, partner).reasons())
                .orElse(List.of());
    }

    /**
     * For the caseload's column: the reasons each of the signed-in clinician's clients needs attention as one of a
     * couple, for the whole caseload at once (a few statements, whatever its size); clients without one are left out.
     */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Audited(value = Access.READ, record = Subject.CASELOAD)
    public Map<UUID, List<AttentionReason>> attentionReasonsInMyCaseload() {
        return caseloadAttention.reasons(currentUser.require(Role.CLINICIAN).accountId());
    }

    /** The couple's threshold, on both partners at once; 1 to 10 points of gap. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Transactional
    @Audited(value = Access.CHANGE, record = Subject.CLIENT)
    public void setThreshold(UUID clientId, int threshold) {
        ClientRef client = clients.ownedClient(clientId);
        ClientRef partner = partnerOf(client)
                .orElseThrow(() -> InvalidInputException.of("threshold", messages.viewer("trust.threshold.no-couple")));
        if (threshold < 1 || threshold > 10) {
            throw InvalidInputException.of("threshold", messages.viewer("trust.threshold.range"));
        }
        Instant now = clock.instant();
        for (UUID id : List.of(client.clientId(), partner.clientId())) {
            thresholds
                    .findById(id)
                    .ifPresentOrElse(
                            row -> row.change(threshold, now),
                            () -> thresholds.save(new TrustGapThreshold(id, threshold, now)));
        }
    }

    private TrustGapReport report(ClientRef first, ClientRef second) {
        Instant now = clock.instant();
        ZoneId firstZone = zoneOf(first);
        ZoneId secondZone = zoneOf(second);
        Instant since = answersSince(now);
        CheckInScales.Answers a = checkIns.since(first.clientId(), firstZone, since);
        CheckInScales.Answers b = checkIns.since(second.clientId(), secondZone, since);
        int threshold = thresholds
                .findById(first.clientId())
                .map(TrustGapThreshold::getThreshold)
                .orElse(DEFAULT_THRESHOLD);
        CoupleGap gap = CoupleGap.of(
                new CoupleGap.Partner(first.fullName(), firstZone, a),
                new CoupleGap.Partner(second.fullName(), secondZone, b),
                threshold,
                now,
                checkIns.namesFor(viewerLanguage.pageLanguage().code()));
        return new TrustGapReport(
                first.clientId(),
                first.fullName(),
                second.clientId(),
                second.fullName(),
                true,
                threshold,
                gap.scales(),
                gap.reasons());
    }

    /** Far enough back for the rolling gap of the first day shown and for "had checked in before". */
    static Instant answersSince(Instant now) {
        return now.minus(DAYS_SHOWN + TrustGaps.ROLLING_DAYS + 2L, ChronoUnit.DAYS);
    }

    /** The partner on this clinician's caseload; a partner with another clinician is not this clinician's to read. */
    private Optional<ClientRef> partnerOf(ClientRef client) {
        @Nullable UUID partnerId = client.partnerId();
        if (partnerId == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(clients.ownedClient(partnerId));
        } catch (RecordNotFoundException notThisCliniciansClient) {
            return Optional.empty();
        }
    }

    private ZoneId zoneOf(ClientRef client) {
        return intakes.timeZoneOf(client.clientId()).orElse(practiceZone);
    }
}
