package org.mendwell.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;
import org.mendwell.client.ClientInvitationService;
import org.mendwell.client.InviteClient;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellWebTest;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.TestSecurityContextHolder;

/**
 * Pages on a 360 px phone. The administrator's clinician list: each row's actions on screen without
 * scrolling sideways (they sat in the last column, far to the right). The invitation page: a very long
 * name without spaces wraps instead of running off the screen.
 */
@MendwellWebTest
@ChangesDemoPractice
class PhoneLayoutIT extends BrowserTest {

    @Autowired
    SignIn signIn;

    @Autowired
    ClientInvitationService inviting;

    @Autowired
    org.mendwell.support.ExerciseFixtures exercises;

    @Autowired
    org.mendwell.support.ClientIds clientIds;

    @Autowired
    org.mendwell.triggers.TriggerLogService triggerLogs;

    /** Real use: the warning about an exercise already active ran past the dialog's right edge on a phone. */
    @Test
    void the_duplicate_exercise_warning_stays_inside_the_dialog_at_360_px() {
        String title = "\"Can I try that again?\" Finding your way back";
        exercises.giveTodayAndSignOut(Demo.HANA, "repair-attempts-try-that-again");

        newContext(360, 740);
        signIn(Demo.CLINICIAN, Demo.PASSWORD);
        page.navigate(url("clients/" + clientIds.of(Demo.HANA)));
        button("Give an exercise").click();
        field("Exercise").fill("try that again");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(title + " · Repair attempts"))
                .click();
        assertThat(page.locator("vaadin-combo-box[opened]")).hasCount(0);
        button("Give exercise").click();
        Locator warning = page.locator(".mw-warning");
        assertThat(warning).isVisible();
        assertThat(warning).containsText("already has \"'Can I try that again?' Finding your way back\" active");

