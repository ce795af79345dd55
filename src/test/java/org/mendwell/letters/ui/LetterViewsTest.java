package org.mendwell.letters.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mendwell.client.CoupleLinkEnding;
import org.mendwell.client.CoupleLinkService;
import org.mendwell.client.domain.ClientRepository;
import org.mendwell.letters.DraftBasis;
import org.mendwell.letters.LetterKind;
import org.mendwell.letters.LetterReviewService;
import org.mendwell.letters.LetterStatus;
import org.mendwell.letters.MyLettersService;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.SignIn;
import org.mendwell.support.TabCopy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letters pages on the real context: Jonas writes (saved as he types, "Saved" only after a save), his
 * clinician decides on the couple-work page, Robin reads and replies. Each test changes the couple and runs in
 * a transaction that is rolled back.
 */
@MendwellTest
@ViewPackages(packages = "org.mendwell")
@WithUserDetails(Demo.JONAS)
@Transactional // each test's changes to the couple are rolled back; the pages call the services in this thread
@ChangesDemoPractice
class LetterViewsTest extends SpringBrowserlessTest {

    @Autowired
    SignIn signIn;

    @Autowired
    MyLettersService letters;

    @Autowired
    LetterReviewService review;

    @Autowired
    CoupleLinkService coupleLinks;

    @Autowired
    ClientRepository clientRecords;

    @Autowired
    ClientIds clientIds;

    private Button button(String text) {
        return find(Button.class).withText(text).single();
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively();
    }

    /** The letter's status as the clinician signed in now sees it on Jonas's case. */
    private LetterStatus reviewed(UUID letter) {
        return review.lettersOf(clientIds.of(Demo.JONAS)).stream()
                .filter(one -> one.letterId().equals(letter))
                .findFirst()
                .orElseThrow()
                .status();
    }

    private String saveState() {
        return find(Span.class).withClassName("mw-save-state").single().getText();
    }

    @Test
    void a_letter_is_started_from_the_letters_page_saved_while_typed_and_sent_to_the_clinician() {
        navigate(MyLettersView.class);
        test(button("Start a letter")).click();
        assertThat(getCurrentView()).isInstanceOf(LetterView.class);

        test(find(TextArea.class).single()).setValue("I am sorry for what I did.");

        assertThat(saveState()).startsWith("Saved");
        UUID letter = letters.myLetters().written().getFirst().letterId();
        assertThat(letters.myLetter(letter).body()).isEqualTo("I am sorry for what I did.");

        navigate(LetterView.class, letter.toString());
        assertThat(find(TextArea.class).single().getValue())
                .as("the draft comes back")
                .isEqualTo("I am sorry for what I did.");
        test(button("Send to my clinician")).click();
        assertThat(letters.myLetter(letter).status()).isEqualTo(LetterStatus.SUBMITTED);
        assertThat(find(TextArea.class).exists())
                .as("a sent letter is read-only")
                .isFalse();
    }

    @Test
    void a_letter_typed_while_the_connection_was_down_is_put_back_from_the_tab_and_saved() {
        UUID letter = letters.startLetter(LetterKind.APOLOGY);
        navigate(LetterView.class, letter.toString());

        TabCopy.putBack(find(TextArea.class).single(), "Words typed on the train, with no signal.");

        assertThat(letters.myLetter(letter).body()).isEqualTo("Words typed on the train, with no signal.");
        assertThat(saveState()).isEqualTo("What you typed while the connection was down has been put back and saved.");
    }

    @Test
    void an_over_long_draft_is_saved_as_typed_and_says_it_is_too_long_to_send_next_to_the_letter() {
        UUID letter = letters.startLetter(LetterKind.APOLOGY);
        navigate(LetterView.class, letter.toString());
        var body = find(TextArea.class).single();

        test(body).setValue("x".repeat(8001));

        assertThat(saveState()).startsWith("Saved").contains("Too long to send");
        assertThat(body.isInvalid()).isTrue();
        assertThat(body.getErrorMessage()).contains("8,001");
        assertThat(body.getValue()).hasSize(8001);
        // Kept for the next visit: the browser may close now without losing a word.
        assertThat(letters.myLetter(letter).body()).hasSize(8001);

        test(find(Button.class).withText("Send to my clinician").single()).click();

        assertThat(letters.myLetter(letter).status()).isEqualTo(LetterStatus.DRAFT);
        assertThat(saveState()).startsWith("Not sent");
    }

