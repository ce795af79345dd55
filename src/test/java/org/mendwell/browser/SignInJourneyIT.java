package org.mendwell.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellWebTest;

/** Real log-ins in Chromium against the running portal, with screenshots and an accessibility scan per page. */
@MendwellWebTest
class SignInJourneyIT extends BrowserTest {

    private void signIn(String email) {
        signIn(email, Demo.PASSWORD);
    }

    @Test
    void the_log_in_page_is_accessible_and_a_wrong_password_gets_one_calm_message_keeping_the_address_typed() {
        page.navigate(url("login"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        Accessibility.assertNoSeriousViolations(page, "log-in page");
        screenshot("login");

        page.locator("input[name='username']").fill(Demo.CLINICIAN);
        page.locator("input[name='password']").fill("not the password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/login\\?error.*"));
        assertThat(page.getByText("Those details didn't work")).isVisible();
        assertThat(page.locator("input[name='username']")).hasValue(Demo.CLINICIAN); // the address typed is kept

        page.locator("input[name='password']").fill(Demo.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/caseload.*"));
    }

    @Test
    void a_clinician_signs_in_sees_their_caseload_and_logs_out() {
        signIn(Demo.CLINICIAN);

        assertThat(page).hasURL(Pattern.compile(".*/caseload.*"));
        assertThat(page.getByText("Robin Ashdown (with Jonas Kettering)")).isVisible();
        assertThat(page.getByText("Casey Marlowe")).hasCount(0);
        assertThat(page.getByText("Dr. Mira Castell")).isVisible();
        Accessibility.assertNoSeriousViolations(page, "caseload");
        screenshot("caseload");

        logOut();
        page.navigate(url("caseload"));
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
    }

    @Test
    void a_client_signs_in_sees_their_exercises_and_logs_out() {
        signIn(Demo.CLIENT);

        assertThat(page).hasURL(Pattern.compile(".*/my/exercises.*"));
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Hello, Robin").setExact(true)))
                .isVisible(); // the name she asked to be called in her intake
        Accessibility.assertNoSeriousViolations(page, "my exercises");
        screenshot("my-exercises");

        page.navigate(url("caseload"));
        assertThat(page.getByText("This page isn't available to you")).isVisible();
        Accessibility.assertNoSeriousViolations(page, "access denied");
        assertThat(page.getByText("Priya Nandakumar")).hasCount(0);

        page.navigate(url("my/exercises"));
        logOut();
    }

    @Test
    void a_client_on_a_360_pixel_phone_reaches_the_menu_and_logs_out() {
        newContext(360, 740);
        signIn(Demo.CLIENT);

        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Hello, Robin").setExact(true)))
                .isVisible(); // the name she asked to be called in her intake
        Number overflow = (Number) page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
        org.assertj.core.api.Assertions.assertThat(overflow.intValue())
                .as("horizontal overflow in px")
                .isLessThanOrEqualTo(0);
        Accessibility.assertNoSeriousViolations(page, "my exercises on a phone");
        screenshot("my-exercises-phone");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open or close the menu"))
                .click();
        logOut();
    }

    @Test
    void an_administrator_signs_in_to_the_practice_overview_and_opens_the_clinician_accounts() {
        signIn(Demo.ADMIN);

        assertThat(page).hasURL(Pattern.compile(".*/admin.*"));
        assertThat(page.getByText("Practice overview").first()).isVisible();
        assertThat(page.getByText("Dr. Tomas Lindqvist")).isVisible();
        Accessibility.assertNoSeriousViolations(page, "practice overview");
        screenshot("admin");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Clinicians"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/admin/clinicians.*"));
        assertThat(page.getByText("Clinician accounts")).isVisible();
        Accessibility.assertNoSeriousViolations(page, "clinician accounts");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Consent texts"))
                .click();
        assertThat(page.getByText("Clients reading English now sign version 1."))
                .isVisible();
        Accessibility.assertNoSeriousViolations(page, "consent texts");
        logOut();
    }
}
