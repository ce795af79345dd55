package org.mendwell.triggers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mendwell.account.Roles;
import org.mendwell.client.ClientRef;
import org.mendwell.client.MyRecordService;
import org.mendwell.intake.IntakeService;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.PlainText;
import org.mendwell.shared.PracticeSettings;
import org.mendwell.shared.audit.Audited;
import org.mendwell.shared.audit.Audited.Access;
import org.mendwell.shared.audit.Audited.Subject;
import org.mendwell.shared.audit.NotAudited;
import org.mendwell.shared.i18n.Messages;
import org.mendwell.triggers.domain.ReassuranceNotice;
import org.mendwell.triggers.domain.ReassuranceNoticeRepository;
import org.mendwell.triggers.domain.TriggerMoment;
import org.mendwell.triggers.domain.TriggerMomentRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in client's own trigger log, their reassurance opt-in, and the neutral notices their partner's
 * signal leaves them. There is no way to name another client here, and nothing of a partner's log is read.
 */
@Service
@Transactional
public class MyTriggerLogService {

    static final int TEXT_LIMIT = 500;

    static final java.time.Duration REPEAT_WINDOW = java.time.Duration.ofMinutes(15);

    private final MyRecordService ownRecord;
    private final IntakeService intakes;
    private final TriggerLogRules rules;
    private final TriggerMomentRepository moments;
    private final ReassuranceNoticeRepository notices;
    private final ZoneId practiceZone;
    private final Clock clock;
    private final Messages messages;

    MyTriggerLogService(
            MyRecordService ownRecord,
            IntakeService intakes,
            TriggerLogRules rules,
            TriggerMomentRepository moments,
            ReassuranceNoticeRepository notices,
            PracticeSettings practice,
            Clock clock,
            Messages messages) {
        this.ownRecord = ownRecord;
        this.intakes = intakes;
        this.rules = rules;
        this.moments = moments;
        this.notices = notices;
        this.practiceZone = practice.practiceTimeZone();
        this.clock = clock;
        this.messages = messages;
    }

