package org.mendwell.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.mendwell.client.MyRecordService;
import org.mendwell.shared.DemoSettings;
import org.mendwell.triggers.HelpedBy;
import org.mendwell.triggers.LogMoment;
import org.mendwell.triggers.MyTriggerLogService;
import org.mendwell.triggers.TriggerLogService;
import org.mendwell.triggers.TriggerLogSettings;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Four weeks of Robin's trigger log, lived day by day through the real services with the clock set back, after
 * the demo practice is seeded (and only with its history): her clinician turned the log on and allows the
 * reassurance signal, both partners opted in, hard moments grow fewer and milder over the weeks, and yesterday
 * evening she asked for reassurance, so Jonas has a notice waiting. All words are invented. Runs once: a log
 * already on is left alone.
 */
@Component
@Order(11)
@ConditionalOnProperty(name = "mendwell.demo.enabled", havingValue = "true")
class DemoTriggerLog implements ApplicationRunner {

    /** As many weeks as the clinician's chart of the trigger log shows (eight), so none of its weeks is empty. */
    static final int WEEKS = 8;

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    static final List<String> SET_OFF_BY = List.of(
            "A message from an unknown number.",
            "He was late and didn't text.",
            "A song from that summer.",
            "Passing the café.",
            "He closed his laptop when I came in.",
            "Nothing I could name.");

    private final TriggerLogService clinicianSide;
    private final MyTriggerLogService clientSide;
    private final MyRecordService ownRecord;
    private final SignedInAs signedInAs;
    private final TravellingClock clock;
    private final boolean withHistory;
    private final Random random = new Random(20261205L);

    DemoTriggerLog(
            TriggerLogService clinicianSide,
            MyTriggerLogService clientSide,
            MyRecordService ownRecord,
            SignedInAs signedInAs,
            TravellingClock clock,
            DemoSettings demo) {
        this.clinicianSide = clinicianSide;
        this.clientSide = clientSide;
        this.ownRecord = ownRecord;
        this.signedInAs = signedInAs;
        this.clock = clock;
        this.withHistory = demo.history();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!withHistory) {
            return;
        }
        UUID robin = signedInAs.call(
                DemoDataSeeder.CLIENT, () -> ownRecord.myRecord().clientId());
        boolean alreadyOn = signedInAs.call(
                DemoDataSeeder.CLINICIAN,
                () -> clinicianSide.triggerLogOf(robin).settings().enabled());
        if (alreadyOn) {
            return;
        }
        LocalDate today = LocalDate.now(LONDON);
        LocalDate first = today.minusWeeks(WEEKS);
        try {
            clock.travelTo(first.atTime(9, 0).atZone(LONDON).toInstant());
            signedInAs.run(
                    DemoDataSeeder.CLINICIAN,
                    () -> clinicianSide.setTriggerLog(robin, new TriggerLogSettings(true, true, null)));
            signedInAs.run(DemoDataSeeder.CLIENT, () -> clientSide.setMyReassuranceOptIn(true));
            signedInAs.run(DemoDataSeeder.JONAS, () -> clientSide.setMyReassuranceOptIn(true));
            LocalDate lastMoment = first.minusDays(1);
            for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
                double progress = (day.toEpochDay() - first.toEpochDay()) / (WEEKS * 7.0);
                // About one hard moment a day at first, two or three a week by the end, never four days without one,
                // so every week of the chart has some.
                if (random.nextDouble() > 0.9 - 0.6 * progress && day.isBefore(lastMoment.plusDays(4))) {
                    continue;
                }
                lastMoment = day;
                clock.travelTo(day.atTime(21, 30).atZone(LONDON).toInstant());
                int intensity = (int) Math.max(1, Math.min(10, Math.round(8 - 4.8 * progress + random.nextGaussian())));
                LocalTime when = LocalTime.of(8 + random.nextInt(12), random.nextInt(4) * 15);
                Set<HelpedBy> helped = Set.of(HelpedBy.values()[random.nextInt(HelpedBy.values().length)]);
                signedInAs.run(
                        DemoDataSeeder.CLIENT,
                        () -> clientSide.logMoment(new LogMoment(
                                intensity, SET_OFF_BY.get(random.nextInt(SET_OFF_BY.size())), helped, null, when)));
            }
            clock.travelTo(today.minusDays(1).atTime(21, 45).atZone(LONDON).toInstant());
            signedInAs.run(DemoDataSeeder.CLIENT, () -> {
                clientSide.logMoment(
                        new LogMoment(7, "He was late and didn't text.", Set.of(HelpedBy.BREATHING), null, null));
                clientSide.askForReassurance();
            });
        } finally {
            clock.backToNow();
        }
    }
}
