package org.mendwell.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.agreements.AgreementService;
import org.mendwell.agreements.Frequency;
import org.mendwell.agreements.MyAgreementsService;
import org.mendwell.agreements.MyPromise;
import org.mendwell.agreements.NewAgreement;
import org.mendwell.agreements.Outcome;
import org.mendwell.agreements.Promisers;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Four weeks of agreements for the demo couple, lived day by day through the real services with the clock set
 * back: Jonas's daily promise (kept most days, a few partly or not this time, some days not marked), Robin's
 * promise on two weekdays, a private one of Jonas's, and Robin noticing about half of the kept days she sees.
 * Today is left unmarked, for whoever tries it first. Deterministic: the same seed gives the same weeks.
 */
@Component
@ConditionalOnProperty(name = "mendwell.demo.enabled", havingValue = "true")
class DemoAgreements {

    static final int DAYS = 28;

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /**
     * The demo couple's agreements, each with the notes its promiser writes on a kept day. A note belongs to its
     * own promise: "Texted before I left work" under "Say one thing I appreciated" would read as nonsense.
     */
    static final List<DemoPromise> PROMISES = List.of(
            new DemoPromise(
                    "Tell Robin where I am when plans change, before they change",
                    Promisers.PARTNER,
                    Frequency.DAILY,
                    Set.of(),
                    0,
                    true,
                    List.of(
                            "Texted before I left work.",
                            "Called at lunch when the meeting moved.",
                            "Told her about Friday as soon as I knew.")),
            new DemoPromise(
                    "Say one thing I appreciated about Jonas, out loud",
                    Promisers.CLIENT,
                    Frequency.WEEKDAYS,
                    Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
                    0,
                    true,
                    List.of("Thanked him for cooking on Thursday.", "Said I liked how he listened last night.")),
            new DemoPromise(
                    "Go to my own support group",
                    Promisers.PARTNER,
                    Frequency.WEEKLY,
                    Set.of(),
                    1,
                    false,
                    List.of("Went, and spoke for the first time.", "Hard today, went anyway.")));

    /** One seeded agreement (recorded on Robin's page: CLIENT is Robin, PARTNER is Jonas) and its notes. */
    record DemoPromise(
            String words,
            Promisers who,
            Frequency frequency,
            Set<DayOfWeek> weekdays,
            int startsDaysAfterFirst,
            boolean visible,
            List<String> notes) {}

    /** The notes written under the agreement with these words: none for an agreement the demo did not seed. */
    static List<String> notesOf(String words) {
        return PROMISES.stream()
                .filter(promise -> promise.words().equals(words))
                .findFirst()
                .map(DemoPromise::notes)
                .orElse(List.of());
    }

    private final AgreementService agreements;
    private final MyAgreementsService mine;
    private final SignedInAs signedInAs;
    private final TravellingClock travel;
    private final Clock clock;
    private final Random random = new Random(20261205L);

    DemoAgreements(
            AgreementService agreements,
            MyAgreementsService mine,
            SignedInAs signedInAs,
            TravellingClock travel,
            Clock clock) {
        this.agreements = agreements;
        this.mine = mine;
        this.signedInAs = signedInAs;
        this.travel = travel;
        this.clock = clock;
    }

    void live(String clinician, UUID robin, String robinsEmail, String jonasEmail) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), LONDON);
        LocalDate first = today.minusDays(DAYS);
        try {
            travel.travelTo(first.atTime(10, 0).atZone(LONDON).toInstant());
            signedInAs.run(clinician, () -> PROMISES.forEach(promise -> record(robin, promise, first)));
            for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
                travel.travelTo(day.atTime(21, 0).atZone(LONDON).toInstant());
                markToday(jonasEmail, day, 0.8);
                markToday(robinsEmail, day, 0.9);
                travel.travelTo(day.atTime(22, 0).atZone(LONDON).toInstant());
                LocalDate thatDay = day;
                signedInAs.run(
                        robinsEmail,
                        () -> mine.mine().partnersKept().stream()
                                .filter(kept -> kept.day().equals(thatDay) && !kept.noticed())
                                .filter(kept -> random.nextDouble() < 0.5)
                                .forEach(kept -> mine.acknowledge(kept.markId())));
            }
        } finally {
            travel.backToNow();
        }
    }

    private void record(UUID robin, DemoPromise promise, LocalDate first) {
        agreements.record(new NewAgreement(
                robin,
                promise.words(),
                promise.who(),
                promise.frequency(),
                promise.weekdays(),
                first.plusDays(promise.startsDaysAfterFirst()),
                null,
                promise.visible(),
                null));
    }

    /** The promiser's word on today's due days: mostly kept, sometimes partly or not, now and then not marked. */
    private void markToday(String promiser, LocalDate day, double keeping) {
        signedInAs.run(promiser, () -> {
            for (MyPromise promise : mine.mine().promises()) {
                if (!promise.record().toMark().contains(day)) {
                    continue;
                }
                double roll = random.nextDouble();
                if (roll > 0.95) {
                    continue; // a day not marked: neither kept nor failed
                }
                Outcome outcome = roll < keeping
                        ? Outcome.KEPT
                        : roll < keeping + (0.95 - keeping) / 2 ? Outcome.PARTLY : Outcome.NOT_THIS_TIME;
                // A note says what was done, so it goes with a kept day, and with the promise it is about.
                List<String> notes = notesOf(promise.words());
                @Nullable
                String note = outcome == Outcome.KEPT && !notes.isEmpty() && random.nextDouble() < 0.25
                        ? notes.get(random.nextInt(notes.size()))
                        : null;
                mine.mark(promise.agreementId(), day, outcome, note, note != null && random.nextBoolean());
            }
        });
    }
}