    @Test
    void a_tab_whose_copy_another_tab_has_moved_past_says_so_keeps_its_words_and_may_keep_its_version() {
        UUID letter = letters.startLetter(LetterKind.APOLOGY);
        navigate(LetterView.class, letter.toString());
        var body = find(TextArea.class).single();
        // Another tab, opened on the same draft, saves first.
        letters.saveDraft(letter, "Words from the other tab.", new DraftBasis(UUID.randomUUID(), 0));

        test(body).setValue("Words from this tab.");

        assertThat(saveState()).startsWith("Not saved");
        assertThat(body.getErrorMessage()).startsWith("This letter was changed in another tab or window");
        assertThat(body.getValue()).isEqualTo("Words from this tab.");
        assertThat(letters.myLetter(letter).body()).isEqualTo("Words from the other tab.");
        test(body).setValue("Words from this tab, and more.");
        assertThat(letters.myLetter(letter).body())
                .as("typing on does not win until the writer chooses")
                .isEqualTo("Words from the other tab.");

        test(button("Keep my version")).click();

        assertThat(saveState()).startsWith("Saved");
        assertThat(body.isInvalid()).isFalse();
        assertThat(letters.myLetter(letter).body()).isEqualTo("Words from this tab, and more.");
        assertThat(find(Button.class).withText("Keep my version").exists())
                .as("the choice is gone once made")
                .isFalse();
    }

    @Test
    void a_stale_tab_cannot_send_its_copy_over_newer_words() {
        UUID letter = letters.startLetter(LetterKind.APOLOGY);
        navigate(LetterView.class, letter.toString());
        var body = find(TextArea.class).single();
        letters.saveDraft(letter, "Words from the other tab.", new DraftBasis(UUID.randomUUID(), 0));
        body.setValue("Words from this tab.");

        test(button("Send to my clinician")).click();

        assertThat(letters.myLetter(letter).status()).isEqualTo(LetterStatus.DRAFT);
        assertThat(letters.myLetter(letter).body()).isEqualTo("Words from the other tab.");
        assertThat(body.getErrorMessage()).startsWith("This letter was changed in another tab or window");
    }

    @Test
    void a_letter_the_counter_shows_at_the_limit_is_saved() {
        UUID letter = letters.startLetter(LetterKind.APOLOGY);
        navigate(LetterView.class, letter.toString());
        var body = find(TextArea.class).single();

        // 3,999 emoji count two each, as everywhere; the line breaks at the end are not kept and do not count.
        test(body).setValue("\uD83D\uDC9B".repeat(3999) + "ok\n\n");

        assertThat(body.getHelperText()).contains("8,000 / 8,000");
        assertThat(saveState()).startsWith("Saved");
        assertThat(body.isInvalid()).isFalse();
    }

    @Test
    void words_typed_after_the_couple_link_ended_are_not_called_saved_and_stay_in_the_box_with_the_reason() {
        UUID letter = letters.startLetter(LetterKind.APOLOGY);
        navigate(LetterView.class, letter.toString());
        var body = find(TextArea.class).single();
        test(body).setValue("Before the ending.");
        assertThat(saveState()).startsWith("Saved");
        signIn.as(Demo.CLINICIAN);
        coupleLinks.endLink(clientIds.of(Demo.CLIENT), CoupleLinkEnding.SEPARATION, "Living apart for now.");
        signIn.as(Demo.JONAS);

        test(body).setValue("Before the ending. After it.");

        assertThat(saveState()).startsWith("Not saved");
        assertThat(body.getErrorMessage()).startsWith("The couple link has ended");
        assertThat(body.getValue()).isEqualTo("Before the ending. After it.");
    }

    @Test
    void the_clinician_releases_a_letter_and_the_partner_reads_and_replies() {
        UUID letter = letters.startLetter(LetterKind.APOLOGY);
        letters.submit(letter, "The whole truth, as promised.");

        signIn.as(Demo.CLINICIAN);
        navigate(CoupleWorkView.class, clientIds.of(Demo.JONAS).toString());
        assertThat(text()).contains("The whole truth, as promised.");
        test(button("Release to partner")).click();
        assertThat(reviewed(letter))
                .as("one click only asks; nothing is released yet")
                .isEqualTo(LetterStatus.SUBMITTED);
        var confirm = find(ConfirmDialog.class).single();
        assertThat(confirm.getElement().getProperty("header")).contains("Robin");
        assertThat(confirm.getElement().getProperty("message")).contains("Robin", "will be able to read");
        test(confirm).confirm();
        assertThat(reviewed(letter)).isEqualTo(LetterStatus.RELEASED);
        navigate(CoupleWorkView.class, clientIds.of(Demo.JONAS).toString());
        assertThat(text())
                .as("the clinician's words, not the writer's")
                .contains("Released to the partner")
                .doesNotContain("Released to your partner");

        signIn.as(Demo.CLIENT);
        navigate(MyLettersView.class);
        test(find(RouterLink.class)
                        .withCondition(link -> link.getHref().endsWith(letter.toString()))
                        .single())
                .click();
        assertThat(getCurrentView()).isInstanceOf(ReceivedLetterView.class);
        assertThat(text()).contains("The whole truth, as promised.");
        test(find(TextArea.class).single()).setValue("Thank you. I need time.");
        test(button("Send reply")).click();
        assertThat(text()).contains("Thank you. I need time.");
    }

