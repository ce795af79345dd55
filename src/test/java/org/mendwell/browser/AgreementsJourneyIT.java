package org.mendwell.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellWebTest;
import org.mendwell.support.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Agreements in Chromium: the clinician records a daily promise for Jonas on Robin's page, Jonas marks today kept
 * on a 360 px phone, Robin notices it, and the clinician sees both on the couple's progress tab; on a flagged case
 * the same recording is refused with the reason asked for. Axe on every page.
 */
@MendwellWebTest
@ChangesDemoPractice
class AgreementsJourneyIT extends BrowserTest {

    static final String PROMISE = "Tell Robin where I am when plans change";

    @Autowired
    MutableClock clock;

    @Autowired
    ClientIds clientIds;

    @Autowired
    JdbcClient jdbc;

    /** Noon where the couple lives, so that today can be the start and is still today when Jonas marks it. */
    @BeforeEach
    void atNoonWhereTheCoupleLives() {
        ZoneId london = ZoneId.of("Europe/London");
        ZonedDateTime now = ZonedDateTime.now(london);
        ZonedDateTime noon = now.toLocalDate().atTime(12, 0).atZone(london);
        clock.set((noon.isAfter(now) ? noon : noon.plusDays(1)).toInstant());
    }

    /**
     * What does not fit the screen: a marking button past either edge or with its label cut off (its shadow label
     * scrolls), and a page wider than the window (horizontal overflow).
     */
    @SuppressWarnings("unchecked")
    private List<String> cutOffAtThisWidth() {
        return (List<String>) page.evaluate("""
                () => {
                  const problems = [];
                  document.querySelectorAll('.mw-mark-buttons vaadin-button').forEach(b => {
                    const box = b.getBoundingClientRect();
                    const label = b.shadowRoot && b.shadowRoot.querySelector('[part=label]');
                    const name = (b.innerText || '').trim();
                    if (box.left < 0 || box.right > window.innerWidth) problems.push('off the screen: ' + name);
                    if (label && label.scrollWidth > label.clientWidth + 1) problems.push('cut off: ' + name);
                  });
                  if (document.documentElement.scrollWidth > window.innerWidth)
                    problems.push('page ' + document.documentElement.scrollWidth + ' px wide');
                  return problems;
                }
                """);
    }

    private UUID robin() {
        return clientIds.of(Demo.CLIENT);
    }

    private void recordJonasPromise() {
        button("Record an agreement").click();
        assertThat(page.locator("vaadin-dialog[opened]")).hasCount(1);
        field("The promise, in the words agreed").fill(PROMISE);
        page.getByRole(
                        AriaRole.RADIO,
                        new Page.GetByRoleOptions().setName("Jonas Kettering").setExact(true))
                .check();
        button("Record").click();
    }

    @Test
    void a_promise_kept_on_a_phone_noticed_by_the_partner_and_seen_by_the_clinician() {
        signIn(Demo.CLINICIAN, Demo.PASSWORD);
        page.navigate(url("clients/" + robin()));
        recordJonasPromise();
        assertThat(page.locator("vaadin-dialog[opened]")).hasCount(0);
        assertThat(page.locator(".mw-agreement-list")
                        .getByText("Jonas Kettering: " + PROMISE, new Locator.GetByTextOptions().setExact(false)))
                .isVisible();
        Accessibility.assertNoSeriousViolations(page, "the client page with an agreement");
        logOut();

        // A new browser context is a new visitor: on a phone the log-out button is in the closed drawer.
        newContext(360, 640);
        signIn(Demo.JONAS, Demo.PASSWORD);
        page.navigate(url("my/agreements"));
        Locator kept = button("Kept, today");
        assertThat(kept).isVisible();
        var box = kept.boundingBox();
        org.assertj.core.api.Assertions.assertThat(box.height)
                .as("a large tap target")
                .isGreaterThanOrEqualTo(44.0);
        org.assertj.core.api.Assertions.assertThat(box.x + box.width)
                .as("on a 360 px screen")
                .isLessThanOrEqualTo(360.0);
        org.assertj.core.api.Assertions.assertThat(cutOffAtThisWidth())
                .as("Kept, Partly and Not this time all whole on a 360 px phone, and no sideways scrolling")
                .isEmpty();
        Accessibility.assertNoSeriousViolations(page, "Jonas's agreements on a phone");
        kept.click();
        assertThat(page.getByText("One kept day in a row.")).isVisible();
        screenshot("agreements-kept-phone");
        Accessibility.assertNoSeriousViolations(page, "Jonas's agreements after marking");

        newContext(360, 640);
        signIn(Demo.CLIENT, Demo.PASSWORD);
        page.navigate(url("my/agreements"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^I noticed: ")))
                .click();
        assertThat(page.getByText("You noticed this")).isVisible();
        Accessibility.assertNoSeriousViolations(page, "Robin's agreements page");

        newContext(1280, 800);
        signIn(Demo.CLINICIAN, Demo.PASSWORD);
        page.navigate(url("clients/" + robin() + "?tab=progress"));
        // The progress tab builds its charts and grid first; on a busy machine that takes more than five seconds.
        assertThat(page.locator(".mw-agreements-progress"))
                .isAttached(new com.microsoft.playwright.assertions.LocatorAssertions.IsAttachedOptions()
                        .setTimeout(30_000));
        assertThat(page.getByText("1 kept in all · current run 1 · noticed by the partner 1 times"))
                .isVisible();
        assertThat(page.locator(".mw-kept-weeks").getByText("100 %")).isVisible();
        Accessibility.assertNoSeriousViolations(page, "the couple's progress with agreements");
    }

    @Test
    void on_a_flagged_case_recording_is_refused_until_the_clinician_writes_a_reason() {
        jdbc.sql("update client set safety_flag = true where email = :email")
                .param("email", Demo.JONAS)
                .update();
        signIn(Demo.CLINICIAN, Demo.PASSWORD);
        page.navigate(url("clients/" + robin()));
        recordJonasPromise();

        assertThat(page.getByText("This case has a safety flag. Agreements are off unless you write your reason"))
                .isVisible();
        assertThat(field("The promise, in the words agreed")).hasValue(PROMISE);
        Accessibility.assertNoSeriousViolations(page, "the refused agreement");

        field("Why agreements are right despite the safety flag").fill("Screened in session; both asked for it");
        button("Record").click();
        assertThat(page.locator("vaadin-dialog[opened]")).hasCount(0);
        jdbc.sql("update client set safety_flag = false where email = :email")
                .param("email", Demo.JONAS)
                .update();
    }
}