        BoundingBox text = warning.boundingBox();
        BoundingBox form = page.locator("vaadin-form-layout")
                .filter(new Locator.FilterOptions().setHas(warning))
                .boundingBox();
        assertThat(text.x).as("the warning starts inside the dialog's form").isGreaterThanOrEqualTo(form.x);
        assertThat(text.x + text.width)
                .as("the warning ends inside the dialog's form")
                .isLessThanOrEqualTo(form.x + form.width + 0.5);
        assertThat(form.x + form.width).as("the form inside the screen").isLessThanOrEqualTo(360.0);
        assertThat(warning.evaluate("e => e.scrollWidth <= e.clientWidth"))
                .as("no text cut off inside the warning")
                .isEqualTo(true);
        screenshot("duplicate-warning-phone");
    }

    @Test
    void every_rows_actions_are_on_a_360_px_screen() {
        newContext(360, 640);
        signIn(Demo.ADMIN, Demo.PASSWORD);
        page.navigate(url("admin/clinicians"));
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Clinician accounts"))
                .waitFor();

        for (String action : new String[] {
            "Deactivate Dr. Mira Castell",
            "Lock Dr. Mira Castell",
            "Send reset link to Dr. Mira Castell",
            "Deactivate Dr. Tomas Lindqvist"
        }) {
            Locator button = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(action));
            assertThat(button).isVisible();
            BoundingBox box = button.boundingBox();
            assertThat(box.x).as(action + " starts on screen").isGreaterThanOrEqualTo(0.0);
            assertThat(box.x + box.width).as(action + " ends on screen").isLessThanOrEqualTo(360.0);
            assertThat(box.width).as(action + " wide enough to tap").isGreaterThanOrEqualTo(40.0);
        }
        screenshot("clinician-actions-phone");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lock Dr. Mira Castell"))
                .click();
        assertThat(page.getByText("Lock Dr. Mira Castell?")).isVisible();
    }

    /** The axe rules named, and only those, on the page as it is now: their violations, described. */
    private java.util.List<String> axe(String... rules) {
        return Accessibility.axe(page).withRules(java.util.List.of(rules)).analyze().getViolations().stream()
                .map(rule -> rule.getId() + " at "
                        + rule.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget()))
                                .toList())
                .toList();
    }

    /**
     * Real use at 1280 px: the caseload's headers broke inside words ("Safet/y"), since the page lets long
     * names wrap anywhere; a header wraps only between words. The page has one main landmark.
     */
    @Test
    void caseload_headers_wrap_only_between_words_and_the_page_has_one_main_landmark() {
        newContext(1280, 800);
        signIn(Demo.CLINICIAN, Demo.PASSWORD);
        page.navigate(url("caseload"));
        Locator grid = page.locator("vaadin-grid.mw-caseload-grid");
        assertThat(grid).isVisible();
        page.waitForFunction("() => document.querySelectorAll('vaadin-grid-sorter').length > 5");

        Object broken = page.evaluate("""
                () => {
                  const grid = document.querySelector('vaadin-grid.mw-caseload-grid');
                  const headers = [...grid.querySelectorAll('vaadin-grid-cell-content')]
                    .filter(c => c.assignedSlot && c.assignedSlot.parentElement.closest('thead'));
                  const broken = [];
                  for (const header of headers) {
                    const walker = document.createTreeWalker(header, NodeFilter.SHOW_TEXT);
                    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
                      const re = /\\S+/g;
                      let m;
                      while ((m = re.exec(text.data))) {
                        const range = document.createRange();
                        range.setStart(text, m.index);
                        range.setEnd(text, m.index + m[0].length);
                        const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
                        if (lines.size > 1) broken.push(m[0]);
                      }
                    }
                  }
                  return broken.join(', ');
                }""");
        assertThat(broken).as("header words broken across lines").isEqualTo("");
        assertThat(page.evaluate(
                        "() => [...document.querySelectorAll('vaadin-grid.mw-caseload-grid vaadin-grid-sorter')]"
                                + ".filter(s => s.getBoundingClientRect().right > s.parentElement.getBoundingClientRect().right + 1"
                                + " || [...s.shadowRoot.querySelectorAll('[part=content]')].some(c => c.scrollWidth > c.clientWidth))"
                                + ".map(s => s.textContent.trim()).join(', ')"))
                .as("headers cut off")
                .isEqualTo("");
        assertThat(axe("landmark-one-main", "landmark-no-duplicate-main")).isEmpty();
        screenshot("caseload-headers-1280");
    }

    /**
     * Real use on /admin/clinicians: "Send reset link" was named "Send Dr. … a link to choose a new password"
     * (axe label-content-name-mismatch), and at 360 px the frozen Actions column covered Status.
     */
    @Test
    void clinician_actions_are_named_by_their_visible_text_and_leave_status_visible_at_360_px() {
        newContext(360, 640);
        signIn(Demo.ADMIN, Demo.PASSWORD);
        page.navigate(url("admin/clinicians"));
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Clinician accounts"))
                .waitFor();
        assertThat(axe("label-content-name-mismatch")).isEmpty();

        Locator status = page.locator("vaadin-grid").getByText("Status", new Locator.GetByTextOptions().setExact(true));
        Locator actions =
                page.locator("vaadin-grid").getByText("Actions", new Locator.GetByTextOptions().setExact(true));
        BoundingBox statusBox = status.first().boundingBox();
        BoundingBox actionsBox = actions.first().boundingBox();
        assertThat(statusBox.x + statusBox.width <= actionsBox.x || actionsBox.x + actionsBox.width <= statusBox.x)
                .as("the Actions column covers no part of Status")
                .isTrue();
        screenshot("clinician-status-phone");
    }

    @Test
    void a_very_long_unbroken_name_wraps_on_the_invitation_page_at_360_px() {
        String name = "Maximiliana-Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaft";
        signIn.as(Demo.CLINICIAN);
        String url = inviting.invite(InviteClient.individual(name, "maximiliana.long@example.org"))
                .link()
                .url();
        TestSecurityContextHolder.clearContext();

        newContext(360, 640);
        page.navigate(url(url.substring(url.indexOf("invitation/"))));
        Locator welcome = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, " + name));
        welcome.waitFor();

        BoundingBox box = welcome.boundingBox();
        assertThat(box.x + box.width).as("the heading inside the screen").isLessThanOrEqualTo(360.0);
        assertThat(page.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("no sideways scrolling")
                .isEqualTo(true);
        screenshot("invitation-long-name-phone");
    }

    /**
     * Exploration: Vaadin's message for a lost connection was a bar 8 px high showing one line on hover, so on a phone
     * (no hover) in Spanish, where it takes two lines, the sentence about the person's words was cut off.
     */
    @Test
    void the_lost_connection_message_is_whole_on_a_360_px_phone_in_spanish() {
        newContext(new Browser.NewContextOptions().setViewportSize(360, 740), "es-ES");
        page.navigate(url("login"));
        page.locator("input[name='username']").fill(Demo.OSKAR);
        page.locator("input[name='password']").fill(Demo.PASSWORD);
        page.locator("input[name='password']").press("Enter"); // the button's words are Spanish here
        page.waitForURL(address -> !address.contains("/login"));
        page.waitForFunction(Accessibility.VAADIN_IDLE);

        page.locator("vaadin-drawer-toggle").click(); // the menu, to go to another page once offline
        context.setOffline(true);
        page.locator("vaadin-side-nav-item").nth(1).click();
        Locator message = page.locator("vaadin-connection-indicator .v-status-message");
        page.waitForFunction(
                "() => { const m = document.querySelector('vaadin-connection-indicator .v-status-message');"
                        + " return m && getComputedStyle(m).opacity === '1' && m.textContent.trim().length > 0; }");
        screenshot("connection-lost-phone-es");

        assertThat(message.textContent()).contains("Se ha perdido la conexión");
        assertThat(page.evaluate(
                        "() => { const m = document.querySelector('vaadin-connection-indicator .v-status-message');"
                                + " const text = m.querySelector('span'); return text.getBoundingClientRect().height > 30"
                                + " && m.scrollHeight <= m.clientHeight + 1; }"))
                .as("the whole sentence shows, on more than one line, nothing clipped")
                .isEqualTo(true);
        context.setOffline(false);
    }

    /** Exploration: on a 360 px phone the intensity button "5" ran past the screen's right edge. */
    @Test
    void every_intensity_button_of_a_hard_moment_is_on_a_360_px_screen() {
        org.mendwell.triggers.RobinsTriggerLog.turnedOn(signIn, triggerLogs, clientIds.of(Demo.CLIENT), false);
        TestSecurityContextHolder.clearContext();
        newContext(360, 740);
        signIn(Demo.CLIENT, Demo.PASSWORD);
        page.navigate(url("my/hard-moments"));
        Locator choices = page.locator(".mw-intensity-choice");
        assertThat(choices).hasCount(11);

        for (Locator choice : choices.all()) {
            BoundingBox box = choice.boundingBox();
            assertThat(box.x + box.width)
                    .as("intensity %s inside the screen", choice.innerText())
                    .isLessThanOrEqualTo(360.0);
            assertThat(box.height)
                    .as("intensity %s a large tap target", choice.innerText())
                    .isGreaterThanOrEqualTo(44.0);
        }
        assertThat(page.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("no sideways scrolling")
                .isEqualTo(true);
        screenshot("hard-moments-phone");
    }

    // ---- Issue 16, the Spanish crawl (F5, F6, F12): no text cut off, the safety badge always in sight ----

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private void open(String path) {
        page.navigate(url(path));
        page.waitForFunction(Accessibility.VAADIN_IDLE);
    }

    private void openGrid(String path) {
        open(path);
        page.waitForFunction("() => document.querySelector('vaadin-grid vaadin-grid-cell-content') !== null");
    }

    private Locator badge(String text) {
        return page.locator("vaadin-grid [theme~='badge']")
                .filter(new Locator.FilterOptions().setHasText(text))
                .first();
    }

    /**
     * F5: at 1366 px in Spanish the "To review" cell ended in "…" and hid the safety badge of an intake. A client
     * with a long name (here Priya, renamed) widened the Client column and cut it in English too.
     */
    @Test
    void the_review_inbox_shows_the_safety_badge_whole_at_1366_px_in_spanish_and_english() {
        rename(Demo.PRIYA, "Priya Nandakumar-Vasudevan Ramaswamy-Krishnamurthy");
        try {
            theSafetyBadgeShowsWholeAt1366InSpanishAndEnglish();
        } finally {
            rename(Demo.PRIYA, "Priya Nandakumar");
        }
    }

    private void rename(String email, String fullName) {
        jdbc.sql("update client set full_name = ? where email = ?")
                .params(fullName, email)
                .update();
    }

    private void theSafetyBadgeShowsWholeAt1366InSpanishAndEnglish() {
        for (String[] language : new String[][] {{"es-ES", "Respuesta de seguridad"}, {"en-US", "Safety answer"}}) {
            signInAs(Demo.CLINICIAN, language[0], 1366, 768);
            openGrid("review");
            assertThat(badge(language[1])).isVisible();
            assertThat(badge(language[1]).evaluate(CutText.SHOWS_WHOLE, 1366))
                    .as("the safety badge shows whole (%s)", language[0])
                    .isEqualTo(true);
            assertThat(page.evaluate(CutText.BADGES_NOT_WHOLE))
                    .as("badges cut (%s)", language[0])
                    .isEqualTo(java.util.List.of());
            assertThat(page.evaluate(CutText.IN_GRIDS))
                    .as("texts cut off (%s)", language[0])
                    .isEqualTo(java.util.List.of());
            screenshot("review-1366-" + language[0]);
        }
    }

    /**
     * F6: on a 360 px phone the review inbox showed only "Submitted" and "Client"; what to review, with its safety
     * badge, was off the screen to the right. The caseload's safety flag, its third column, was too.
     */
    @Test
    void what_to_review_and_the_safety_flags_are_on_a_360_px_phone_without_scrolling_sideways() {
        signInAs(Demo.CLINICIAN, "es-ES", 360, 740);
        openGrid("review");
        assertThat(badge("Respuesta de seguridad").evaluate(CutText.SHOWS_WHOLE, 360))
                .as("the safety badge on the phone's screen")
                .isEqualTo(true);
        BoundingBox link = page.getByRole(
                        AriaRole.LINK, new Page.GetByRoleOptions().setName("Admisión de Priya Nandakumar"))
                .boundingBox();
        assertThat(link.x).as("what to review starts on screen").isGreaterThanOrEqualTo(0.0);
        assertThat(link.x + link.width).as("what to review ends on screen").isLessThanOrEqualTo(360.0);
        assertThat(page.getByText("Priya Nandakumar, enviado el")).isVisible();
        assertThat(page.evaluate(CutText.IN_GRIDS)).as("texts cut off").isEqualTo(java.util.List.of());
        screenshot("review-phone-es");

        openGrid("caseload");
        assertThat(badge("Requiere atención").evaluate(CutText.SHOWS_WHOLE, 360))
                .as("the caseload's safety flag on the phone's screen")
                .isEqualTo(true);
        screenshot("caseload-phone-es");
    }

    /** F12: the audit trail's filters cut their hints ("parte de una dirección d…") at both widths. */
    @Test
    void the_audit_filters_hints_show_whole_at_1366_and_360_px_in_spanish() {
        for (int width : new int[] {1366, 360}) {
            signInAs(Demo.ADMIN, "es-ES", width, 768);
            openGrid("admin/audit");
            assertThat(page.evaluate("""
                            () => {
                              const cut = [];
                              const ctx = document.createElement('canvas').getContext('2d');
                              for (const input of document.querySelectorAll('input[placeholder]')) {
                                if (!input.placeholder || input.getBoundingClientRect().width === 0) continue;
                                const style = getComputedStyle(input);
                                ctx.font = style.font;
                                const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                                if (ctx.measureText(input.placeholder).width > room + 1) cut.push(input.placeholder);
                              }
                              const helpers = [...document.querySelectorAll('[slot=helper]')]
                                .filter(helper => helper.getBoundingClientRect().width > 0);
                              for (const helper of helpers) {
                                const r = helper.getBoundingClientRect();
                                if (helper.scrollWidth > helper.clientWidth + 1 || r.right > innerWidth)
                                  cut.push(helper.textContent);
                                // A hint beside the next field's must not run into it ("...de correoEscriba...").
                                for (const other of helpers) {
                                  const o = other.getBoundingClientRect();
                                  if (o.left > r.left && o.top < r.bottom && r.top < o.bottom && o.left - r.right < 8)
                                    cut.push(helper.textContent + ' runs into ' + other.textContent);
                                }
                              }
                              return cut;
                            }""")).as("hints cut off at %d px", width).isEqualTo(java.util.List.of());
            assertThat(page.getByText("Parte de una dirección de correo")).isVisible();
            screenshot("audit-filters-es-" + width);
        }
    }
}
