package org.mendwell.agreements;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.account.Roles;
import org.mendwell.agreements.domain.Agreement;
import org.mendwell.agreements.domain.AgreementRepository;
import org.mendwell.agreements.domain.PromiseMark;
import org.mendwell.agreements.domain.PromiseMarkRepository;
import org.mendwell.client.CaseloadFilter;
import org.mendwell.client.CaseloadRow;
import org.mendwell.client.ClientRef;
import org.mendwell.client.ClientService;
import org.mendwell.client.ClientStatus;
import org.mendwell.client.CoupleLinkEnded;
import org.mendwell.client.CoupleLinkEnding;
import org.mendwell.intake.IntakeService;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.PlainText;
import org.mendwell.shared.PracticeSettings;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.shared.SafetyReason;
import org.mendwell.shared.audit.Audited;
import org.mendwell.shared.audit.Audited.Access;
import org.mendwell.shared.audit.Audited.Subject;
import org.mendwell.shared.i18n.Messages;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinician's side of agreements: recording them for a client of their own caseload (and that client's
 * partner), and reading how they stand. A case with a safety flag takes a written reason, as couples exercises do.
 */
@Service
@Transactional
public class AgreementService {

    /** Weeks of a promise the clinician's page shows. */
    static final int WEEKS_SHOWN = 4;

    static final int WORDS_LIMIT = 500;

    private final AgreementRepository agreements;
    private final PromiseMarkRepository marks;
    private final ClientService clients;
    private final IntakeService intakes;
    private final ZoneId practiceZone;
    private final Messages messages;
    private final Clock clock;

    AgreementService(
            AgreementRepository agreements,
            PromiseMarkRepository marks,
            ClientService clients,
            IntakeService intakes,
            PracticeSettings practice,
            Messages messages,
            Clock clock) {
        this.agreements = agreements;
        this.marks = marks;
        this.clients = clients;
        this.intakes = intakes;
        this.practiceZone = practice.practiceTimeZone();
        this.messages = messages;
        this.clock = clock;
    }

