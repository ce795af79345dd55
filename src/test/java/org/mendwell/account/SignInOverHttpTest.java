package org.mendwell.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.account.security.SignInThrottle;
import org.mendwell.support.Demo;
import org.mendwell.support.HttpVisitor;
import org.mendwell.support.MendwellWebTest;
import org.mendwell.support.MutableClock;
import org.mendwell.support.SignInFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Signing in over real HTTP: session ids, CSRF, how repeated failures slow down and pause sign-in,
 * and how device cookies keep strangers' failures from locking the owner out.
 */
@MendwellWebTest
class SignInOverHttpTest {

    static final String UNKNOWN = "nobody.here@mendwell.example";
    static final String WRONG = "not the right password";
    static final String NEW_PASSWORD = "kettles sing in the blue kitchen";

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SignInFixtures fixtures;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    PasswordResetService passwordResets;

    @BeforeEach
    void freshCounts() {
        fixtures.freshStart();
    }

    @Test
    void signing_in_replaces_the_session_id() {
        var visitor = new HttpVisitor(port);
        visitor.get("/login");
        String before = visitor.sessionId().orElseThrow();

        String next = visitor.signIn(Demo.CLINICIAN, Demo.PASSWORD);

        assertThat(next).doesNotContain("error");
        assertThat(visitor.sessionId())
                .hasValueSatisfying(after -> assertThat(after).isNotEqualTo(before));
        assertThat(visitor.get("/caseload").statusCode()).isEqualTo(200);

        var thief = new HttpVisitor(port);
        thief.useSessionId(before);
        assertThat(thief.get("/caseload").statusCode())
                .as("the id from before sign-in opens nothing")
                .isEqualTo(302);
    }

    /**
     * Spring Security refuses the POST (403), and the error page it leads to is closed to a visitor who
     * is not signed in, so the browser is sent back to the log-in page: not signed in, and without the
     * "?error" of a wrong password (and never a session id in the address: tracking-modes=cookie).
     */
    private static void assertRefusedAsForged(HttpResponse<String> response, String what) {
        assertThat(response.statusCode()).as(what).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .as(what)
                .hasValueSatisfying(location -> assertThat(location).matches(".*/login"));
    }

    @Test
    void a_log_in_post_without_the_pages_csrf_token_signs_nobody_in() {
        var victim = new HttpVisitor(port);
        victim.get("/login");

        assertRefusedAsForged(
                victim.postForm("/login", Map.of("username", Demo.CLIENT, "password", Demo.PASSWORD)), "no token");
        assertThat(victim.get("/my/exercises").statusCode())
                .as("still signed out")
                .isEqualTo(302);
        assertRefusedAsForged(
                new HttpVisitor(port).postForm("/login", Map.of("username", Demo.CLIENT, "password", Demo.PASSWORD)),
                "no token and no session");
    }

    @Test
    void a_log_in_post_with_a_csrf_token_not_from_this_browsers_page_signs_nobody_in() {
        // What a cross-site page can send: a made-up token, or a real one from the attacker's own visit.
        String attackersOwnToken = new HttpVisitor(port).csrfTokenOfTheLogInPage();
        var victim = new HttpVisitor(port);
        victim.get("/login");

        for (String token : List.of("made-up-by-another-site", attackersOwnToken)) {
            assertRefusedAsForged(
                    victim.postForm(
                            "/login", Map.of("username", Demo.CLIENT, "password", Demo.PASSWORD, "_csrf", token)),
                    token);
            assertThat(victim.get("/my/exercises").statusCode())
                    .as("still signed out")
                    .isEqualTo(302);
        }
        assertThat(victim.signIn(Demo.CLIENT, Demo.PASSWORD))
                .as("with the page's own token")
                .doesNotContain("login");
        assertThat(victim.get("/my/exercises").statusCode()).isEqualTo(200);
    }

    @Test
    void the_log_in_page_is_the_portals_own_not_spring_securitys_default() {
        var page = new HttpVisitor(port).get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("Please sign in").contains("<title>");
    }

