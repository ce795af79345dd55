package org.mendwell.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mendwell.triggers.TriggerTrend.Direction;

/** The client's trend in plain words: their last 7 days against the same 7 days three weeks before. */
class TriggerTrendTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

    @Test
    void fewer_moments_this_week_than_three_weeks_ago() {
        var days = List.of(TODAY, TODAY.minusDays(21), TODAY.minusDays(22), TODAY.minusDays(27));

        assertThat(TriggerTrend.of(days, TODAY, TODAY.minusDays(30)))
                .isEqualTo(new TriggerTrend(Direction.FEWER, 1, 3));
    }

    @Test
    void more_moments_this_week_than_three_weeks_ago() {
        var days = List.of(TODAY, TODAY.minusDays(6), TODAY.minusDays(25));

        assertThat(TriggerTrend.of(days, TODAY, TODAY.minusDays(30)).direction())
                .isEqualTo(Direction.MORE);
    }

    @Test
    void the_days_between_the_two_weeks_do_not_count() {
        var days = List.of(TODAY.minusDays(7), TODAY.minusDays(20), TODAY.minusDays(28));

        assertThat(TriggerTrend.of(days, TODAY, TODAY.minusDays(30)))
                .isEqualTo(new TriggerTrend(Direction.ABOUT_THE_SAME, 0, 0));
    }

    @Test
    void a_log_younger_than_four_weeks_has_nothing_to_compare_yet() {
        var days = List.of(TODAY, TODAY.minusDays(3));

        assertThat(TriggerTrend.of(days, TODAY, TODAY.minusDays(3)).direction()).isEqualTo(Direction.NOT_ENOUGH_YET);
        assertThat(TriggerTrend.of(days, TODAY, TODAY.minusDays(26)).direction())
                .as("three weeks ago was partly before the log began")
                .isEqualTo(Direction.NOT_ENOUGH_YET);
        assertThat(TriggerTrend.of(days, TODAY, TODAY.minusDays(27)).direction())
                .isEqualTo(Direction.MORE);
    }
}
