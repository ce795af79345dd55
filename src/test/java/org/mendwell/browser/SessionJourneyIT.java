package org.mendwell.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.options.Cookie;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mendwell.client.domain.ClientStatusEventRepository;
import org.mendwell.shared.time.PersonalTime;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.ExerciseFixtures;
import org.mendwell.support.HttpVisitor;
import org.mendwell.support.MendwellWebTest;
import org.springframework.beans.factory.annotation.Autowired;

/** In Chromium: the warning before an idle session ends, the account page, and log-out ending the session on the server. */
@MendwellWebTest
class SessionJourneyIT extends BrowserTest {

    @Autowired
    ClientIds clientIds;

    @Autowired
    ExerciseFixtures exercises;

    @Autowired
    ClientStatusEventRepository statusEvents;

    @Autowired
    Clock clock;

    /**
     * A page with a record's id in its address is drawn while it is sent, before the browser reports its zone. A
     * clinician without a zone of their own (clinician2) reads times on their browser's clock there too, as on the
     * page reached by a click, not on the practice's (London).
     */
    @Test
    void a_page_opened_by_its_address_shows_times_on_the_browsers_clock() {
        newContext(new Browser.NewContextOptions().setViewportSize(1280, 800), "en-US", "America/New_York");
        signIn(Demo.CLINICIAN_2, Demo.PASSWORD);
        var casey = clientIds.of(Demo.CLIENT_2);
        Instant invited = statusEvents
                .findByClientIdOrderByOccurredAtAsc(casey)
                .getFirst()
                .getOccurredAt();

        page.navigate(url("clients/" + casey));

        String newYork = new PersonalTime(ZoneId.of("America/New_York"), Locale.US, clock).dateTime(invited);
        String london = new PersonalTime(ZoneId.of("Europe/London"), Locale.US, clock).dateTime(invited);
        assertThat(page.getByText(newYork + " — Invited")).isVisible();
        org.assertj.core.api.Assertions.assertThat(page.content()).doesNotContain(london + " — ");
    }

    /**
     * Vaadin's own messages are in the visitor's language: with the session cookie gone (a privacy add-on, a browser
     * that blocks cookies), the next click answers in Spanish for a Spanish reader, not with Vaadin's English default.
     */
    @Test
    void vaadins_own_messages_are_in_the_readers_language() {
        newContext(new Browser.NewContextOptions().setViewportSize(360, 740), "es-ES");
        page.navigate(url("login"));
        page.locator("input[name='username']").fill(Demo.HANA);
        page.locator("input[name='password']").fill(Demo.PASSWORD);
        page.locator("input[name='password']").press("Enter");
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
        page.navigate(url("account"));
        assertThat(button("Guardar idioma")).isVisible();

        context.clearCookies();
        button("Guardar idioma").click();

        assertThat(page.getByText("Las cookies están bloqueadas")).isVisible();
        org.assertj.core.api.Assertions.assertThat(page.content()).doesNotContain("Cookies disabled");
    }

    /**
     * A person who leaves the cursor in an answer and walks away: the warning takes the focus, and the field's blur
     * (a request, to send pending text) used to count as activity, so the warning closed itself at once and the
     * session never ended (acceptance exploration). The warning stays, and the page still reloads into the sign-in.
     */
    @Test
    void the_warning_stays_when_the_cursor_was_left_in_an_answer() {
        UUID occurrence = exercises.giveTodayAndSignOut(Demo.CLIENT, "daily-check-in");
        signIn(Demo.CLIENT, Demo.PASSWORD);
        page.clock().install();
        page.navigate(url("my/exercise/" + occurrence));
        var answer = page.locator("vaadin-text-area textarea").first();
        answer.click();
        answer.pressSequentially("Tired but steady");
        page.waitForTimeout(1_500); // the text is sent after a pause in typing
        var warning = page.locator("dialog.mw-idle-warning");

        page.clock().fastForward(14 * 60_000 + 1_000);
        assertThat(warning).isVisible();
        page.waitForTimeout(2_000); // a request the blur sent would have come back by now and closed it
        assertThat(warning).isVisible();
    }

    @Test
    void a_minute_before_an_idle_session_ends_a_warning_asks_and_stay_signed_in_closes_it() {
        signIn(Demo.CLINICIAN, Demo.PASSWORD);
        page.clock().install();
        page.navigate(url("caseload"));
        var warning = page.locator("dialog.mw-idle-warning");
        assertThat(page.getByText("Robin Ashdown (with Jonas Kettering)")).isVisible();

        page.clock().fastForward(13 * 60_000);
        assertThat(warning).not().isVisible();
        page.clock().fastForward(61_000);
        assertThat(warning).isVisible();
        assertThat(warning).containsText("Are you still there?");
        Accessibility.assertNoSeriousViolations(page, "idle warning");
        screenshot("idle-warning");

        warning.getByText("Stay signed in").click();
        assertThat(warning).not().isVisible();
    }

    @Test
    void the_account_page_is_accessible_and_offers_password_and_authenticator_app() {
        signIn(Demo.CLIENT, Demo.PASSWORD);
        page.navigate(url("account"));

        assertThat(page.getByText("Authenticator app").first()).isVisible();
        assertThat(button("Change password")).isVisible();
        assertThat(button("Set up authenticator app")).isVisible();
        Accessibility.assertNoSeriousViolations(page, "account security");
        screenshot("account-security");
    }

    @Test
    void logging_out_ends_the_session_on_the_server_so_a_copied_cookie_opens_nothing() {
        signIn(Demo.CLINICIAN, Demo.PASSWORD);
        String sessionId = context.cookies().stream()
                .filter(c -> c.name.equals("JSESSIONID"))
                .map((Cookie c) -> c.value)
                .findFirst()
                .orElseThrow();
        var copy = new HttpVisitor(port);
        copy.useSessionId(sessionId);
        org.assertj.core.api.Assertions.assertThat(copy.get("/caseload").statusCode())
                .as("before log-out")
                .isEqualTo(200);

        logOut();

        var response = copy.get("/caseload");
        org.assertj.core.api.Assertions.assertThat(response.statusCode()).isEqualTo(302);
        org.assertj.core.api.Assertions.assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location ->
                        org.assertj.core.api.Assertions.assertThat(location).endsWith("/login"));
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
    }

    @Test
    void the_log_in_page_links_to_forgot_password() {
        page.navigate(url("login"));
        page.getByText("Forgot password?").click();

        assertThat(page).hasURL(Pattern.compile(".*/forgot-password.*"));
        Accessibility.assertNoSeriousViolations(page, "forgot password");
        screenshot("forgot-password");
    }
}
