package org.mendwell.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.mendwell.client.CoupleLinkEnding;
import org.mendwell.client.CoupleLinkService;
import org.mendwell.client.domain.ClientRepository;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agreements on the real context and database, with the demo couple (Robin and Jonas, clients of the first
 * clinician): who may record, mark, see and acknowledge what, and the safety flag's rule. Run on H2
 * ({@link AgreementServiceTest}) and on MariaDB ({@link AgreementsMariaDbTest}), where V24 runs too.
 */
@Transactional
abstract class AgreementScenario {

    /** The demo clients' time zone (their intakes say Europe/London). */
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    static final String WORDS = "Tell Robin when plans change, before they change";

    @Autowired
    org.mendwell.support.MutableClock clock;

    @Autowired
    SignIn signIn;

    @Autowired
    ClientIds clientIds;

    @Autowired
    ClientRepository clientRecords;

    @Autowired
    AgreementService agreements;

    @Autowired
    MyAgreementsService mine;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** A database seeded with the demo history (the MariaDB suite's) has the demo couple's agreements: rolled back. */
    @org.junit.jupiter.api.BeforeEach
    void noAgreementsYet() {
        jdbc.sql("delete from promise_mark").update();
        jdbc.sql("delete from agreement_pause").update();
        jdbc.sql("delete from agreement").update();
        // Noon where the couple lives: a test's today is then the application's today, whatever the hour of the run.
        clock.setToNoonIn(LONDON);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }

    private List<UUID> jonasPromisesDaily(boolean visible, @Nullable String reason) {
        signIn.as(Demo.CLINICIAN);
        return agreements.record(new NewAgreement(
                clientIds.of(Demo.CLIENT),
                WORDS,
                Promisers.PARTNER,
                Frequency.DAILY,
                Set.of(),
                today(),
                null,
                visible,
                reason));
    }

    private void jonasMarksToday(Outcome outcome, @Nullable String note, boolean share) {
        signIn.as(Demo.JONAS);
        MyPromise promise = mine.mine().promises().getFirst();
        mine.mark(promise.agreementId(), promise.record().toMark().getFirst(), outcome, note, share);
    }

    @Test
    void jonas_keeps_a_daily_promise_robin_notices_and_the_clinician_sees_both() {
        jonasPromisesDaily(true, null);
        jonasMarksToday(Outcome.KEPT, "Texted at five", true);

        MyAgreements jonas = mine.mine();
        assertThat(jonas.keptInAll()).isEqualTo(1);
        assertThat(jonas.promises().getFirst().record().run()).isEqualTo(1);
        assertThat(jonas.promises().getFirst().record().toMark()).doesNotContain(today());

        signIn.as(Demo.CLIENT);
        MyAgreements robin = mine.mine();
        assertThat(robin.promises()).isEmpty();
        assertThat(robin.partnersKept()).singleElement().satisfies(day -> {
            assertThat(day.words()).isEqualTo(WORDS);
            assertThat(day.sharedNote()).isEqualTo("Texted at five");
            assertThat(day.noticed()).isFalse();
        });
        mine.acknowledge(robin.partnersKept().getFirst().markId());
        assertThat(mine.mine().partnersKept().getFirst().noticed()).isTrue();

        signIn.as(Demo.CLINICIAN);
        AgreementProgress progress =
                agreements.agreementsOf(clientIds.of(Demo.CLIENT)).agreements().getFirst();
        assertThat(progress.promiserName()).isEqualTo("Jonas Kettering");
        assertThat(progress.noticed()).isEqualTo(1);
        assertThat(progress.record().weeks().getLast().kept()).isEqualTo(1);
        assertThat(progress.record().weeks().getLast().keptPercent()).isEqualTo(100);
        assertThat(agreements.keptLatelyInMyCaseload().get(clientIds.of(Demo.JONAS)))
                .isEqualTo(new KeptLately(1, 1));
    }

    @Test
    void acknowledgements_never_reach_the_promiser() {
        jonasPromisesDaily(true, null);
        jonasMarksToday(Outcome.KEPT, null, false);
        signIn.as(Demo.CLIENT);
        mine.acknowledge(mine.mine().partnersKept().getFirst().markId());

        signIn.as(Demo.JONAS);
        assertThat(mine.mine().toString()).doesNotContain("noticed=true");
    }

    @Test
    void not_this_time_and_partly_never_reach_the_partner_nor_does_a_note_kept_private() {
        jonasPromisesDaily(true, null);
        jonasMarksToday(Outcome.NOT_THIS_TIME, "Forgot, felt bad", true);
        signIn.as(Demo.CLIENT);
        assertThat(mine.mine().partnersKept()).isEmpty();

        signIn.as(Demo.JONAS);
        UUID agreement = mine.mine().promises().getFirst().agreementId();
        mine.mark(agreement, today(), Outcome.PARTLY, "Late text", true);
        signIn.as(Demo.CLIENT);
        assertThat(mine.mine().partnersKept()).isEmpty();

        signIn.as(Demo.JONAS);
        mine.mark(agreement, today(), Outcome.KEPT, "Private thought", false);
        signIn.as(Demo.CLIENT);
        assertThat(mine.mine().partnersKept())
                .singleElement()
                .satisfies(day -> assertThat(day.sharedNote()).isNull());
        assertThat(mine.mine().toString()).doesNotContain("Private thought").doesNotContain("Forgot");
    }

    @Test
    void a_promise_not_visible_to_the_partner_shows_them_nothing_and_cannot_be_acknowledged() {
        jonasPromisesDaily(false, null);
        jonasMarksToday(Outcome.KEPT, null, false);
        signIn.as(Demo.JONAS);
        UUID agreement = mine.mine().promises().getFirst().agreementId();

        signIn.as(Demo.CLIENT);
        assertThat(mine.mine().partnersKept()).isEmpty();
        assertThat(mine.mine().toString()).doesNotContain(WORDS);
        signIn.as(Demo.CLINICIAN);
        assertThat(agreements.agreementsOf(clientIds.of(Demo.CLIENT)).agreements())
                .extracting(AgreementProgress::agreementId)
                .containsExactly(agreement);
    }

    @Test
    void a_flagged_case_refuses_an_agreement_without_a_written_reason_and_takes_one_with_it() {
        clientRecords.findByEmail(Demo.JONAS).orElseThrow().flagForSafety();
        clientRecords.flush();

        assertThatThrownBy(() -> jonasPromisesDaily(true, null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsOnlyKeys("safetyOverrideReason")
                                .extractingByKey("safetyOverrideReason")
                                .asString()
                                .contains("safety flag"));
        assertThat(agreements.agreementsOf(clientIds.of(Demo.CLIENT)).safetyReasonNeeded())
                .isTrue();

        jonasPromisesDaily(true, "Screened in session: no coercion, both asked for it");
        jonasMarksToday(Outcome.KEPT, null, false);
        signIn.as(Demo.CLIENT);
        assertThat(mine.mine().partnersKept()).hasSize(1);
    }

    @Test
    void a_flag_raised_after_recording_closes_the_agreement_for_both_partners() {
        jonasPromisesDaily(true, null);
        jonasMarksToday(Outcome.KEPT, null, false);
        signIn.as(Demo.JONAS);
        UUID agreement = mine.mine().promises().getFirst().agreementId();

        clientRecords.findByEmail(Demo.CLIENT).orElseThrow().flagForSafety();
        clientRecords.flush();

        assertThat(mine.mine().isEmpty()).isTrue();
        assertThatThrownBy(() -> mine.mark(agreement, today(), Outcome.KEPT, null, false))
                .isInstanceOf(RecordNotFoundException.class);
        signIn.as(Demo.CLIENT);
        assertThat(mine.mine().isEmpty()).isTrue();
        signIn.as(Demo.CLINICIAN);
        assertThat(agreements
                        .agreementsOf(clientIds.of(Demo.CLIENT))
                        .agreements()
                        .getFirst()
                        .closedBySafetyFlag())
                .isTrue();
    }

    @Autowired
    CoupleLinkService coupleLinks;

    /** Both partners of the client with this address promise every day from today, visible to each other. */
    private NewAgreement bothDaily(String clientEmail) {
        return new NewAgreement(
                clientIds.of(clientEmail), WORDS, Promisers.BOTH, Frequency.DAILY, Set.of(), today(), null, true, null);
    }

    /** The clinician proposes linking Robin and Jonas again and both confirm. */
    private void linkedAgain() {
        signIn.as(Demo.CLINICIAN);
        coupleLinks.proposeRelink(
                clientIds.of(Demo.CLIENT),
                clientIds.of(Demo.JONAS),
                "Both asked to work together again; safety plan reviewed with each.");
        for (String partner : List.of(Demo.CLIENT, Demo.JONAS)) {
            signIn.as(partner);
            coupleLinks.consentToRelink(
                    coupleLinks.myRelinkRequest().orElseThrow().proposalId(), true);
        }
    }

    @Test
    void ending_the_link_withdraws_the_promise_from_the_partner_for_good_while_the_promiser_goes_on() {
        jonasPromisesDaily(true, null);
        jonasMarksToday(Outcome.KEPT, "Texted at five", true);
        signIn.as(Demo.CLIENT);
        UUID kept = mine.mine().partnersKept().getFirst().markId();

        signIn.as(Demo.CLINICIAN);
        coupleLinks.endLink(clientIds.of(Demo.CLIENT), CoupleLinkEnding.SEPARATION, "Separated in November.");

        signIn.as(Demo.JONAS);
        MyPromise his = mine.mine().promises().getFirst();
        assertThat(his.visibleToPartner())
                .as("his page no longer says Robin sees it")
                .isFalse();
        mine.mark(his.agreementId(), today(), Outcome.PARTLY, null, false);
        assertThat(mine.mine().promises().getFirst().record().kept()).isZero();

        linkedAgain();
        signIn.as(Demo.CLIENT);
        assertThat(mine.mine().partnersKept())
                .as("linked again: the old promise and its kept days stay withdrawn")
                .isEmpty();
        assertThatThrownBy(() -> mine.acknowledge(kept)).isInstanceOf(RecordNotFoundException.class);

        signIn.as(Demo.CLINICIAN);
        AgreementProgress record =
                agreements.agreementsOf(clientIds.of(Demo.JONAS)).agreements().getFirst();
        assertThat(record.withdrawnFromPartner()).isTrue();
        assertThat(record.stoppedBySafetyEnding()).isFalse();
        assertThat(record.recent()).as("kept in the clinician's record").hasSize(1);
    }

    @Test
    void a_link_ended_for_safety_stops_the_couples_agreements_for_both_and_the_clinician_keeps_them() {
        signIn.as(Demo.CLINICIAN);
        agreements.record(bothDaily(Demo.CLIENT));
        jonasMarksToday(Outcome.KEPT, null, false);

        signIn.as(Demo.CLINICIAN);
        coupleLinks.endLink(clientIds.of(Demo.CLIENT), CoupleLinkEnding.SAFETY, "Threats disclosed in session.");

        for (String partner : List.of(Demo.JONAS, Demo.CLIENT)) {
            signIn.as(partner);
            assertThat(mine.mine().promises())
                    .as("%s reads their own promise, stopped", partner)
                    .singleElement()
                    .satisfies(own -> assertThat(own.stopped()).isTrue());
            assertThat(mine.mine().partnersKept()).as(partner).isEmpty();
        }
        signIn.as(Demo.CLINICIAN);
        List<AgreementProgress> jonass =
                agreements.agreementsOf(clientIds.of(Demo.JONAS)).agreements();
        signIn.as(Demo.JONAS);
        assertThatThrownBy(() -> mine.mark(jonass.getFirst().agreementId(), today(), Outcome.KEPT, null, false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsKey("day"));

        linkedAgain();
        signIn.as(Demo.CLIENT);
        assertThat(mine.mine().promises())
                .as("linking again does not restart them")
                .allSatisfy(own -> assertThat(own.stopped()).isTrue());
        assertThat(mine.mine().partnersKept())
                .as("nor shows Robin the kept days of Jonas's stopped promise")
                .isEmpty();
        signIn.as(Demo.CLINICIAN);
        assertThat(agreements.agreementsOf(clientIds.of(Demo.CLIENT)).agreements())
                .hasSize(2)
                .allSatisfy(agreement ->
                        assertThat(agreement.stoppedBySafetyEnding()).isTrue());
        assertThat(jonass.getFirst().record().kept())
                .as("kept in the clinician's record")
                .isEqualTo(1);
    }

    @Test
    void only_the_promiser_marks_and_only_the_partner_acknowledges() {
        UUID agreement = jonasPromisesDaily(true, null).getFirst();
        signIn.as(Demo.CLIENT);
        assertThatThrownBy(() -> mine.mark(agreement, today(), Outcome.KEPT, null, false))
                .as("Robin marking Jonas's promise")
                .isInstanceOf(RecordNotFoundException.class);

        jonasMarksToday(Outcome.KEPT, null, false);
        signIn.as(Demo.CLIENT);
        UUID kept = mine.mine().partnersKept().getFirst().markId();
        signIn.as(Demo.JONAS);
        assertThatThrownBy(() -> mine.acknowledge(kept))
                .as("Jonas noticing his own promise")
                .isInstanceOf(RecordNotFoundException.class);
        signIn.as(Demo.CLIENT_2);
        assertThatThrownBy(() -> mine.acknowledge(kept))
                .as("a client of another clinician")
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(mine.mine().isEmpty()).isTrue();
    }

    @Test
    void another_clinician_the_administrator_and_clients_cannot_record_or_read_a_couples_agreements() {
        jonasPromisesDaily(true, null);
        UUID robin = clientIds.of(Demo.CLIENT);
        signIn.as(Demo.CLINICIAN_2);
        assertThatThrownBy(() -> agreements.agreementsOf(robin)).isInstanceOf(RecordNotFoundException.class);
        assertThat(agreements.keptLatelyInMyCaseload()).doesNotContainKey(clientIds.of(Demo.JONAS));
        for (String who : List.of(Demo.ADMIN, Demo.CLIENT)) {
            signIn.as(who);
            assertThatThrownBy(() -> agreements.agreementsOf(robin)).as(who).isInstanceOf(AccessDeniedException.class);
        }
        signIn.as(Demo.ADMIN);
        assertThatThrownBy(() -> mine.mine()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_day_outside_the_last_week_or_not_due_cannot_be_marked_and_the_message_says_so() {
        UUID agreement = jonasPromisesDaily(true, null).getFirst();
        signIn.as(Demo.JONAS);
        for (LocalDate day : List.of(today().plusDays(1), today().minusDays(1))) {
            assertThatThrownBy(() -> mine.mark(agreement, day, Outcome.KEPT, null, false))
                    .as(day.toString())
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems()).containsOnlyKeys("day"));
        }
    }

    @Test
    void a_record_without_words_days_or_a_partner_is_refused_field_by_field() {
        signIn.as(Demo.CLINICIAN);
        assertThatThrownBy(() -> agreements.record(new NewAgreement(
                        clientIds.of(Demo.CLIENT),
                        "  ",
                        Promisers.BOTH,
                        Frequency.WEEKDAYS,
                        Set.of(),
                        today().minusDays(1),
                        today().minusDays(2),
                        true,
                        null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("words", "weekdays", "start", "end"));
        assertThatThrownBy(() -> agreements.record(bothDaily(Demo.HANA)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("promisers"));
    }

    @Test
    void both_partners_promising_makes_one_agreement_each() {
        signIn.as(Demo.CLINICIAN);
        List<UUID> made = agreements.record(new NewAgreement(
                clientIds.of(Demo.JONAS),
                "Ten minutes together after dinner",
                Promisers.BOTH,
                Frequency.WEEKLY,
                Set.of(),
                today(),
                today().plusWeeks(4),
                true,
                null));

        assertThat(made).hasSize(2);
        assertThat(agreements.agreementsOf(clientIds.of(Demo.JONAS)).agreements())
                .extracting(AgreementProgress::promiserName)
                .containsExactlyInAnyOrder("Robin Ashdown", "Jonas Kettering");
    }
}
