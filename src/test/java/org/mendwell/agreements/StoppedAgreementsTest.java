package org.mendwell.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.client.CoupleLinkEnding;
import org.mendwell.client.CoupleLinkService;
import org.mendwell.client.domain.ClientRepository;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.MutableClock;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Jonas's daily promise after his link with Robin ended for safety: his own record stays his to read, Robin's view
 * of it is gone for good, and only their clinician starts it again, from Jonas's today, with nothing back-dated.
 * The test clock walks through the days at noon in London (the demo clients' zone), whatever the hour or the JVM's
 * zone.
 */
@MendwellTest
@Transactional
class StoppedAgreementsTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** A Wednesday. */
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 11);

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
    CoupleLinkService coupleLinks;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    private UUID jonas;

    private UUID promise;

    @BeforeEach
    void jonasPromisesDailyAndKeepsTheFirstTwoDays() {
        jdbc.sql("delete from promise_mark").update();
        jdbc.sql("delete from agreement_pause").update();
        jdbc.sql("delete from agreement").update();
        jonas = clientIds.of(Demo.JONAS);
        on(FIRST_DAY);
        signIn.as(Demo.CLINICIAN);
        promise = agreements
                .record(new NewAgreement(
                        clientIds.of(Demo.CLIENT),
                        "Tell Robin when plans change",
                        Promisers.PARTNER,
                        Frequency.DAILY,
                        Set.of(),
                        FIRST_DAY,
                        null,
                        true,
                        null))
                .getFirst();
        signIn.as(Demo.JONAS);
        mine.mark(promise, FIRST_DAY, Outcome.KEPT, null, false);
        on(FIRST_DAY.plusDays(1));
        mine.mark(promise, FIRST_DAY.plusDays(1), Outcome.KEPT, "Texted before leaving", true);
    }

    @AfterEach
    void realTimeAgain() {
        clock.backToNow();
    }

    private void on(LocalDate day) {
        clock.set(day.atTime(LocalTime.NOON).atZone(LONDON).toInstant());
    }

    private void endedForSafetyOnTheSecondDay() {
        signIn.as(Demo.CLINICIAN);
        coupleLinks.endLink(clientIds.of(Demo.CLIENT), CoupleLinkEnding.SAFETY, "Threats disclosed in session.");
    }

    private void linkedAgain() {
        signIn.as(Demo.CLINICIAN);
        coupleLinks.proposeRelink(clientIds.of(Demo.CLIENT), jonas, "Both asked for it; safety plan reviewed.");
        for (String partner : List.of(Demo.CLIENT, Demo.JONAS)) {
            signIn.as(partner);
            coupleLinks.consentToRelink(
                    coupleLinks.myRelinkRequest().orElseThrow().proposalId(), true);
        }
    }

    private MyPromise his() {
        signIn.as(Demo.JONAS);
        return mine.mine().promises().stream()
                .filter(p -> p.agreementId().equals(promise))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void after_a_safety_ending_the_promiser_still_reads_his_promise_and_the_days_he_marked() {
        endedForSafetyOnTheSecondDay();
        on(FIRST_DAY.plusDays(3));

        MyPromise his = his();
        assertThat(his.stoppedOn()).isEqualTo(FIRST_DAY.plusDays(1));
        assertThat(his.recent()).extracting(MarkedDay::day).containsExactly(FIRST_DAY.plusDays(1), FIRST_DAY);
        assertThat(mine.mine().keptInAll()).isEqualTo(2);
        assertThat(his.record().weeks().stream()
                        .mapToInt(KeptRecord.Week::unmarked)
                        .sum())
                .as("the days since it stopped are not due, so not 'not marked' either")
                .isZero();
        assertThatThrownBy(() -> mine.mark(promise, FIRST_DAY.plusDays(3), Outcome.KEPT, null, false))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get("day")).doesNotContainIgnoringCase("safety"));

        linkedAgain();
        assertThat(his().stopped()).as("linking again does not restart it").isTrue();
        signIn.as(Demo.JONAS);
        assertThat(mine.mine().keptInAll())
                .as("linked again, his small deposits are still his")
                .isEqualTo(2);
        signIn.as(Demo.CLIENT);
        assertThat(mine.mine().partnersKept())
                .as("Robin's view stays withdrawn")
                .isEmpty();
    }

    @Test
    void a_private_promise_is_individual_work_and_goes_on_after_a_safety_ending() {
        signIn.as(Demo.CLINICIAN);
        UUID ownWork = agreements
                .record(new NewAgreement(
                        jonas,
                        "Go to my own support group",
                        Promisers.CLIENT,
                        Frequency.DAILY,
                        Set.of(),
                        FIRST_DAY.plusDays(1),
                        null,
                        false,
                        null))
                .getFirst();
        endedForSafetyOnTheSecondDay();
        on(FIRST_DAY.plusDays(3));

        signIn.as(Demo.JONAS);
        MyPromise own = mine.mine().promises().stream()
                .filter(p -> p.agreementId().equals(ownWork))
                .findFirst()
                .orElseThrow();
        assertThat(own.stopped()).isFalse();
        mine.mark(ownWork, FIRST_DAY.plusDays(3), Outcome.KEPT, null, false);
        assertThat(his().stopped()).as("the promise Robin could see stops").isTrue();
    }

    @Test
    void the_clinician_resumes_it_from_the_promisers_today_with_no_missed_days_and_robin_still_sees_nothing() {
        endedForSafetyOnTheSecondDay();
        on(FIRST_DAY.plusDays(5));
        linkedAgain();
        signIn.as(Demo.CLINICIAN);
        assertThat(agreements.agreementsOf(jonas).agreements())
                .singleElement()
                .satisfies(agreement ->
                        assertThat(agreement.stoppedBySafetyEnding()).isTrue());

        agreements.resume(jonas, promise, null);

        MyPromise his = his();
        assertThat(his.stopped()).isFalse();
        assertThat(his.record().toMark())
                .as("due again from his today; the stopped days are not back-dated")
                .containsExactly(FIRST_DAY.plusDays(5));
        mine.mark(promise, FIRST_DAY.plusDays(5), Outcome.KEPT, null, true);
        assertThat(his().record().run()).isEqualTo(3);
        signIn.as(Demo.CLINICIAN);
        KeptRecord record =
                agreements.agreementsOf(jonas).agreements().getFirst().record();
        assertThat(record.weeks().stream().mapToInt(KeptRecord.Week::due).sum()).isEqualTo(3);
        assertThat(record.weeks().stream().mapToInt(KeptRecord.Week::unmarked).sum())
                .isZero();
        signIn.as(Demo.CLIENT);
        assertThat(mine.mine().partnersKept())
                .as("resumed for Jonas, still withdrawn from Robin")
                .isEmpty();
    }

    @Test
    void on_a_flagged_case_resuming_needs_the_written_reason_a_new_agreement_would() {
        endedForSafetyOnTheSecondDay();
        linkedAgain();
        clientRecords.findByEmail(Demo.CLIENT).orElseThrow().flagForSafety();
        clientRecords.flush();
        signIn.as(Demo.CLINICIAN);

        assertThatThrownBy(() -> agreements.resume(jonas, promise, " "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsKey("safetyOverrideReason"));
        assertThatThrownBy(() -> agreements.resume(jonas, promise, "x".repeat(501)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get("safetyOverrideReason"))
                                .contains("500"));
        assertThat(agreements.agreementsOf(jonas).agreements().getFirst().stoppedBySafetyEnding())
                .isTrue();

        agreements.resume(jonas, promise, "Screened again: no coercion; both asked for it.");

        assertThat(his().stopped()).isFalse();
        signIn.as(Demo.CLINICIAN);
        assertThat(agreements.agreementsOf(jonas).agreements().getFirst()).satisfies(agreement -> {
            assertThat(agreement.closedBySafetyFlag()).isFalse();
            assertThat(agreement.stoppedBySafetyEnding()).isFalse();
        });
    }

    @Test
    void only_their_clinician_resumes_and_only_a_stopped_promise_of_that_client() {
        signIn.as(Demo.CLINICIAN);
        assertThatThrownBy(() -> agreements.resume(jonas, promise, null))
                .as("not stopped")
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsKey("agreement"));
        endedForSafetyOnTheSecondDay();

        assertThatThrownBy(() -> agreements.resume(clientIds.of(Demo.CLIENT), promise, null))
                .as("named as Robin's, the partner's")
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> agreements.resume(clientIds.of(Demo.HANA), promise, null))
                .as("named as a client of another couple")
                .isInstanceOf(RecordNotFoundException.class);
        signIn.as(Demo.CLINICIAN_2);
        assertThatThrownBy(() -> agreements.resume(jonas, promise, null)).isInstanceOf(RecordNotFoundException.class);
        for (String client : List.of(Demo.JONAS, Demo.CLIENT)) {
            signIn.as(client);
            assertThatThrownBy(() -> agreements.resume(jonas, promise, null))
                    .as(client)
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(his().stopped()).isTrue();
    }
}
