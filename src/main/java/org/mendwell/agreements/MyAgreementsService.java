package org.mendwell.agreements;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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
import org.mendwell.client.ClientRef;
import org.mendwell.client.MyRecordService;
import org.mendwell.intake.IntakeService;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.PlainText;
import org.mendwell.shared.PracticeSettings;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.shared.audit.Audited;
import org.mendwell.shared.audit.Audited.Access;
import org.mendwell.shared.audit.Audited.Subject;
import org.mendwell.shared.i18n.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in client's side of agreements: their own promises and their word on each due day, and their
 * partner's kept days where the partner's agreement is visible. There is no way to name another couple here; on a
 * case with a safety flag, an agreement without the clinician's written reason does not exist for either partner. One
 * stopped when a couple link ended for safety is the promiser's to read (not to mark) and gone from the partner's
 * view; one withdrawn when a link ended is the promiser's alone.
 */
@Service
@Transactional
public class MyAgreementsService {

    /** How far back the partner's kept days are listed. */
    static final int PARTNER_DAYS = 28;

    static final int NOTE_LIMIT = 500;

    private final AgreementRepository agreements;
    private final PromiseMarkRepository marks;
    private final MyRecordService ownRecord;
    private final IntakeService intakes;
    private final ZoneId practiceZone;
    private final Messages messages;
    private final Clock clock;

    MyAgreementsService(
            AgreementRepository agreements,
            PromiseMarkRepository marks,
            MyRecordService ownRecord,
            IntakeService intakes,
            PracticeSettings practice,
            Messages messages,
            Clock clock) {
        this.agreements = agreements;
        this.marks = marks;
        this.ownRecord = ownRecord;
        this.intakes = intakes;
        this.practiceZone = practice.practiceTimeZone();
        this.messages = messages;
        this.clock = clock;
    }

