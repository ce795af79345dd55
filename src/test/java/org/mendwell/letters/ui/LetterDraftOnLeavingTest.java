package org.mendwell.letters.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mendwell.client.CoupleLinkEnding;
import org.mendwell.client.CoupleLinkService;
import org.mendwell.letters.DraftBasis;
import org.mendwell.letters.LetterKind;
import org.mendwell.letters.MyLettersService;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.HttpVisitor;
import org.mendwell.support.MendwellWebTest;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The letter's last words posted as its page is left, over real HTTP: kept for the writer with the page's CSRF
 * token; refused without it, to someone not signed in, and for a letter that is not the poster's own.
 */
@MendwellWebTest
@ChangesDemoPractice
class LetterDraftOnLeavingTest {

    private static final String TEXT_PLAIN = "text/plain;charset=UTF-8";

    @LocalServerPort
    int port;

    @Autowired
    SignIn signIn;

    @Autowired
    MyLettersService letters;

    @Autowired
    CoupleLinkService coupleLinks;

    @Autowired
    ClientIds clientIds;

    private UUID jonassDraft() {
        signIn.as(Demo.JONAS);
        return letters.startLetter(LetterKind.APOLOGY);
    }

    /** The address a page just opened on the draft posts to. */
    private String pageOn(UUID draft) {
        signIn.as(Demo.JONAS);
        return LetterDraftOnLeaving.path(
                draft, new DraftBasis(UUID.randomUUID(), letters.myLetter(draft).version()));
    }

    private HttpVisitor signedIn(String email) {
        return HttpVisitor.signedIn(port, email, Demo.PASSWORD);
    }

    private static String[] csrf(HttpVisitor visitor) {
        return new String[] {"X-CSRF-TOKEN", visitor.csrfTokenOf("/my/letters")};
    }

    @Test
    void the_writer_s_last_words_are_kept() {
        UUID draft = jonassDraft();
        var jonas = signedIn(Demo.JONAS);

        var response = jonas.post(pageOn(draft), TEXT_PLAIN, "The last words, é ✓", csrf(jonas));

        assertThat(response.statusCode()).isEqualTo(204);
        signIn.as(Demo.JONAS);
        assertThat(letters.myLetter(draft).body()).isEqualTo("The last words, é ✓");
    }

    @Test
    void without_the_page_s_csrf_token_nothing_is_saved() {
        UUID draft = jonassDraft();
        var jonas = signedIn(Demo.JONAS);

        var response = jonas.post(pageOn(draft), TEXT_PLAIN, "Posted by another site");

        assertThat(response.statusCode()).isEqualTo(403);
        signIn.as(Demo.JONAS);
        assertThat(letters.myLetter(draft).body()).isEmpty();
    }

    @Test
    void the_partner_and_someone_not_signed_in_cannot_write_into_the_letter() {
        UUID draft = jonassDraft();
        var robin = signedIn(Demo.CLIENT);

        assertThat(robin.post(pageOn(draft), TEXT_PLAIN, "Robin's words", csrf(robin))
                        .statusCode())
                .isEqualTo(404);
        var stranger = new HttpVisitor(port);
        assertThat(stranger.post(
                                pageOn(draft),
                                TEXT_PLAIN,
                                "A stranger's words",
                                "X-CSRF-TOKEN",
                                stranger.csrfTokenOfTheLogInPage())
                        .statusCode())
                .isIn(302, 401, 403);
        signIn.as(Demo.JONAS);
        assertThat(letters.myLetter(draft).body()).isEmpty();
    }

    @Test
    void words_posted_from_a_page_whose_copy_another_tab_has_moved_past_are_refused_not_saved_over_newer_ones() {
        UUID draft = jonassDraft();
        String olderPage = pageOn(draft);
        signIn.as(Demo.JONAS);
        letters.saveDraft(draft, "Newer words from another tab", new DraftBasis(UUID.randomUUID(), 0));
        var jonas = signedIn(Demo.JONAS);

        var stale = jonas.post(olderPage, TEXT_PLAIN, "Older copy's words", csrf(jonas));
        var unsaid = jonas.post(LetterDraftOnLeaving.PATH + draft, TEXT_PLAIN, "Says no copy", csrf(jonas));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(unsaid.statusCode()).isEqualTo(409);
        signIn.as(Demo.JONAS);
        assertThat(letters.myLetter(draft).body()).isEqualTo("Newer words from another tab");
    }

    @Test
    @ChangesDemoPractice // the ending must not reach the other tests of this class
    void words_posted_after_the_couple_link_ended_get_a_plain_conflict_not_an_error() {
        UUID draft = jonassDraft();
        letters.saveDraft(
                draft,
                "Before the ending",
                new DraftBasis(UUID.randomUUID(), letters.myLetter(draft).version()));
        var jonas = signedIn(Demo.JONAS);
        String[] token = csrf(jonas);
        signIn.as(Demo.CLINICIAN);
        coupleLinks.endLink(clientIds.of(Demo.CLIENT), CoupleLinkEnding.SEPARATION, "Living apart for now.");

        var response = jonas.post(pageOn(draft), TEXT_PLAIN, "After the ending", token);

        assertThat(response.statusCode()).isEqualTo(409);
        signIn.as(Demo.JONAS);
        assertThat(letters.myLetter(draft).body()).isEqualTo("Before the ending");
    }
}
