package org.mendwell.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.SignIn;
import org.mendwell.triggers.MyTriggerLogService;
import org.mendwell.triggers.TriggerLogService;
import org.mendwell.triggers.TriggerTrend;
import org.mendwell.triggers.WeeklyTriggers;
import org.mendwell.trust.AttentionReason;
import org.mendwell.trust.GapDay;
import org.mendwell.trust.TrustGapService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The demo couple's trust gap and trigger log have content on first start (the same context as DemoHistoryTest). */
@SpringBootTest(properties = "mendwell.demo.history=true")
@ActiveProfiles("test")
class DemoCoupleRepairTest {

    @Autowired
    SignIn signIn;

    @Autowired
    ClientIds clientIds;

    @Autowired
    TrustGapService trustGap;

    @Autowired
    TriggerLogService triggerLog;

    @Autowired
    MyTriggerLogService myTriggerLog;

    @Test
    void the_clinician_sees_weeks_of_both_partners_check_ins_and_of_robins_hard_moments() {
        UUID robin = clientIds.of(Demo.CLIENT);
        signIn.as(Demo.CLINICIAN);

        var gap = trustGap.trustGapOf(robin);
        assertThat(gap.scales()).isNotEmpty();
        assertThat(gap.scales().getFirst().days().stream().filter(d -> d.gap() != null))
                .as("days both partners checked in")
                .hasSizeGreaterThanOrEqualTo(10);
        assertThat(gap.scales().getFirst().days())
                .extracting(GapDay::rollingGap)
                .isNotEmpty();

        var log = triggerLog.triggerLogOf(robin);
        assertThat(log.inUse()).isTrue();
        assertThat(log.weeks().stream().filter(w -> w.count() > 0))
                .as("weeks with hard moments")
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(log.weeks()).extracting(WeeklyTriggers::meanIntensity).isNotEmpty();
    }

    @Test
    void every_chart_of_the_couple_is_full_from_the_first_start_and_the_caseload_shows_the_couple() {
        UUID robin = clientIds.of(Demo.CLIENT);
        UUID jonas = clientIds.of(Demo.JONAS);
        signIn.as(Demo.CLINICIAN);

        var days = trustGap.trustGapOf(robin).scales().getFirst().days();
        assertThat(days.stream()
                        .filter(d -> d.first() != null || d.second() != null)
                        .map(GapDay::day)
                        .min(java.util.Comparator.naturalOrder()))
                .as("check-ins from the trust gap chart's first day: four weeks of them")
                .contains(days.getFirst().day());
        assertThat(triggerLog.triggerLogOf(robin).weeks())
                .as("hard moments in every week the chart shows")
                .hasSize(8)
                .allSatisfy(week -> assertThat(week.count()).isPositive());
        var couples = trustGap.attentionReasonsInMyCaseload();
        for (UUID partner : List.of(robin, jonas)) {
            assertThat(couples.get(partner))
                    .as("the caseload's Couple column on both partners' rows")
                    .extracting(AttentionReason::kind, AttentionReason::who)
                    .contains(org.assertj.core.groups.Tuple.tuple(
                            AttentionReason.Kind.STOPPED_CHECKING_IN, "Jonas Kettering"));
        }
    }

    @Test
    void robin_reads_her_trend_in_words_and_jonas_has_only_a_neutral_notice() {
        signIn.as(Demo.CLIENT);
        assertThat(myTriggerLog.myTriggerLog().trend().direction()).isNotEqualTo(TriggerTrend.Direction.NOT_ENOUGH_YET);

        signIn.as(Demo.JONAS);
        assertThat(myTriggerLog.myReassuranceNotices()).isNotEmpty();
        assertThat(myTriggerLog.myTriggerLog().today()).isEmpty();
    }
}