    /** The signed-in client's promises and their partner's visible kept days. */
    @PreAuthorize(Roles.IS_CLIENT)
    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.SELF)
    public MyAgreements mine() {
        Couple couple = couple();
        LocalDate today = myToday();
        List<MyPromise> promises = new ArrayList<>();
        int keptInAll = 0;
        for (Agreement agreement : ownOf(couple, couple.me().clientId())) {
            List<PromiseMark> its = marks.findByAgreementIdIn(List.of(agreement.getId()));
            KeptRecord record = KeptRecord.of(
                    agreement.schedule(), AgreementService.outcomes(its), today, AgreementService.WEEKS_SHOWN);
            keptInAll += record.kept();
            LocalDate end = agreement.schedule().end();
            if (end == null || !end.isBefore(today.minusDays(KeptRecord.MARKABLE_DAYS))) {
                promises.add(new MyPromise(
                        agreement.getId(),
                        agreement.getWords(),
                        agreement.schedule(),
                        agreement.seenByPartner(),
                        record,
                        AgreementService.recent(its, today, false)));
            }
        }
        List<PartnersKeptDay> partnersKept = new ArrayList<>();
        ClientRef partner = couple.partner();
        if (partner != null) {
            Map<UUID, Agreement> visible = new LinkedHashMap<>();
            openOf(couple, partner.clientId()).stream()
                    .filter(Agreement::seenByPartner)
                    .forEach(a -> visible.put(a.getId(), a));
            LocalDate since = today.minusDays(PARTNER_DAYS - 1L);
            if (!visible.isEmpty()) {
                marks.findByAgreementIdIn(visible.keySet()).stream()
                        .filter(m -> m.getOutcome() == Outcome.KEPT
                                && !m.getDueDate().isBefore(since))
                        .sorted(Comparator.comparing(PromiseMark::getDueDate).reversed())
                        .forEach(m -> partnersKept.add(new PartnersKeptDay(
                                m.getId(),
                                visible.get(m.getAgreementId()).getWords(),
                                m.getDueDate(),
                                m.isNoteShared() ? m.getNote() : null,
                                m.getAcknowledgedAt() != null)));
            }
        }
        return new MyAgreements(promises, keptInAll, partner == null ? null : partner.fullName(), partnersKept);
    }

    /**
     * The signed-in client's word on one due day of their own promise (the last week's days, in their own zone);
     * marking a day again changes what they said.
     */
    @PreAuthorize(Roles.IS_CLIENT)
    @Audited(value = Access.CHANGE, record = Subject.SELF)
    public void mark(UUID agreementId, LocalDate day, Outcome outcome, @Nullable String note, boolean shareNote) {
        Couple couple = couple();
        Agreement agreement = ownOf(couple, couple.me().clientId()).stream()
                .filter(a -> a.getId().equals(agreementId))
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Agreement"));
        if (agreement.isStopped()) {
            throw InvalidInputException.of("day", messages.viewer("agreements.problem.stopped"));
        }
        Map<String, String> problems = new HashMap<>();
        LocalDate today = myToday();
        if (!agreement.schedule().dueOn(day)
                || day.isAfter(today)
                || !day.isAfter(today.minusDays(KeptRecord.MARKABLE_DAYS))) {
            problems.put("day", messages.viewer("agreements.problem.day-not-markable"));
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > NOTE_LIMIT) {
            problems.put("note", messages.viewer("agreements.problem.too-long", NOTE_LIMIT, text.length()));
        } else if (PlainText.problem(text) != null) {
            problems.put("note", messages.viewer("agreements.problem.broken-character"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        PromiseMark mark = marks.findByAgreementIdAndDueDate(agreementId, day)
                .orElseGet(() -> new PromiseMark(agreementId, couple.me().clientId(), day));
        mark.mark(outcome, text, shareNote, clock.instant());
        marks.save(mark);
    }

    /** "I noticed": the signed-in client acknowledges a day their partner kept a promise they may see. */
    @PreAuthorize(Roles.IS_CLIENT)
    @Audited(value = Access.CHANGE, record = Subject.SELF)
    public void acknowledge(UUID markId) {
        Couple couple = couple();
        ClientRef partner = couple.partner();
        PromiseMark mark = marks.findById(markId)
                .filter(m -> partner != null && m.getClientId().equals(partner.clientId()))
                .filter(m -> m.getOutcome() == Outcome.KEPT)
                .orElseThrow(() -> new RecordNotFoundException("Kept promise"));
        boolean visible = openOf(couple, partner.clientId()).stream()
                .anyMatch(a -> a.getId().equals(mark.getAgreementId()) && a.seenByPartner());
        if (!visible) {
            throw new RecordNotFoundException("Kept promise");
        }
        mark.acknowledge(clock.instant());
    }

    private Couple couple() {
        ClientRef me = ownRecord.myRecord();
        ClientRef partner = ownRecord.myPartner().orElse(null);
        return new Couple(me, partner, me.caseFlagged(partner));
    }

    private LocalDate myToday() {
        return clock.instant().atZone(intakes.myTimeZone().orElse(practiceZone)).toLocalDate();
    }

    /** The signed-in client, their partner, and whether the case's safety flag closes agreements without a reason. */
    private record Couple(ClientRef me, @Nullable ClientRef partner, boolean flagged) {}

    /**
     * A promiser's agreements as they may see them: all but those the case's safety flag closes. One stopped when
     * the couple link ended for safety stays theirs to read, with the days they marked.
     */
    private List<Agreement> ownOf(Couple couple, UUID promiserId) {
        return agreements.findByClientIdInOrderByCreatedAt(List.of(promiserId)).stream()
                .filter(a -> !couple.flagged() || a.openDespiteFlag())
                .toList();
    }

    /** The agreements that still run: what a partner may see of them, and what may be noticed. */
    private List<Agreement> openOf(Couple couple, UUID promiserId) {
        return ownOf(couple, promiserId).stream().filter(a -> !a.isStopped()).toList();
    }
}