    /** The signed-in client's log: whether it is on for them, today's moments, and their trend in plain words. */
    @PreAuthorize(Roles.IS_CLIENT)
    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.SELF)
    public MyTriggerLog myTriggerLog() {
        ClientRef me = ownRecord.myRecord();
        ClientRef partner = ownRecord.myPartner().orElse(null);
        Instant now = clock.instant();
        ZoneId zone = myZone();
        LocalDate today = now.atZone(zone).toLocalDate();
        var setting = rules.settingOf(me.clientId(), now);
        var recent = moments.findByClientIdAndOccurredAtGreaterThanEqualOrderByOccurredAtDesc(
                me.clientId(),
                today.minusWeeks(TriggerTrend.WEEKS_BACK + 1L)
                        .atStartOfDay(zone)
                        .toInstant());
        LocalDate firstDay = moments.findFirstByClientIdOrderByOccurredAtAsc(me.clientId())
                .map(m -> m.getOccurredAt().atZone(zone).toLocalDate())
                .orElse(today);
        TriggerTrend trend = TriggerTrend.of(
                recent.stream()
                        .map(m -> m.getOccurredAt().atZone(zone).toLocalDate())
                        .toList(),
                today,
                firstDay);
        return new MyTriggerLog(
                TriggerLogRules.inUse(setting, me.caseFlagged(partner)),
                partner != null,
                partner == null ? null : partner.fullName(),
                setting.isReassuranceOptedIn(),
                rules.reassuranceMayGo(me, partner, now),
                trend,
                recent.stream()
                        .filter(m ->
                                m.getOccurredAt().atZone(zone).toLocalDate().equals(today))
                        .map(TriggerLogRules::moment)
                        .toList());
    }

    /**
     * Whether the Hard moments page has something for the signed-in client, for the menu: their own log is on (the
     * same rule as {@link #myTriggerLog()}), or they are the partner of someone whose log is on with the reassurance
     * signal allowed, so the page is where they opt in to receive it and read its notices. Not on a flagged case.
     */
    @PreAuthorize(Roles.IS_CLIENT)
    @Transactional(readOnly = true)
    @NotAudited("whether a menu entry is listed, asked on every page; reads nothing of either log")
    public boolean hardMomentsForMe() {
        ClientRef me = ownRecord.myRecord();
        ClientRef partner = ownRecord.myPartner().orElse(null);
        Instant now = clock.instant();
        boolean flagged = me.caseFlagged(partner);
        if (TriggerLogRules.inUse(rules.settingOf(me.clientId(), now), flagged)) {
            return true;
        }
        if (partner == null || flagged) {
            return false;
        }
        return TriggerLogRules.reassuranceOffered(rules.settingOf(partner.clientId(), now));
    }

    /** Logs a hard moment, now or earlier today on the client's own clock. */
    @PreAuthorize(Roles.IS_CLIENT)
    @Audited(value = Access.CHANGE, record = Subject.SELF)
    public Moment logMoment(LogMoment moment) {
        ClientRef me = ownRecord.myRecord();
        Instant now = clock.instant();
        if (!TriggerLogRules.inUse(
                rules.settingOf(me.clientId(), now),
                me.caseFlagged(ownRecord.myPartner().orElse(null)))) {
            throw InvalidInputException.of("intensity", messages.viewer("triggers.log.off"));
        }
        Map<String, String> problems = new HashMap<>();
        if (moment.intensity() == null || moment.intensity() < 0 || moment.intensity() > 10) {
            problems.put("intensity", messages.viewer("triggers.log.intensity-needed"));
        }
        String setOffBy = text(moment.setOffBy(), "setOffBy", problems);
        String helpedNote = text(moment.helpedNote(), "helpedNote", problems);
        Instant occurredAt = now;
        if (moment.earlierToday() != null) {
            ZonedDateTime mine = now.atZone(myZone());
            occurredAt = moment.earlierToday()
                    .atDate(mine.toLocalDate())
                    .atZone(mine.getZone())
                    .toInstant();
            if (occurredAt.isAfter(now)) {
                problems.put("earlierToday", messages.viewer("triggers.log.time-ahead"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var saved = moments.save(new TriggerMoment(
                me.clientId(),
                occurredAt,
                moment.intensity(),
                setOffBy,
                TriggerLogRules.helped(moment.helped()),
                helpedNote,
                now));
        return TriggerLogRules.moment(saved);
    }

    /** The client's own opt-in to the reassurance signal: to send it, or to receive it from their partner. */
    @PreAuthorize(Roles.IS_CLIENT)
    @Audited(value = Access.CHANGE, record = Subject.SELF)
    public void setMyReassuranceOptIn(boolean optedIn) {
        ClientRef me = ownRecord.myRecord();
        rules.settingToChange(me.clientId(), clock.instant()).clientChose(optedIn, clock.instant());
    }

    /**
     * "I need reassurance": leaves the partner a neutral notice, when every condition holds. A refusal says the
     * same whichever condition failed, since one of them is the partner's safety flag.
     */
    @PreAuthorize(Roles.IS_CLIENT)
    @Audited(value = Access.CHANGE, record = Subject.SELF)
    public void askForReassurance() {
        ClientRef me = ownRecord.myRecord();
        ClientRef partner = ownRecord.myPartner().orElse(null);
        Instant now = clock.instant();
        if (partner == null || !rules.reassuranceMayGo(me, partner, now)) {
            throw InvalidInputException.of("reassurance", messages.viewer("triggers.reassurance.unavailable"));
        }
        // A second tap in the same few minutes is the same request, not another notice.
        if (!notices.existsByToClientIdAndSentAtAfter(partner.clientId(), now.minus(REPEAT_WINDOW))) {
            notices.save(new ReassuranceNotice(partner.clientId(), now));
        }
    }

    /** The notices the signed-in client's partner left them and they have not yet seen: when, nothing more. */
    @PreAuthorize(Roles.IS_CLIENT)
    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.SELF)
    public List<Instant> myReassuranceNotices() {
        ClientRef me = ownRecord.myRecord();
        return notices.findByToClientIdAndSeenAtIsNullOrderBySentAtDesc(me.clientId()).stream()
                .map(ReassuranceNotice::getSentAt)
                .toList();
    }

    /** The signed-in client has seen their notices. */
    @PreAuthorize(Roles.IS_CLIENT)
    @Audited(value = Access.CHANGE, record = Subject.SELF)
    public void reassuranceNoticesSeen() {
        ClientRef me = ownRecord.myRecord();
        Instant now = clock.instant();
        notices.findByToClientIdAndSeenAtIsNullOrderBySentAtDesc(me.clientId()).forEach(n -> n.seen(now));
    }

    private @Nullable String text(@Nullable String text, String field, Map<String, String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (PlainText.problem(stripped) != null) {
            problems.put(field, PlainText.unsavable());
        } else if (stripped.length() > TEXT_LIMIT) {
            problems.put(field, PlainText.overLimit(TEXT_LIMIT, stripped.length()));
        }
        return stripped;
    }

    private ZoneId myZone() {
        return intakes.myTimeZone().orElse(practiceZone);
    }
}
