package org.mendwell.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mendwell.letters.LetterStatus;
import org.mendwell.letters.MyLetters;
import org.mendwell.letters.MyLettersService;
import org.mendwell.support.Demo;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The demo couple's letters, as `spring-boot:run` shows them (the same context as DemoHistoryTest). */
@SpringBootTest(properties = "mendwell.demo.history=true")
@ActiveProfiles("test")
class DemoLettersTest {

    @Autowired
    SignIn signIn;

    @Autowired
    MyLettersService letters;

    @Test
    void robin_reads_a_released_letter_from_weeks_ago_with_her_reply_under_it() {
        signIn.as(Demo.CLIENT);
        MyLetters.ToMe released = letters.myLetters().toMe().stream()
                .filter(MyLetters.ToMe::readable)
                .findFirst()
                .orElseThrow();

        assertThat(released.at()).isBefore(Instant.now().minus(Duration.ofDays(14)));
        assertThat(letters.letterToMe(released.letterId()).replies()).isNotEmpty();
    }

    @Test
    void jonas_has_a_letter_waiting_for_the_session_and_a_draft_of_his_own() {
        signIn.as(Demo.JONAS);
        MyLetters mine = letters.myLetters();

        assertThat(mine.toMe())
                .singleElement()
                .satisfies(waiting -> assertThat(waiting.readable()).isFalse());
        assertThat(mine.written())
                .extracting(MyLetters.Written::status)
                .containsExactlyInAnyOrder(LetterStatus.DRAFT, LetterStatus.RELEASED);
    }
}
