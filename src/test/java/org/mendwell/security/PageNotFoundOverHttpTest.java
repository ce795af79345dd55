package org.mendwell.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mendwell.letters.LetterKind;
import org.mendwell.letters.MyLettersService;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.Demo;
import org.mendwell.support.HttpVisitor;
import org.mendwell.support.MendwellWebTest;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A broken or incomplete link, over real HTTP: a signed-in person gets the portal's calm "not found" page with 404,
 * in their language, whether the address has no page at all, lacks its record's id, or names a record that does
 * not exist or is someone else's; someone not signed in is sent to log in, for a page that exists or not.
 */
@MendwellWebTest
class PageNotFoundOverHttpTest {

    private static final String NOT_FOUND = "This page does not exist or is not yours";

    @LocalServerPort
    int port;

    @Autowired
    SignIn signIn;

    @Autowired
    MyLettersService letters;

    @Autowired
    org.mendwell.support.ClientIds clientIds;

    private HttpVisitor signedIn(String email) {
        return HttpVisitor.signedIn(port, email, Demo.PASSWORD);
    }

    /** The page as Vaadin draws it on the first request: its texts travel in the initial response. */
    private static void assertCalmNotFound(HttpResponse<String> response, String where, String heading) {
        assertThat(response.statusCode()).as(where).isEqualTo(404);
        assertThat(response.body())
                .as(where + ": the calm page inside the portal's layout (its menu's log-out), not Vaadin's route list")
                .contains(heading)
                .doesNotContain("Could not navigate", "Available routes");
    }

    @Test
    void a_signed_in_client_following_an_incomplete_or_broken_link_gets_the_calm_not_found_page() {
        var robin = signedIn(Demo.CLIENT);
        for (String path : new String[] {"/my/letter", "/my/letter-from", "/no/such/page", "/my/letters/extra"}) {
            assertCalmNotFound(robin.get(path), path, NOT_FOUND);
            assertThat(robin.get(path).body()).as(path).contains("Log out");
        }
    }

    @Test
    @ChangesDemoPractice
    void a_letter_that_does_not_exist_and_one_that_is_someone_elses_answer_alike() {
        signIn.as(Demo.JONAS);
        UUID jonassDraft = letters.startLetter(LetterKind.APOLOGY);
        var robin = signedIn(Demo.CLIENT);

        var missing = robin.get("/my/letter/" + UUID.randomUUID());
        var someoneElses = robin.get("/my/letter/" + jonassDraft);

        assertCalmNotFound(missing, "a letter that does not exist", NOT_FOUND);
        assertCalmNotFound(someoneElses, "the partner's draft", NOT_FOUND);
        assertCalmNotFound(robin.get("/my/letter/not-an-id"), "not an id", NOT_FOUND);
        assertCalmNotFound(robin.get("/my/letter-from/" + jonassDraft), "a letter not released to her", NOT_FOUND);
        assertThat(someoneElses.body()).doesNotContain("APOLOGY", "Apology");
        signIn.as(Demo.CLIENT);
        UUID robinsOwn = letters.startLetter(LetterKind.APOLOGY);
        assertThat(robin.get("/my/letter/" + robinsOwn).statusCode())
                .as("her own letter opens")
                .isEqualTo(200);
    }

    @Test
    void a_client_page_or_an_agreement_of_another_clinician_answers_404_like_one_that_does_not_exist() {
        var otherClinician = signedIn(Demo.CLINICIAN_2);
        signIn.as(Demo.CLINICIAN);
        var robin = clientIds.of(Demo.CLIENT);

        assertCalmNotFound(otherClinician.get("/couple-work/" + robin), "another clinician's couple", NOT_FOUND);
        assertCalmNotFound(
                otherClinician.get("/couple-work/" + UUID.randomUUID()), "a couple that does not exist", NOT_FOUND);
        assertThat(signedIn(Demo.CLINICIAN).get("/couple-work/" + robin).statusCode())
                .as("their own couple's page opens")
                .isEqualTo(200);
    }

    @Test
    void a_clinician_gets_the_same_page_for_an_address_without_a_page() {
        assertCalmNotFound(signedIn(Demo.CLINICIAN).get("/couple-work"), "/couple-work", NOT_FOUND);
    }

    @Test
    void the_page_speaks_the_readers_language() {
        var visitor = signedIn(Demo.JONAS);
        assertCalmNotFound(
                visitor.get("/my/letter", "Accept-Language", "es-ES,es;q=0.9"),
                "/my/letter in Spanish",
                "Esta página no existe o no es suya");
    }

    @Test
    void someone_not_signed_in_is_sent_to_log_in_for_an_unknown_address_as_for_a_known_one() {
        var stranger = new HttpVisitor(port);
        for (String path : new String[] {"/my/letter", "/no/such/page", "/my/letters"}) {
            var response = stranger.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location"))
                    .as(path)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        }
    }
}
