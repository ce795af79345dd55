package org.mendwell.triggers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.client.domain.ClientRepository;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.MutableClock;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The trigger log on the real context: Robin (the partner who was hurt) logs, Jonas is her partner. */
@MendwellTest
@Transactional
class TriggerLogServiceTest {

    @Autowired
    TriggerLogService clinicianSide;

    @Autowired
    MyTriggerLogService clientSide;

    @Autowired
    ClientRepository clientRecords;

    @Autowired
    ClientIds clientIds;

    @Autowired
    SignIn signIn;

    @Autowired
    MutableClock clock;

    private UUID robin;

    @BeforeEach
    void afternoonInLondon() {
        RobinsTriggerLog.afternoon(clock);
        robin = clientIds.of(Demo.CLIENT);
    }

    private void turnedOn(boolean reassurance) {
        RobinsTriggerLog.turnedOn(signIn, clinicianSide, robin, reassurance);
    }

    private static LogMoment moment(Integer intensity, LocalTime earlierToday) {
        return new LogMoment(intensity, "A message left unanswered", Set.of(HelpedBy.WALK), null, earlierToday);
    }

    private InvalidInputException refusal(Runnable call) {
        try {
            call.run();
        } catch (InvalidInputException refused) {
            return refused;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void a_client_cannot_log_until_their_clinician_turns_the_log_on() {
        signIn.as(Demo.CLIENT);

        assertThat(clientSide.myTriggerLog().inUse()).isFalse();
        assertThat(refusal(() -> clientSide.logMoment(moment(5, null))).problems())
                .containsKey("intensity");
    }

    @Test
    void a_moment_logged_now_and_one_earlier_today_reach_the_clinicians_weekly_figures() {
        turnedOn(false);
        signIn.as(Demo.CLIENT);
        clientSide.logMoment(moment(6, null));
        clientSide.logMoment(moment(3, LocalTime.of(9, 30)));

        assertThat(clientSide.myTriggerLog().today())
                .extracting(Moment::intensity)
                .containsExactly(6, 3);

        signIn.as(Demo.CLINICIAN);
        ClinicianTriggerLog log = clinicianSide.triggerLogOf(robin);
        assertThat(log.weeks()).hasSize(8);
        assertThat(log.weeks().getLast().count()).isEqualTo(2);
        assertThat(log.weeks().getLast().meanIntensity()).isEqualTo(4.5);
        assertThat(log.recent()).extracting(Moment::setOffBy).contains("A message left unanswered");
    }

    @Test
    void a_time_later_than_now_and_a_missing_intensity_are_refused_next_to_their_fields() {
        turnedOn(false);
        signIn.as(Demo.CLIENT);

        assertThat(refusal(() -> clientSide.logMoment(moment(null, LocalTime.of(18, 0))))
                        .problems())
                .containsKeys("intensity", "earlierToday");
        assertThat(clientSide.myTriggerLog().today()).isEmpty();
    }

    @Test
    void the_partner_and_other_clinicians_never_read_the_log() {
        turnedOn(false);
        signIn.as(Demo.CLIENT);
        clientSide.logMoment(moment(8, null));

        signIn.as(Demo.JONAS);
        assertThat(clientSide.myTriggerLog().today())
                .as("Jonas reads only his own log")
                .isEmpty();
        signIn.as(Demo.CLINICIAN_2);
        assertThatThrownBy(() -> clinicianSide.triggerLogOf(robin)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void reassurance_reaches_the_partner_as_a_neutral_notice_only_when_both_opted_in_and_it_is_allowed() {
        turnedOn(true);
        signIn.as(Demo.CLIENT);
        clientSide.setMyReassuranceOptIn(true);
        assertThat(clientSide.myTriggerLog().canAskForReassurance())
                .as("Jonas has not opted in")
                .isFalse();
        assertThat(refusal(clientSide::askForReassurance).problems()).containsKey("reassurance");

        signIn.as(Demo.JONAS);
        clientSide.setMyReassuranceOptIn(true);
        signIn.as(Demo.CLIENT);
        clientSide.logMoment(moment(9, null));
        clientSide.askForReassurance();

        signIn.as(Demo.JONAS);
        assertThat(clientSide.myReassuranceNotices()).hasSize(1);
        clientSide.reassuranceNoticesSeen();
        assertThat(clientSide.myReassuranceNotices()).isEmpty();
    }

    @Autowired
    org.mendwell.client.CoupleLinkService coupleLinks;

    /** Found by the issue 17 exploration: after a safety ending Jonas still read "your partner would welcome ...". */
    @Test
    void ending_the_couple_link_withdraws_a_reassurance_notice_still_waiting() {
        turnedOn(true);
        signIn.as(Demo.JONAS);
        clientSide.setMyReassuranceOptIn(true);
        signIn.as(Demo.CLIENT);
        clientSide.setMyReassuranceOptIn(true);
        clientSide.logMoment(moment(9, null));
        clientSide.askForReassurance();

        signIn.as(Demo.CLINICIAN);
        coupleLinks.endLink(robin, org.mendwell.client.CoupleLinkEnding.SAFETY, "Controlling behaviour disclosed.");

        signIn.as(Demo.JONAS);
        assertThat(clientSide.myReassuranceNotices()).isEmpty();
    }

    @Test
    void a_flagged_case_needs_a_written_reason_for_the_log_and_never_opens_reassurance() {
        clientRecords.findByEmail(Demo.JONAS).orElseThrow().flagForSafety();
        signIn.as(Demo.CLINICIAN);

        assertThat(refusal(() -> clinicianSide.setTriggerLog(robin, new TriggerLogSettings(true, false, " ")))
                        .problems())
                .containsKey("safetyOverrideReason");
        assertThat(refusal(() -> clinicianSide.setTriggerLog(
                                robin, new TriggerLogSettings(true, true, "Agreed in session, safety plan in place")))
                        .problems())
                .containsKey("reassuranceAllowed");

        clinicianSide.setTriggerLog(
                robin, new TriggerLogSettings(true, false, "Agreed in session, safety plan in place"));
        assertThat(clinicianSide.triggerLogOf(robin).inUse()).isTrue();
        signIn.as(Demo.CLIENT);
        clientSide.setMyReassuranceOptIn(true);
        InvalidInputException refused = refusal(clientSide::askForReassurance);
        assertThat(refused.problems().get("reassurance"))
                .as("the refusal does not tell Robin about Jonas's flag")
                .doesNotContainIgnoringCase("safety");
        assertThat(clientSide.logMoment(moment(4, null)).intensity()).isEqualTo(4);
    }
}