    @Test
    void cancelling_the_release_question_keeps_the_letter_with_the_clinician() {
        UUID letter = letters.startLetter(LetterKind.APOLOGY);
        letters.submit(letter, "Not for Robin yet.");

        signIn.as(Demo.CLINICIAN);
        navigate(CoupleWorkView.class, clientIds.of(Demo.JONAS).toString());
        test(button("Release to partner")).click();
        test(find(ConfirmDialog.class).single()).cancel();

        assertThat(reviewed(letter)).isEqualTo(LetterStatus.SUBMITTED);
        assertThat(button("Release to partner").isEnabled()).isTrue();
    }

    @Test
    void a_letter_kept_for_the_session_shows_the_partner_only_that_one_waits() {
        UUID letter = letters.startLetter(LetterKind.DISCLOSURE);
        letters.submit(letter, "Words for the session only.");
        signIn.as(Demo.CLINICIAN);
        navigate(CoupleWorkView.class, clientIds.of(Demo.JONAS).toString());
        test(button("Read together in session")).click();

        signIn.as(Demo.CLIENT);
        navigate(MyLettersView.class);
        assertThat(text()).contains("has written you a letter. You will read it together in your next session.");
        assertThat(text()).doesNotContain("Words for the session only.");
        assertThat(find(RouterLink.class)
                        .withCondition(link -> link.getHref().endsWith(letter.toString()))
                        .exists())
                .as("nothing to open before the session")
                .isFalse();
    }

