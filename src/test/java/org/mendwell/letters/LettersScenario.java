package org.mendwell.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
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
import org.springframework.transaction.annotation.Transactional;

/**
 * Letters between Jonas and Robin on the real context: nothing reaches the partner before the clinician
 * releases it, every decision is the writer's clinician's alone, and a safety flag closes letters short of a
 * written reason. Run on H2 ({@code LettersTest}) and MariaDB ({@code LettersMariaDbTest}).
 */
@Transactional
abstract class LettersScenario {

    @Autowired
    MyLettersService mine;

    @Autowired
    LetterReviewService review;

    @Autowired
    CoupleLinkService coupleLinks;

    @Autowired
    ClientRepository clientRecords;

    @Autowired
    ClientIds clientIds;

    @Autowired
    SignIn signIn;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /**
     * No letters yet, whatever the database holds: the MariaDB suite shares one database with classes that seed the
     * demo couple's weeks of letters. Rolled back with the test.
     */
    @org.junit.jupiter.api.BeforeEach
    void noLettersYet() {
        jdbc.update("delete from letter_reply");
        jdbc.update("delete from letter");
    }

    private UUID jonasWrites(String words) {
        signIn.as(Demo.JONAS);
        UUID letter = mine.startLetter(LetterKind.APOLOGY);
        mine.saveDraft(letter, words, newPage(letter));
        return letter;
    }

    /** A page just opened on the letter: a new editor, on the version it reads. */
    private DraftBasis newPage(UUID letter) {
        return new DraftBasis(UUID.randomUUID(), mine.myLetter(letter).version());
    }

    @Test
    void a_page_holding_an_older_copy_is_told_the_draft_changed_elsewhere_and_may_keep_its_own_words() {
        UUID letter = jonasWrites("First words.");
        DraftBasis firstTab = newPage(letter);
        DraftBasis secondTab = newPage(letter);

        LetterDraftSave fromFirst = mine.saveDraft(letter, "Words from the first tab.", firstTab);
        LetterDraftSave fromSecond = mine.saveDraft(letter, "Words from the second tab.", secondTab);

        assertThat(fromFirst.complete()).isTrue();
        assertThat(fromSecond.changedElsewhere()).isTrue();
        assertThat(fromSecond.save().notSaved()).containsKey("body");
        assertThat(mine.myLetter(letter).body()).isEqualTo("Words from the first tab.");
        // Typing on in the second tab does not win either, until its writer chooses to keep their version.
        assertThat(mine.saveDraft(letter, "Words from the second tab, more.", secondTab)
                        .changedElsewhere())
                .isTrue();
        var kept = mine.saveDraft(
                letter, "Words from the second tab, more.", new DraftBasis(secondTab.editor(), fromSecond.version()));
        assertThat(kept.complete()).isTrue();
        assertThat(mine.myLetter(letter).body()).isEqualTo("Words from the second tab, more.");
        // Now the first tab holds the older copy.
        assertThat(mine.saveDraft(letter, "First tab again.", new DraftBasis(firstTab.editor(), fromFirst.version()))
                        .changedElsewhere())
                .isTrue();
    }

    @Test
    void a_page_s_own_save_it_has_not_heard_back_about_is_not_a_change_elsewhere() {
        UUID letter = jonasWrites("");
        DraftBasis page = newPage(letter);

        mine.saveDraft(letter, "Typed, saved, its answer lost as the page closed.", page);
        LetterDraftSave last = mine.saveDraft(letter, "The last words, posted on leaving.", page);

        assertThat(last.complete()).isTrue();
        assertThat(mine.myLetter(letter).body()).isEqualTo("The last words, posted on leaving.");
    }

    @Test
    void a_letter_the_counter_shows_at_the_limit_saves_emoji_and_all_and_one_more_does_not() {
        UUID letter = jonasWrites("");
        // 3,999 emoji (two UTF-16 units each, as the counter counts them) and two letters: 8,000, with line breaks
        // and spaces at the ends, which are not kept and do not count.
        String atTheLimit = "\uD83D\uDC9B".repeat(3999) + "ok";
        assertThat(org.mendwell.shared.PlainText.length("\n  " + atTheLimit + "  \n"))
                .isEqualTo(org.mendwell.letters.domain.Letter.BODY_LIMIT);

        var saved = mine.saveDraft(letter, "\n  " + atTheLimit + "  \n", newPage(letter));
        var over = mine.saveDraft(letter, atTheLimit + "!", newPage(letter));

        assertThat(saved.complete()).isTrue();
        assertThat(saved.save().overLimit()).isEmpty();
        assertThat(over.save().overLimit().get("body")).contains("8,001");
        assertThat(jdbc.queryForObject("select body from letter where id = ?", String.class, letter))
                .isEqualTo(atTheLimit);
        mine.submit(letter, " " + atTheLimit + "\n");
        assertThat(mine.myLetter(letter).body()).isEqualTo(atTheLimit);
    }

