package org.mendwell.triggers;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mendwell.client.ClientRef;
import org.mendwell.triggers.domain.TriggerLogSetting;
import org.mendwell.triggers.domain.TriggerLogSettingRepository;
import org.mendwell.triggers.domain.TriggerMoment;
import org.springframework.stereotype.Component;

/**
 * The trigger log's rules that both audiences' services apply alike: when the log is in use, when the
 * reassurance signal may go, and the weekly figures. The safety part is {@link ClientRef#caseFlagged}, not a
 * second rule.
 */
@Component
class TriggerLogRules {

    /** Weeks the clinician's chart shows. */
    static final int WEEKS_SHOWN = 8;

    private final TriggerLogSettingRepository settings;

    TriggerLogRules(TriggerLogSettingRepository settings) {
        this.settings = settings;
    }

    /** The client's switches; all off when nobody has chosen anything yet. */
    TriggerLogSetting settingOf(UUID clientId, Instant now) {
        return settings.findById(clientId).orElseGet(() -> new TriggerLogSetting(clientId, now));
    }

    /** The row to change, created on the first change. */
    TriggerLogSetting settingToChange(UUID clientId, Instant now) {
        return settings.findById(clientId).orElseGet(() -> settings.save(new TriggerLogSetting(clientId, now)));
    }

    /** On, and, in a flagged case, turned on with a written reason. */
    static boolean inUse(TriggerLogSetting setting, boolean caseFlagged) {
        return setting.isEnabled() && (!caseFlagged || setting.getSafetyOverrideReason() != null);
    }

    /** The log is in use on a case without a flag and the clinician allows its reassurance signal. */
    static boolean reassuranceOffered(TriggerLogSetting setting) {
        return inUse(setting, false) && setting.isReassuranceAllowed();
    }

    /**
     * The reassurance signal may go from {@code sender} to {@code partner}: the sender's log is in use, their
     * clinician allows the signal, both opted in, and the case has no safety flag (no reason opens it).
     */
    boolean reassuranceMayGo(ClientRef sender, @Nullable ClientRef partner, Instant now) {
        if (partner == null || sender.caseFlagged(partner)) {
            return false;
        }
        TriggerLogSetting mine = settingOf(sender.clientId(), now);
        return reassuranceOffered(mine)
                && mine.isReassuranceOptedIn()
                && settingOf(partner.clientId(), now).isReassuranceOptedIn();
    }

    static List<WeeklyTriggers> weeks(List<TriggerMoment> moments, ZoneId zone, LocalDate today) {
        LocalDate thisWeek = weekOf(today);
        List<WeeklyTriggers> weeks = new ArrayList<>();
        for (int back = WEEKS_SHOWN - 1; back >= 0; back--) {
            LocalDate start = thisWeek.minusWeeks(back);
            List<TriggerMoment> in = moments.stream()
                    .filter(m ->
                            weekOf(m.getOccurredAt().atZone(zone).toLocalDate()).equals(start))
                    .toList();
            Double mean = in.isEmpty()
                    ? null
                    : Math.round(10.0
                                    * in.stream()
                                            .mapToInt(TriggerMoment::getIntensity)
                                            .average()
                                            .orElse(0))
                            / 10.0;
            weeks.add(new WeeklyTriggers(start, in.size(), mean));
        }
        return weeks;
    }

    static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    static Moment moment(TriggerMoment m) {
        return new Moment(
                m.getId(),
                m.getOccurredAt(),
                m.getIntensity(),
                m.getSetOffBy(),
                helped(m.getHelped()),
                m.getHelpedNote());
    }

    static String helped(Set<HelpedBy> helped) {
        return helped.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static Set<HelpedBy> helped(String stored) {
        Set<HelpedBy> helped = EnumSet.noneOf(HelpedBy.class);
        Arrays.stream(stored.split(","))
                .filter(name -> !name.isBlank())
                .forEach(name -> helped.add(HelpedBy.valueOf(name)));
        return helped;
    }
}