    @Test
    void returning_without_a_comment_is_refused_next_to_the_comment_field() {
        UUID letter = letters.startLetter(LetterKind.DISCLOSURE);
        letters.submit(letter, "A first try.");
        signIn.as(Demo.CLINICIAN);
        navigate(CoupleWorkView.class, clientIds.of(Demo.JONAS).toString());

        test(button("Return for another draft")).click();

        var comment = find(TextArea.class)
                .withCondition(area -> "Comment for another draft".equals(area.getLabel()))
                .single();
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).contains("Write a comment");
    }

    @Test
    void on_a_flagged_case_the_writer_reads_why_letters_are_closed_and_the_clinician_can_open_them_with_a_reason() {
        clientRecords.findByEmail(Demo.CLIENT).orElseThrow().flagForSafety();
        clientRecords.flush();

        navigate(MyLettersView.class);
        assertThat(text()).contains("Letters between partners are not available for now.");
        assertThat(find(Button.class).withText("Start a letter").exists()).isFalse();

        signIn.as(Demo.CLINICIAN);
        navigate(CoupleWorkView.class, clientIds.of(Demo.JONAS).toString());
        test(button("Open letters")).click();
        var reason = find(TextArea.class)
                .withCondition(area -> "Reason to open letters".equals(area.getLabel()))
                .single();
        assertThat(reason.isInvalid()).isTrue();
        test(reason).setValue("Reviewed the flag with both; letters help the work.");
        test(button("Open letters")).click();
        assertThat(text()).contains("Your reason: Reviewed the flag with both");

        signIn.as(Demo.JONAS);
        navigate(MyLettersView.class);
        assertThat(find(Button.class).withText("Start a letter").exists()).isTrue();
    }

    private TextArea area(String label) {
        return find(TextArea.class)
                .withCondition(area -> label.equals(area.getLabel()))
                .single();
    }

    @SuppressWarnings("unchecked")
    private void endTheLink(String kind, String note) {
        test(find(RadioButtonGroup.class).single()).selectItem(kind);
        test(area("Your note")).setValue(note);
        test(button("End the couple link")).click();
    }

    @Test
    void the_clinician_ends_the_couple_link_with_a_reason_and_the_history_shows_it() {
        signIn.as(Demo.CLINICIAN);
        navigate(CoupleWorkView.class, clientIds.of(Demo.CLIENT).toString());
        test(button("End the couple link")).click();
        assertThat(area("Your note").isInvalid()).as("a reason is required").isTrue();
        assertThat(find(RadioButtonGroup.class).single().isInvalid())
                .as("the kind of ending is chosen, not assumed")
                .isTrue();
        assertThat(find(ConfirmDialog.class).exists())
                .as("nothing to confirm yet")
                .isFalse();

        endTheLink("Separation", "They decided to separate.");
        var confirm = find(ConfirmDialog.class).single();
        assertThat(confirm.getElement().getProperty("header")).contains("Jonas Kettering");
        assertThat(confirm.getElement().getProperty("message"))
                .contains("stops at once", "withdrawn from their view", "Each continues individually", "Separation");
        assertThat(text()).as("asked first: still linked").contains("Linked with Jonas Kettering");
        test(confirm).confirm();

        assertThat(text()).contains("No partner linked").contains("They decided to separate.");
        test(button("Propose linking again with Jonas Kettering")).click();
        assertThat(text()).contains("Linking again with Jonas Kettering proposed.");
        assertThat(test(find(Notification.class).last()).getText())
                .as("the clinician is told it went out")
                .contains("Both partners were sent an e-mail that a question waits for them in the portal");

        signIn.as(Demo.JONAS);
        navigate(MyLettersView.class);
        assertThat(text()).contains("Your clinician suggests linking your account with Robin Ashdown again");
        test(button("Yes, link us again")).click();
        assertThat(text()).contains("We are waiting for their answer.");
        assertThat(coupleLinks.myRelinkRequest())
                .hasValueSatisfying(r -> assertThat(r.iConsented()).isTrue());
    }

    @Test
    void cancelling_the_end_question_keeps_the_link_and_what_was_typed() {
        signIn.as(Demo.CLINICIAN);
        navigate(CoupleWorkView.class, clientIds.of(Demo.CLIENT).toString());
        endTheLink("Safety", "Threats disclosed in session.");

        test(find(ConfirmDialog.class).single()).cancel();

        assertThat(coupleLinks.coupleLink(clientIds.of(Demo.CLIENT)).partnerId())
                .isNotNull();
        assertThat(area("Your note").getValue()).isEqualTo("Threats disclosed in session.");
    }

    @Test
    void after_a_safety_ending_proposing_again_warns_and_takes_a_reason_neither_partner_sees() {
        signIn.as(Demo.CLINICIAN);
        coupleLinks.endLink(clientIds.of(Demo.CLIENT), CoupleLinkEnding.SAFETY, "Threats disclosed in session.");
        navigate(CoupleWorkView.class, clientIds.of(Demo.CLIENT).toString());
        assertThat(text())
                .contains("The last link with Jonas Kettering ended for safety")
                .contains("Couples work may not be safe")
                .contains("Your note when it ended: Threats disclosed in session.")
                .doesNotContain("..");

        test(button("Propose linking again with Jonas Kettering")).click();
        var reason = area("Why linking again is right now");
        assertThat(reason.isInvalid()).as("one click is not enough").isTrue();
        assertThat(coupleLinks.coupleLink(clientIds.of(Demo.CLIENT)).proposal()).isNull();

        test(reason).setValue("Both finished individual work; safety plan reviewed.");
        test(button("Propose linking again with Jonas Kettering")).click();
        assertThat(text())
                .contains("Linking again with Jonas Kettering proposed.")
                .contains("Both finished individual work; safety plan reviewed.");

        signIn.as(Demo.JONAS);
        navigate(MyLettersView.class);
        assertThat(text())
                .contains("Your clinician suggests linking your account with Robin Ashdown again")
                .doesNotContain("Both finished individual work")
                .doesNotContain("Threats");
    }

    @Test
    void each_partner_meets_the_relink_question_on_their_start_page_until_they_answer() {
        signIn.as(Demo.CLINICIAN);
        coupleLinks.endLink(clientIds.of(Demo.CLIENT), CoupleLinkEnding.SEPARATION, "Living apart for now.");
        coupleLinks.proposeRelink(clientIds.of(Demo.CLIENT), clientIds.of(Demo.JONAS), null);

        signIn.as(Demo.JONAS);
        navigate("my/exercises", com.vaadin.flow.component.Component.class);
        assertThat(text()).contains("Your clinician suggests linking your account with Robin Ashdown again");
        test(button("Yes, link us again")).click();
        assertThat(find(Button.class).withText("Yes, link us again").exists()).isFalse();
        navigate("my/exercises", com.vaadin.flow.component.Component.class);
        assertThat(text()).as("answered: gone").doesNotContain("suggests linking your account");

        signIn.as(Demo.CLIENT);
        navigate("my/exercises", com.vaadin.flow.component.Component.class);
        test(button("No, not now")).click();
        navigate("my/exercises", com.vaadin.flow.component.Component.class);
        assertThat(text()).doesNotContain("suggests linking your account");
        assertThat(coupleLinks.myRelinkRequest()).isEmpty();
    }

    @Test
    void the_client_page_links_to_couple_work() {
        signIn.as(Demo.CLINICIAN);
        navigate("clients/" + clientIds.of(Demo.CLIENT), com.vaadin.flow.component.Component.class);

        assertThat(find(com.vaadin.flow.component.html.Anchor.class)
                        .withText("Couple work")
                        .single()
                        .getHref())
                .isEqualTo("couple-work/" + clientIds.of(Demo.CLIENT));
        assertThat(find(Paragraph.class).exists()).isTrue();
    }
}