    /** Records an agreement for one of the clinician's clients, their partner or both; returns the new ids. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Audited(value = Access.CHANGE, record = Subject.CLIENT)
    public List<UUID> record(NewAgreement request) {
        ClientRef client = clients.ownedClient(request.clientId());
        ClientRef partner = client.partnerId() == null ? null : clients.ownedClient(client.partnerId());
        Map<String, String> problems = new LinkedHashMap<>();
        String words = request.words().strip();
        if (words.isEmpty()) {
            problems.put("words", messages.viewer("agreements.problem.words-missing"));
        } else if (words.length() > WORDS_LIMIT) {
            problems.put("words", messages.viewer("agreements.problem.too-long", WORDS_LIMIT, words.length()));
        } else if (PlainText.problem(words) != null) {
            problems.put("words", messages.viewer("agreements.problem.broken-character"));
        }
        List<ClientRef> promisers = new ArrayList<>();
        if (request.promisers() != Promisers.PARTNER) {
            promisers.add(client);
        }
        if (request.promisers() != Promisers.CLIENT) {
            if (partner == null) {
                problems.put("promisers", messages.viewer("agreements.problem.no-partner", client.fullName()));
            } else {
                promisers.add(partner);
            }
        }
        for (ClientRef promiser : promisers) {
            if (promiser.status() != ClientStatus.ACTIVE) {
                problems.put("promisers", messages.viewer("agreements.problem.not-active", promiser.fullName()));
            }
        }
        if (request.frequency() == Frequency.WEEKDAYS && request.weekdays().isEmpty()) {
            problems.put("weekdays", messages.viewer("agreements.problem.weekdays-missing"));
        }
        LocalDate clientsToday = today(client.clientId());
        if (request.start().isBefore(clientsToday)) {
            problems.put("start", messages.viewer("agreements.problem.start-passed"));
        }
        if (request.end() != null && request.end().isBefore(request.start())) {
            problems.put("end", messages.viewer("agreements.problem.end-before-start"));
        }
        String reason = SafetyReason.check(
                request.safetyOverrideReason(),
                client.caseFlagged(partner),
                "safetyOverrideReason",
                problems,
                messages.viewer("agreements.problem.safety-reason-needed"));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var schedule = new PromiseSchedule(request.frequency(), request.weekdays(), request.start(), request.end());
        return promisers.stream()
                .map(promiser -> agreements
                        .save(new Agreement(
                                promiser.clientId(),
                                promiser.clinicianId(),
                                words,
                                schedule,
                                request.visibleToPartner(),
                                reason,
                                clock.instant()))
                        .getId())
                .toList();
    }

    /** A client's agreements and their partner's, each with its weeks, for the client page and progress tab. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.CLIENT)
    public CoupleAgreements agreementsOf(UUID clientId) {
        ClientRef client = clients.ownedClient(clientId);
        ClientRef partner = client.partnerId() == null ? null : clients.ownedClient(client.partnerId());
        boolean flagged = client.caseFlagged(partner);
        Map<UUID, ClientRef> people = new LinkedHashMap<>();
        people.put(client.clientId(), client);
        if (partner != null) {
            people.put(partner.clientId(), partner);
        }
        List<Agreement> found = agreements.findByClientIdInOrderByCreatedAt(people.keySet());
        Map<UUID, List<PromiseMark>> marksOf =
                marksByAgreement(found.stream().map(Agreement::getId).toList());
        Map<UUID, LocalDate> todayOf = new HashMap<>();
        List<AgreementProgress> progress = new ArrayList<>();
        for (Agreement agreement : found) {
            ClientRef promiser = people.get(agreement.getClientId());
            LocalDate today = todayOf.computeIfAbsent(promiser.clientId(), this::today);
            List<PromiseMark> its = marksOf.getOrDefault(agreement.getId(), List.of());
            progress.add(new AgreementProgress(
                    agreement.getId(),
                    promiser.clientId(),
                    promiser.fullName(),
                    agreement.getWords(),
                    agreement.schedule(),
                    agreement.isVisibleToPartner(),
                    flagged && !agreement.openDespiteFlag(),
                    agreement.isWithdrawnFromPartner(),
                    agreement.isStopped(),
                    agreement.getSafetyOverrideReason(),
                    KeptRecord.of(agreement.schedule(), outcomes(its), today, WEEKS_SHOWN),
                    (int) its.stream()
                            .filter(m -> m.getAcknowledgedAt() != null)
                            .count(),
                    recent(its, today, true)));
        }
        return new CoupleAgreements(
                client.clientId(),
                client.fullName(),
                partner == null ? null : partner.clientId(),
                partner == null ? null : partner.fullName(),
                flagged,
                todayOf.computeIfAbsent(client.clientId(), this::today),
                progress);
    }

    /**
     * For the caseload's column: each of the clinician's clients who marked a promise in the last four weeks,
     * with how many of the marked days were kept. Days not marked count for nothing.
     */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.CASELOAD)
    public Map<UUID, KeptLately> keptLatelyInMyCaseload() {
        List<UUID> mine = clients.caseload(CaseloadFilter.NONE, PageRequest.of(0, 10_000)).stream()
                .map(CaseloadRow::clientId)
                .toList();
        if (mine.isEmpty()) {
            return Map.of();
        }
        // The clinician's day, not each client's: a day more or less at the edge of four weeks changes no picture.
        LocalDate since = clock.instant().atZone(practiceZone).toLocalDate().minusDays(27);
        Map<UUID, int[]> counts = new HashMap<>();
        for (PromiseMark mark : marks.findByClientIdInAndDueDateGreaterThanEqual(mine, since)) {
            int[] count = counts.computeIfAbsent(mark.getClientId(), id -> new int[2]);
            count[1]++;
            if (mark.getOutcome() == Outcome.KEPT) {
                count[0]++;
            }
        }
        Map<UUID, KeptLately> kept = new HashMap<>();
        counts.forEach((id, count) -> kept.put(id, new KeptLately(count[0], count[1])));
        return kept;
    }

    /**
     * The couple link ended: each partner's agreements are withdrawn from the other's view for good (kept in the
     * clinician's record, and not shown again if the two are linked again); each goes on marking their own. A link
     * ended for safety stops the couple's agreements for both (2026-12-05-agreements.md).
     */
    @EventListener
    void onCoupleLinkEnded(CoupleLinkEnded ended) {
        boolean forSafety = ended.ending() == CoupleLinkEnding.SAFETY;
        Map<UUID, LocalDate> todayOf = new HashMap<>();
        agreements
                .findByClientIdInOrderByCreatedAt(List.of(ended.clientId(), ended.formerPartnerId()))
                .forEach(agreement -> agreement.coupleLinkEnded(
                        ended.endedAt(), forSafety, todayOf.computeIfAbsent(agreement.getClientId(), this::today)));
    }

    /**
     * Starts again an agreement that stopped when the couple link ended for safety, for one of the clinician's
     * clients (the promiser). It is due from the promiser's today; the days it was stopped are not due, so nothing
     * is back-dated as missed. A case with a safety flag needs a written reason, as for a new agreement
     * ({@link SafetyReason}). The partner's view stays withdrawn: the promise is the promiser's own again.
     */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Audited(value = Access.CHANGE, record = Subject.CLIENT)
    public void resume(UUID promiserId, UUID agreementId, @Nullable String safetyOverrideReason) {
        ClientRef promiser = clients.ownedClient(promiserId);
        Agreement agreement = agreements
                .findById(agreementId)
                .filter(found -> found.getClientId().equals(promiser.clientId()))
                .orElseThrow(() -> new RecordNotFoundException("Agreement"));
        ClientRef partner = promiser.partnerId() == null ? null : clients.ownedClient(promiser.partnerId());
        Map<String, String> problems = new LinkedHashMap<>();
        if (!agreement.isStopped()) {
            problems.put("agreement", messages.viewer("agreements.problem.not-stopped"));
        }
        String reason = SafetyReason.check(
                safetyOverrideReason,
                promiser.caseFlagged(partner),
                "safetyOverrideReason",
                problems,
                messages.viewer("agreements.problem.safety-reason-needed"));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        agreement.resume(clock.instant(), today(promiser.clientId()), reason);
    }

    static Map<LocalDate, Outcome> outcomes(List<PromiseMark> marks) {
        Map<LocalDate, Outcome> outcomes = new HashMap<>();
        marks.forEach(mark -> outcomes.put(mark.getDueDate(), mark.getOutcome()));
        return outcomes;
    }

    /**
     * The marks of the last four weeks up to today, newest first; whether the partner noticed each only for the
     * clinician, since how often the partner acknowledges is theirs and the clinician's to know.
     */
    static List<MarkedDay> recent(List<PromiseMark> marks, LocalDate today, boolean withNoticed) {
        LocalDate since = today.minusWeeks(WEEKS_SHOWN);
        return marks.stream()
                .filter(m -> m.getDueDate().isAfter(since) && !m.getDueDate().isAfter(today))
                .sorted(Comparator.comparing(PromiseMark::getDueDate).reversed())
                .map(m -> new MarkedDay(
                        m.getDueDate(),
                        m.getOutcome(),
                        m.getNote(),
                        m.isNoteShared(),
                        withNoticed && m.getAcknowledgedAt() != null))
                .toList();
    }

    private Map<UUID, List<PromiseMark>> marksByAgreement(Collection<UUID> agreementIds) {
        Map<UUID, List<PromiseMark>> byAgreement = new HashMap<>();
        if (!agreementIds.isEmpty()) {
            marks.findByAgreementIdIn(agreementIds)
                    .forEach(mark -> byAgreement
                            .computeIfAbsent(mark.getAgreementId(), id -> new ArrayList<>())
                            .add(mark));
        }
        return byAgreement;
    }

    /** Today where this client lives (their intake's zone, else the practice's). */
    private LocalDate today(UUID clientId) {
        return clock.instant().atZone(zoneOf(clientId)).toLocalDate();
    }

    private ZoneId zoneOf(UUID clientId) {
        @Nullable ZoneId given = intakes.timeZoneOf(clientId).orElse(null);
        return given == null ? practiceZone : given;
    }
}
