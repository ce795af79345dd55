package org.mendwell.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.support.Demo;
import org.mendwell.support.HttpVisitor;
import org.mendwell.support.MendwellWebTest;
import org.mendwell.support.SignInFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Security round 2, finding 4: nothing secret travels in a web address, where proxy and access logs,
 * browser history and Referer headers keep it. Over real HTTP.
 */
@MendwellWebTest
class CredentialsInUrlsOverHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    SignInFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void freshCounts() {
        fixtures.freshStart();
    }

    private static String query(String email, String password) {
        return "?username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
    }

    @Test
    void a_name_and_password_in_the_address_of_the_log_in_post_are_refused_and_sign_nobody_in() {
        var visitor = new HttpVisitor(port);
        String token = visitor.csrfTokenOfTheLogInPage();

        var response = visitor.postForm("/login" + query(Demo.CLIENT, Demo.PASSWORD), Map.of("_csrf", token));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(visitor.get("/my/exercises").statusCode())
                .as("still signed out")
                .isEqualTo(302);
    }

    /** Issue 16: the refusal was English for everyone. */
    @Test
    void the_refusal_is_short_plain_text_in_the_visitors_language() {
        var spanishBrowser = new HttpVisitor(port).speaking("es-MX,es;q=0.9,en;q=0.5");
        var response = spanishBrowser.get("/login" + query(Demo.CLIENT, Demo.PASSWORD));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(response.body())
                .isEqualTo("Los datos de inicio de sesión nunca se envían en una dirección web."
                        + " Use el formulario de inicio de sesión.")
                .doesNotContain(Demo.CLIENT, Demo.PASSWORD);

        assertThat(new HttpVisitor(port).get("/login?password=x").body())
                .as("no Accept-Language: the practice's language")
                .isEqualTo("Sign-in details are never sent in a web address. Please use the sign-in form.");
    }

    @Test
    void a_signed_in_person_is_refused_in_their_accounts_language_whatever_the_browser_says() {
        jdbc.update("update account set language = 'es' where email = ?", Demo.CLINICIAN);
        try {
            var visitor = new HttpVisitor(port).speaking("en-GB,en;q=0.9");
            assertThat(visitor.signIn(Demo.CLINICIAN, Demo.PASSWORD)).doesNotContain("login");

            var response = visitor.get("/caseload?password=x");

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).startsWith("Los datos de inicio de sesión nunca se envían");
        } finally {
            jdbc.update("update account set language = null where email = ?", Demo.CLINICIAN);
        }
    }

    @Test
    void a_password_in_the_address_is_refused_even_beside_a_proper_form() {
        var visitor = new HttpVisitor(port);
        String token = visitor.csrfTokenOfTheLogInPage();

        var response = visitor.postForm(
                "/login?Password=" + URLEncoder.encode(Demo.PASSWORD, StandardCharsets.UTF_8),
                Map.of("username", Demo.CLIENT, "password", Demo.PASSWORD, "_csrf", token));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(visitor.get("/my/exercises").statusCode())
                .as("still signed out")
                .isEqualTo(302);
        assertThat(visitor.signIn(Demo.CLIENT, Demo.PASSWORD))
                .as("the form alone signs in")
                .doesNotContain("login");
    }

    @Test
    void the_session_id_is_never_written_into_an_address() {
        var visitor = new HttpVisitor(port);

        var toLogIn = visitor.get("/my/exercises");
        var logInPage = visitor.get("/login");

        assertThat(toLogIn.statusCode()).isEqualTo(302);
        assertThat(toLogIn.headers().firstValue("Location").orElseThrow()).doesNotContainIgnoringCase("jsessionid");
        assertThat(logInPage.body()).doesNotContainIgnoringCase("jsessionid");
        assertThat(visitor.sessionId()).as("the session travels in the cookie").isPresent();
    }

    @Test
    void a_session_id_offered_in_the_address_opens_nothing() {
        var owner = new HttpVisitor(port);
        assertThat(owner.signIn(Demo.CLIENT, Demo.PASSWORD)).doesNotContain("login");
        String ownersSession = owner.sessionId().orElseThrow();

        var stranger = new HttpVisitor(port);
        var response = stranger.get("/my/exercises;jsessionid=" + ownersSession);

        assertThat(response.statusCode())
                .as("refused or sent to sign in, never the owner's page")
                .isIn(302, 400);
        assertThat(response.body()).doesNotContain("Robin");
    }
}
