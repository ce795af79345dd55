package org.mendwell.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void whole_characters_of_every_plane_are_fine() {
        assertThat(PlainText.problem("Plain words, Ünïcödé, 你好, مرحبا")).isNull();
        assertThat(PlainText.problem("\ud83d\udc69\u200d\u2764\ufe0f\u200d\ud83d\udc68 and \ud835\udd73"))
                .isNull();
        assertThat(PlainText.problem("tabs\tand\nnew lines")).isNull();
        assertThat(PlainText.problem(null)).isNull();
    }

    @Test
    void half_a_character_is_refused_wherever_it_is() {
        assertThat(PlainText.problem("\ud800")).isEqualTo(PlainText.unsavable());
        assertThat(PlainText.problem("ends with half \ud83d")).isEqualTo(PlainText.unsavable());
        assertThat(PlainText.problem("\ude00 starts with the other half")).isEqualTo(PlainText.unsavable());
        assertThat(PlainText.problem("two highs \ud83d\ud83d in a row")).isEqualTo(PlainText.unsavable());
    }
}