    @Test
    void a_link_to_a_new_e_mail_address_opened_while_signed_out_asks_to_sign_in_and_then_leads_back_to_it() {
        var visitor = new HttpVisitor(port);
        var link = visitor.get("/confirm-email/" + "a".repeat(43));

        assertThat(link.statusCode()).isEqualTo(302);
        assertThat(link.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
        assertThat(visitor.signIn(Demo.CLIENT, Demo.PASSWORD)).contains("/confirm-email/" + "a".repeat(43));
    }

    @Test
    void a_wrong_password_and_an_unknown_address_get_the_same_answer() {
        assertThat(new HttpVisitor(port).signIn(Demo.CLINICIAN, WRONG)).endsWith("/login?error");
        assertThat(new HttpVisitor(port).signIn(UNKNOWN, WRONG)).endsWith("/login?error");
    }

    @Test
    void after_ten_failures_even_the_right_password_is_refused_for_fifteen_minutes_known_account_or_not() {
        // From a different machine each time, so that only the e-mail's count can pause them.
        for (int i = 0; i < 10; i++) {
            clock.set(
                    clock.instant().plusSeconds(321)); // past the longest wait before the pause (5 s doubled six times)
            new HttpVisitor(port, "127.0.1." + i).signIn(Demo.CLINICIAN, WRONG);
            new HttpVisitor(port, "127.0.2." + i).signIn(UNKNOWN, WRONG);
        }

        assertThat(new HttpVisitor(port).signIn(Demo.CLINICIAN, Demo.PASSWORD)).endsWith("/login?error");
        assertThat(new HttpVisitor(port).signIn(UNKNOWN, Demo.PASSWORD)).endsWith("/login?error");

        clock.set(clock.instant().plus(Duration.ofMinutes(14)));
        assertThat(new HttpVisitor(port).signIn(Demo.CLINICIAN, Demo.PASSWORD)).endsWith("/login?error");
        clock.set(clock.instant().plus(Duration.ofMinutes(2)));
        assertThat(new HttpVisitor(port).signIn(Demo.CLINICIAN, Demo.PASSWORD)).doesNotContain("error");
    }

    @Test
    void after_three_failures_the_next_try_must_wait_a_few_seconds() {
        for (int i = 0; i < 3; i++) {
            assertThat(new HttpVisitor(port).signIn(Demo.CLIENT, WRONG)).endsWith("/login?error");
        }

        assertThat(new HttpVisitor(port).signIn(Demo.CLIENT, Demo.PASSWORD))
                .as("within the wait")
                .endsWith("/login?error");
        clock.set(clock.instant().plusSeconds(6));
        assertThat(new HttpVisitor(port).signIn(Demo.CLIENT, Demo.PASSWORD)).doesNotContain("error");
        assertThat(jdbc.queryForObject("select count(*) from sign_in_throttle", Long.class))
                .as("only the address's count remains after the success")
                .isEqualTo(1);
    }

    @Test
    void one_address_trying_many_accounts_is_paused_for_every_account() {
        String from = "127.0.3.1";
        for (int i = 0; i < 30; i++) {
            new HttpVisitor(port, from).signIn("guess" + i + "@example.org", WRONG);
        }

        assertThat(new HttpVisitor(port, from).signIn(Demo.CLINICIAN_2, Demo.PASSWORD))
                .endsWith("/login?error");
        assertThat(new HttpVisitor(port, "127.0.3.2").signIn(Demo.CLINICIAN_2, Demo.PASSWORD))
                .as("from another machine")
                .doesNotContain("error");
    }

    /** Ten wrong passwords for the e-mail from ten machines, each after the server's own back-off: the pause starts. */
    private void strangersPause(String email) {
        for (int i = 0; i < 10; i++) {
            clock.set(
                    clock.instant().plusSeconds(321)); // past the longest wait before the pause (5 s doubled six times)
            assertThat(new HttpVisitor(port, "127.0.5." + (i + 1)).signIn(email, WRONG))
                    .endsWith("/login?error");
        }
    }

    /** A browser the owner signed in with and then closed: it keeps its cookies but not its session. */
    private HttpVisitor browserSignedInBefore(String email, String from) {
        var browser = new HttpVisitor(port, from);
        assertThat(browser.signIn(email, Demo.PASSWORD)).doesNotContain("error");
        assertThat(browser.cookieNamed(c -> c.startsWith("mw-device-")))
                .as("a device cookie after signing in")
                .isPresent();
        browser.closeSession();
        return browser;
    }

    @Test
    void strangers_who_pause_an_e_mail_address_do_not_lock_its_owner_out_of_a_browser_she_signed_in_with_before() {
        var ownersLaptop = browserSignedInBefore(Demo.CLIENT, "127.0.4.1");

        strangersPause(Demo.CLIENT);
        assertThat(new HttpVisitor(port, "127.0.4.2").signIn(Demo.CLIENT, Demo.PASSWORD))
                .as("a browser she never signed in with is paused, as before")
                .endsWith("/login?error");
        // One more wrong try every fifteen minutes keeps the e-mail paused for strangers.
        clock.set(clock.instant().plus(Duration.ofMinutes(15)).plusSeconds(1));
        assertThat(new HttpVisitor(port, "127.0.5.99").signIn(Demo.CLIENT, WRONG))
                .endsWith("/login?error");
        assertThat(new HttpVisitor(port, "127.0.4.2").signIn(Demo.CLIENT, Demo.PASSWORD))
                .endsWith("/login?error");

        assertThat(ownersLaptop.signIn(Demo.CLIENT, Demo.PASSWORD))
                .as("her own laptop")
                .doesNotContain("error");
        assertThat(ownersLaptop.get("/my/exercises").statusCode()).isEqualTo(200);
        assertThat(new HttpVisitor(port, "127.0.4.3").signIn(Demo.CLIENT, Demo.PASSWORD))
                .as("her sign-in does not lift the pause for strangers")
                .endsWith("/login?error");
    }

    @Test
    void a_forged_or_tampered_device_cookie_gives_no_exemption() {
        var ownersLaptop = browserSignedInBefore(Demo.CLIENT, "127.0.4.1");
        HttpCookie genuine =
                ownersLaptop.cookieNamed(c -> c.startsWith("mw-device-")).orElseThrow();
        HttpCookie anothersOwn = browserSignedInBefore(Demo.CLIENT_2, "127.0.4.5")
                .cookieNamed(c -> c.startsWith("mw-device-"))
                .orElseThrow();
        strangersPause(Demo.CLIENT);

        String nonce = genuine.getValue().substring(0, genuine.getValue().indexOf('.'));
        String signature = genuine.getValue().substring(genuine.getValue().indexOf('.') + 1);
        char last = signature.charAt(signature.length() - 1);
        var forgeries = Map.of(
                "signature changed in one character",
                nonce + "." + signature.substring(0, signature.length() - 1) + (last == 'A' ? 'B' : 'A'),
                "another nonce under the same signature",
                "AAAAAAAAAAAAAAAAAAAAAA." + signature,
                "no signature",
                nonce,
                "another account's genuine cookie",
                anothersOwn.getValue(),
                "made up",
                "hello");
        int machine = 10;
        for (var forged : forgeries.entrySet()) {
            var stranger = new HttpVisitor(port, "127.0.6." + machine++);
            stranger.addCookie(genuine.getName(), forged.getValue());
            assertThat(stranger.signIn(Demo.CLIENT, Demo.PASSWORD))
                    .as(forged.getKey())
                    .endsWith("/login?error");
        }
        var withAnothersCookieUnderItsOwnName = new HttpVisitor(port, "127.0.6.40");
        withAnothersCookieUnderItsOwnName.addCookie(anothersOwn.getName(), anothersOwn.getValue());
        assertThat(withAnothersCookieUnderItsOwnName.signIn(Demo.CLIENT, Demo.PASSWORD))
                .endsWith("/login?error");

        assertThat(ownersLaptop.signIn(Demo.CLIENT, Demo.PASSWORD))
                .as("the genuine cookie still works")
                .doesNotContain("error");
    }

    @Test
    void wrong_passwords_in_a_trusted_browser_count_against_its_cookie_not_the_account() {
        var sharedComputer = browserSignedInBefore(Demo.CLIENT, "127.0.4.1");

        for (int i = 0; i < 3; i++) {
            assertThat(sharedComputer.signIn(Demo.CLIENT, WRONG)).endsWith("/login?error");
        }
        assertThat(sharedComputer.signIn(Demo.CLIENT, Demo.PASSWORD))
                .as("its own wait after three failures")
                .endsWith("/login?error");
        for (int i = 0; i < 7; i++) {
            clock.set(clock.instant().plusSeconds(321));
            assertThat(sharedComputer.signIn(Demo.CLIENT, WRONG)).endsWith("/login?error");
        }

        assertThat(throttle.mustWait(Demo.CLIENT, "127.0.4.2"))
                .as("the e-mail is not paused")
                .isFalse();
        assertThat(new HttpVisitor(port, "127.0.4.2").signIn(Demo.CLIENT, Demo.PASSWORD))
                .as("from another browser")
                .doesNotContain("error");
    }

    @Test
    void after_a_completed_password_reset_the_owner_signs_in_from_a_new_browser_despite_the_strangers() {
        String before =
                jdbc.queryForObject("select password_hash from account where email = ?", String.class, Demo.CLIENT_2);
        try {
            strangersPause(Demo.CLIENT_2);
            assertThat(new HttpVisitor(port, "127.0.4.7").signIn(Demo.CLIENT_2, Demo.PASSWORD))
                    .endsWith("/login?error");

            resetWithALink(Demo.CLIENT_2);

            assertThat(new HttpVisitor(port, "127.0.4.8").signIn(Demo.CLIENT_2, NEW_PASSWORD))
                    .as("a new browser")
                    .doesNotContain("error");
        } finally {
            jdbc.update("update account set password_hash = ? where email = ?", before, Demo.CLIENT_2);
        }
    }

    /** The owner chooses NEW_PASSWORD through a reset link, as from the mail "Forgot password?" sends. */
    private void resetWithALink(String email) {
        String token = Tokens.newToken();
        jdbc.update(
                """
                insert into password_reset (id, account_id, token_hash, created_at, expires_at)
                select ?, id, ?, ?, ? from account where email = ?""",
                UUID.randomUUID(),
                Tokens.sha256(token),
                LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
                LocalDateTime.ofInstant(clock.instant().plus(Duration.ofMinutes(30)), ZoneOffset.UTC),
                email);
        passwordResets.reset(token, NEW_PASSWORD);
    }

    /**
     * Security round 2, finding 3: a device cookie copied from the owner's browser kept its exemption from
     * the strangers' pause after she reset her password. Cookies are now bound to the account's session
     * epoch, which a reset, a password change, an address change and turning off the app all raise.
     */
    @Test
    void a_password_reset_takes_the_exemption_from_every_device_cookie_issued_before_it() {
        String before =
                jdbc.queryForObject("select password_hash from account where email = ?", String.class, Demo.CLIENT_2);
        try {
            HttpCookie copied = browserSignedInBefore(Demo.CLIENT_2, "127.0.4.1")
                    .cookieNamed(c -> c.startsWith("mw-device-"))
                    .orElseThrow();

            resetWithALink(Demo.CLIENT_2);
            var ownersNewLaptop = new HttpVisitor(port, "127.0.4.9");
            assertThat(ownersNewLaptop.signIn(Demo.CLIENT_2, NEW_PASSWORD)).doesNotContain("error");
            ownersNewLaptop.closeSession();
            strangersPause(Demo.CLIENT_2);

            var thief = new HttpVisitor(port, "127.0.6.50");
            thief.addCookie(copied.getName(), copied.getValue());
            assertThat(thief.signIn(Demo.CLIENT_2, NEW_PASSWORD))
                    .as("a cookie from before the reset")
                    .endsWith("/login?error");
            assertThat(ownersNewLaptop.signIn(Demo.CLIENT_2, NEW_PASSWORD))
                    .as("one issued after it")
                    .doesNotContain("error");
        } finally {
            jdbc.update("update account set password_hash = ? where email = ?", before, Demo.CLIENT_2);
        }
    }

    /**
     * Security round 2, finding 9: a stranger on the owner's network (the same public address) who pauses
     * that address paused her own browser too. The address's limit stays for everyone else; a browser with a
     * valid device cookie for the account sees a limit ten times higher, and its own cookie's count.
     */
    @Test
    void strangers_who_pause_the_owners_network_address_do_not_pause_her_own_browser_there() {
        String sharedNetwork = "127.0.4.20";
        var ownersLaptop = browserSignedInBefore(Demo.CLIENT, sharedNetwork);
        for (int i = 0; i < 30; i++) {
            throttle.recordFailure("stranger" + i + "@example.org", sharedNetwork);
        }

        assertThat(new HttpVisitor(port, sharedNetwork).signIn(Demo.CLIENT, Demo.PASSWORD))
                .as("a browser she never signed in with, on that network")
                .endsWith("/login?error");
        assertThat(ownersLaptop.signIn(Demo.CLIENT, Demo.PASSWORD))
                .as("her own browser there")
                .doesNotContain("error");
        assertThat(new HttpVisitor(port, sharedNetwork).signIn(Demo.CLIENT_2, Demo.PASSWORD))
                .as("the address stays paused for everyone else")
                .endsWith("/login?error");
    }
}