    /** Issue 13: words typed past the limit were dropped when the browser closed; they are kept as the draft. */
    @Test
    void a_draft_over_the_limit_is_kept_as_typed_and_refused_only_when_sent() {
        UUID letter = jonasWrites("");
        String fits = "What I did, and what I understand of how it hurt you.";
        mine.saveDraft(letter, fits, newPage(letter));
        String tooLong = fits + " " + "I am sorry. ".repeat(700);

        LetterDraftSave kept = mine.saveDraft(letter, tooLong, newPage(letter));

        assertThat(kept.complete()).isTrue();
        assertThat(kept.save().overLimit().get("body"))
                .contains(
                        String.format(java.util.Locale.ENGLISH, "%,d", org.mendwell.shared.PlainText.length(tooLong)));
        // Reopened (the browser closed): the words as typed, not the last text that fitted.
        assertThat(mine.myLetter(letter).body()).isEqualTo(tooLong.strip());
        assertThatThrownBy(() -> mine.submit(letter, tooLong))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.problems().get("body")).contains("8,000"));
        assertThat(mine.myLetter(letter).status()).isEqualTo(LetterStatus.DRAFT);
        assertThat(mine.myLetter(letter).body()).isEqualTo(tooLong.strip());

        // Shortened again, it fits, the over-limit copy is gone and it can be sent.
        mine.saveDraft(letter, fits, newPage(letter));
        assertThat(jdbc.queryForObject("select overlong_body from letter where id = ?", String.class, letter))
                .isNull();
        mine.submit(letter, fits);
        assertThat(mine.myLetter(letter).status()).isEqualTo(LetterStatus.SUBMITTED);
    }

    @Test
    void a_draft_far_past_any_letter_is_not_kept() {
        UUID letter = jonasWrites("");
        mine.saveDraft(letter, "Kept.", newPage(letter));

        LetterDraftSave refused = mine.saveDraft(
                letter, "x".repeat(org.mendwell.shared.DraftSave.OVERLONG_DRAFT_LIMIT + 1), newPage(letter));

        assertThat(refused.complete()).isFalse();
        assertThat(mine.myLetter(letter).body()).isEqualTo("Kept.");
    }

    @Test
    void a_draft_is_the_writers_alone_and_a_submitted_letter_reaches_the_partner_only_when_released() {
        UUID letter = jonasWrites("I am sorry for the months of silence.");

        signIn.as(Demo.CLINICIAN);
        assertThat(review.lettersOf(clientIds.of(Demo.JONAS)))
                .noneMatch(l -> l.letterId().equals(letter));
        signIn.as(Demo.CLIENT);
        assertThat(mine.myLetters().toMe()).noneMatch(l -> l.letterId().equals(letter));
        assertThatThrownBy(() -> mine.letterToMe(letter)).isInstanceOf(RecordNotFoundException.class);

        signIn.as(Demo.JONAS);
        mine.submit(letter, "I am sorry for the months of silence.");
        signIn.as(Demo.CLIENT);
        assertThatThrownBy(() -> mine.letterToMe(letter)).isInstanceOf(RecordNotFoundException.class);

        signIn.as(Demo.CLINICIAN);
        assertThat(review.lettersOf(clientIds.of(Demo.CLIENT)))
                .anySatisfy(l -> assertThat(l.body()).isEqualTo("I am sorry for the months of silence."));
        review.release(letter);

        signIn.as(Demo.CLIENT);
        assertThat(mine.letterToMe(letter).body()).isEqualTo("I am sorry for the months of silence.");
        mine.reply(letter, "Thank you for writing it.");
        signIn.as(Demo.JONAS);
        assertThat(mine.myLetter(letter).replies())
                .singleElement()
                .satisfies(reply -> assertThat(reply.body()).isEqualTo("Thank you for writing it."));
    }

    @Test
    void a_letter_kept_for_the_session_tells_the_partner_only_that_one_waits() {
        UUID letter = jonasWrites("What I did, in full.");
        mine.submit(letter, "What I did, in full.");
        signIn.as(Demo.CLINICIAN);
        review.keepForSession(letter);

        signIn.as(Demo.CLIENT);
        assertThat(mine.myLetters().toMe()).singleElement().satisfies(toMe -> {
            assertThat(toMe.readable()).isFalse();
            assertThat(toMe.kind()).isNull();
        });
        assertThatThrownBy(() -> mine.letterToMe(letter)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void a_returned_letter_goes_back_to_its_writer_with_the_comment_and_the_partner_learns_nothing() {
        UUID letter = jonasWrites("First try.");
        mine.submit(letter, "First try.");
        signIn.as(Demo.CLINICIAN);
        assertThatThrownBy(() -> review.returnForRedraft(letter, " "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsKey("comment"));
        review.returnForRedraft(letter, "Say more about what you noticed.");

        signIn.as(Demo.JONAS);
        OwnLetter back = mine.myLetter(letter);
        assertThat(back.editable()).isTrue();
        assertThat(back.clinicianComment()).isEqualTo("Say more about what you noticed.");
        signIn.as(Demo.CLIENT);
        assertThat(mine.myLetters().toMe()).isEmpty();
    }

    @Test
    void a_refused_submit_keeps_the_words_as_a_draft() {
        UUID letter = jonasWrites("");
        signIn.as(Demo.JONAS);
        assertThatThrownBy(() -> mine.submit(letter, "   "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsKey("body"));
        assertThat(mine.myLetter(letter).status()).isEqualTo(LetterStatus.DRAFT);
    }

    @Test
    void another_clinician_cannot_decide_on_a_letter() {
        UUID letter = jonasWrites("Words.");
        mine.submit(letter, "Words.");

        signIn.as(Demo.CLINICIAN_2);
        assertThatThrownBy(() -> review.release(letter)).isInstanceOf(RecordNotFoundException.class);
        signIn.as(Demo.CLIENT_2);
        assertThatThrownBy(() -> mine.myLetter(letter)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> mine.letterToMe(letter)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void a_flagged_case_refuses_letters_until_the_clinician_opens_them_with_a_reason() {
        UUID letter = jonasWrites("Before the flag.");
        mine.submit(letter, "Before the flag.");
        clientRecords.findByEmail(Demo.CLIENT).orElseThrow().flagForSafety();
        clientRecords.flush();

        signIn.as(Demo.JONAS);
        assertThat(mine.myLetters().cannotWrite()).isNotNull();
        assertThatThrownBy(() -> mine.startLetter(LetterKind.IMPACT))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsKey("kind"));
        signIn.as(Demo.CLINICIAN);
        assertThatThrownBy(() -> review.release(letter))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsKey("status"));
        assertThat(review.lettersAccess(clientIds.of(Demo.JONAS)).open()).isFalse();
        assertThatThrownBy(() -> review.openLetters(clientIds.of(Demo.JONAS), ""))
                .isInstanceOf(InvalidInputException.class);

        review.openLetters(clientIds.of(Demo.JONAS), "Flag reviewed in session; both want to continue.");
        review.release(letter);
        signIn.as(Demo.CLIENT);
        assertThat(mine.letterToMe(letter).body()).isEqualTo("Before the flag.");
    }

    @Test
    void ending_the_couple_link_withdraws_released_letters_from_the_partner_and_keeps_them_for_the_clinician() {
        UUID letter = jonasWrites("Released before the end.");
        mine.submit(letter, "Released before the end.");
        signIn.as(Demo.CLINICIAN);
        review.release(letter);

        coupleLinks.endLink(clientIds.of(Demo.CLIENT), CoupleLinkEnding.SEPARATION, "They separated in March.");

        signIn.as(Demo.CLIENT);
        assertThat(mine.myLetters().toMe()).isEmpty();
        assertThatThrownBy(() -> mine.letterToMe(letter)).isInstanceOf(RecordNotFoundException.class);
        assertThat(mine.myLetters().cannotWrite()).isNotNull();
        signIn.as(Demo.JONAS);
        assertThat(mine.myLetter(letter).withdrawn()).isTrue();
        signIn.as(Demo.CLINICIAN);
        assertThat(review.lettersOf(clientIds.of(Demo.JONAS))).anySatisfy(l -> {
            assertThat(l.letterId()).isEqualTo(letter);
            assertThat(l.withdrawn()).isTrue();
            assertThat(l.body()).isEqualTo("Released before the end.");
        });
    }

    @Test
    void ending_the_couple_link_for_safety_withdraws_the_partners_replies_from_the_writer() {
        UUID letter = jonasWrites("Released before the end.");
        mine.submit(letter, "Released before the end.");
        signIn.as(Demo.CLINICIAN);
        review.release(letter);
        signIn.as(Demo.CLIENT);
        mine.reply(letter, "What I wrote back to you, minutes before.");
        signIn.as(Demo.JONAS);
        assertThat(mine.myLetter(letter).replies())
                .extracting(LetterMessage::body)
                .containsExactly("What I wrote back to you, minutes before.");

        signIn.as(Demo.CLINICIAN);
        coupleLinks.endLink(clientIds.of(Demo.CLIENT), CoupleLinkEnding.SAFETY, "Not safe to go on together.");

        signIn.as(Demo.JONAS);
        OwnLetter afterwards = mine.myLetter(letter);
        assertThat(afterwards.withdrawn()).isTrue();
        assertThat(afterwards.replies())
                .as("Robin's reply, withdrawn with the letter")
                .isEmpty();
    }
}
