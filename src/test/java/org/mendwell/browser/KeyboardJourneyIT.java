package org.mendwell.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.client.ClientService;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.ExerciseFixtures;
import org.mendwell.support.MendwellWebTest;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The portal with the keyboard only: Tab, Shift+Tab, arrow keys, Space, Enter and typing; no click and
 * no fill(). A client signs in, completes the whole intake and then an exercise, and after every step
 * the test checks where focus is; axe scans every page on the way. A clinician opens clients from the
 * caseload with Enter and Space. A client types her date of birth on a 360 px touch phone.
 */
@MendwellWebTest
@ChangesDemoPractice
class KeyboardJourneyIT extends BrowserTest {

    /** More Tabs than any page here has stops: past this, the target is not reachable by keyboard. */
    private static final int MOST_TABS = 80;

    @Autowired
    ExerciseFixtures exercises;

    @Autowired
    SignIn signIn;

    @Autowired
    ClientService clients;

    @Autowired
    ClientIds clientIds;

    private void press(String key) {
        page.keyboard().press(key);
    }

    private void type(String text) {
        page.keyboard().type(text);
    }

    /** Whether focus is on the target or inside it, through shadow roots (a side-nav link, a grid cell). */
    private boolean focused(Locator target) {
        return (Boolean) target.evaluate("""
                e => {
                    let active = document.activeElement;
                    while (active && active.shadowRoot && active.shadowRoot.activeElement) {
                        active = active.shadowRoot.activeElement;
                    }
                    for (let node = active; node; node = node.parentNode || node.host) {
                        if (node === e) {
                            return true;
                        }
                    }
                    return false;
                }""");
    }

    /** Presses Tab (or Shift+Tab) until the target has focus; fails when it never does. */
    private void tabTo(Locator target, String key) {
        target.first().waitFor();
        for (int i = 0; i < MOST_TABS; i++) {
            if (focused(target.first())) {
                return;
            }
            press(key);
        }
        org.assertj.core.api.Assertions.fail("Not reachable with " + key + ": " + target);
    }

    private void tabTo(Locator target) {
        tabTo(target, "Tab");
    }

    /** Replaces what a focused field holds with this text, as a person would: select all, type. */
    private void retype(String text) {
        press("ControlOrMeta+A");
        type(text);
    }

    private void waitForSaved(String label) {
        assertThat(page.locator(".mw-save-state")).hasText("Saved: " + label);
    }

    private Locator stepTitle() {
        return page.locator(".mw-step-title");
    }

    private void next(String expectedTitle) {
        tabTo(button("Next"));
        press("Enter");
        assertThat(stepTitle()).hasText(expectedTitle);
        assertThat(stepTitle()).isFocused();
    }

    private void signInByKeyboard(String email) {
        page.navigate(url("login"));
        tabTo(page.locator("input[name='username']"));
        type(email);
        tabTo(page.locator("input[name='password']"));
        type(Demo.PASSWORD);
        press("Enter");
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
    }

    private void followLink(String name) {
        tabTo(page.getByRole(
                AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)));
        press("Enter");
    }

    /**
     * Noon in London before anyone signs in: the check-in is given for today while Nadia is signed in, and moving
     * the clock to noon then (CI runs at any hour) jumped it hours ahead and ended her session.
     */
    @BeforeEach
    void atNoonInLondon() {
        exercises.todayAtNoon();
    }

    @Test
    void a_client_completes_the_intake_and_an_exercise_with_the_keyboard_alone() {
        page.navigate(url("login"));
        Accessibility.assertNoSeriousViolations(page, "sign-in page");
        signInByKeyboard(Demo.NADIA);
        Accessibility.assertNoSeriousViolations(page, "client's start page");

        followLink("My intake");
        assertThat(page).hasURL(Pattern.compile(".*/intake$"));
        assertThat(page.locator("h2#mw-main")).isFocused();
        assertThat(stepTitle()).hasText("Step 1 of 7: About you");
        Accessibility.assertNoSeriousViolations(page, "intake step 1");

        // A date typed into the date picker, a radio group moved with an arrow key.
        tabTo(field("Date of birth"));
        retype("5/17/1990");
        press("Tab");
        waitForSaved("Date of birth");
        tabTo(option("How should we contact you?", "E-mail"));
        press("ArrowDown");
        assertThat(option("How should we contact you?", "Phone call")).isChecked();
        assertThat(option("How should we contact you?", "Phone call")).isFocused();
        waitForSaved("How should we contact you?");

        next("Step 2 of 7: Emergency contact");
        next("Step 3 of 7: What brings you here");
        next("Step 4 of 7: What happened to trust");
        // A box of a checkbox group ticked with Space.
        Locator promises = page.getByLabel("Promises that were broken", new Page.GetByLabelOptions().setExact(true));
        tabTo(promises);
        press("Space");
        assertThat(promises).isChecked();
        waitForSaved("What fits what happened? Tick all that apply.");
        Accessibility.assertNoSeriousViolations(page, "intake step 4");

        next("Step 5 of 7: Goals");
        tabTo(field("Goal 1"));
        type("Trust my own judgement again");
        press("Tab");
        waitForSaved("Goal 1");
        // Back with Shift+Tab from Next, and Enter: focus lands on the earlier step's heading.
        tabTo(button("Next"));
        press("Shift+Tab");
        assertThat(button("Back")).isFocused();
        press("Enter");
        assertThat(stepTitle()).hasText("Step 4 of 7: What happened to trust");
        assertThat(stepTitle()).isFocused();
        next("Step 5 of 7: Goals");
        assertThat(field("Goal 1")).hasValue("Trust my own judgement again");

        next("Step 6 of 7: Safety");
        Accessibility.assertNoSeriousViolations(page, "intake safety step");
        next("Step 7 of 7: Consent");
        Locator agree = page.getByLabel("I have read this and I agree", new Page.GetByLabelOptions().setExact(true));
        tabTo(agree);
        press("Space");
        assertThat(agree).isChecked();
        waitForSaved("I have read this and I agree");
        tabTo(field("Type your full name to sign"));
        type("Nadia Brennagh");
        press("Tab");
        waitForSaved("Type your full name to sign");
        Accessibility.assertNoSeriousViolations(page, "intake consent step");

        tabTo(button("Submit my intake"));
        press("Enter");
        Locator confirmation = page.getByText(Pattern.compile("^You submitted your intake on"));
        assertThat(confirmation).isFocused();
        Accessibility.assertNoSeriousViolations(page, "submitted intake");

        // The clinician accepts Nadia and gives her a check-in while she is on the page.
        acceptAndGiveACheckIn(Demo.NADIA);

        followLink("Go to my exercises");
        assertThat(page.locator("h2#mw-main")).isFocused();
        Accessibility.assertNoSeriousViolations(page, "my exercises");
        tabTo(page.locator("a.mw-exercise-card").filter(new Locator.FilterOptions().setHasText("Daily check-in")));
        press("Enter");
        assertThat(page.locator("h2#mw-main")).hasText("Daily check-in");
        assertThat(page.locator("h2#mw-main")).isFocused();
        Accessibility.assertNoSeriousViolations(page, "exercise");

        tabTo(field("How I feel today: how are you feeling, in a few words?"));
        type("Lighter than last week");
        tabTo(field("What's on my mind: what are you thinking about today?"));
        type("The intake, and what comes next");
        tabTo(field("What I need from you now: what would help you today?"));
        type("A slow start");
        // Real use: a submit refused for an unanswered group of buttons left focus on Submit. It goes to the first
        // question with a message: the group's first answer, where the arrow keys start.
        tabTo(button("Submit"));
        press("Enter");
        assertThat(option("Safety:", "0")).isFocused();
        // A 0–10 scale: Tab reaches its first answer, the arrow keys move along it.
        for (String scale : java.util.List.of("Safety:", "Trust:", "Hope:", "Closeness:")) {
            tabTo(option(scale, "0"));
            for (int i = 0; i < 6; i++) {
                press("ArrowRight");
            }
            assertThat(option(scale, "6")).isChecked();
            assertThat(option(scale, "6")).isFocused();
        }
        assertThat(page.locator(".mw-progress")).containsText("7 of 8 answered");
        Accessibility.assertNoSeriousViolations(page, "exercise answered");

        tabTo(button("Submit"));
        press("Enter");
        Locator facts = page.locator(".mw-template-facts");
        assertThat(facts).hasText(Pattern.compile("^Submitted "));
        assertThat(facts).isFocused();
        assertThat(button("Submit")).hasCount(0);
        Accessibility.assertNoSeriousViolations(page, "exercise submitted");

        tabTo(field("Reply to your clinician"));
        type("Thank you for the check-in.");
        tabTo(button("Send reply"));
        press("Enter");
        Locator reply = page.locator(".mw-thread li")
                .filter(new Locator.FilterOptions().setHasText("Thank you for the check-in."));
        assertThat(reply).isFocused();
    }

    private void acceptAndGiveACheckIn(String email) {
        signIn.as(Demo.CLINICIAN);
        var id = clientIds.of(email);
        clients.accept(id, clients.details(id).version());
        SecurityContextHolder.clearContext();
        exercises.giveTodayAndSignOut(email, "daily-check-in");
    }

    /** The name in the first cell of the grid row that has focus. */
    private String focusedRowName(Locator grid) {
        return ((String) grid.evaluate("""
                g => {
                    const focused = g.shadowRoot.activeElement;
                    const row = focused.localName === 'tr' ? focused : focused.parentElement;
                    return row.querySelector('td')._content.textContent.trim();
                }""")).split(" \\(with ")[0];
    }

    /** Tab into the grid's rows (past its header), then down the given number of rows. */
    private void focusRow(Locator grid, int down) {
        for (int i = 0; i < MOST_TABS; i++) {
            if ((Boolean) grid.evaluate("g => { const f = g.shadowRoot.activeElement; "
                    + "return !!f && (f.getAttribute('part') || '').includes('body-'); }")) {
                break;
            }
            press("Tab");
        }
        for (int i = 0; i < down; i++) {
            press("ArrowDown");
        }
    }

    @Test
    void a_clinician_opens_clients_from_the_caseload_with_enter_and_space_and_a_dialog_keeps_focus() {
        signInByKeyboard(Demo.CLINICIAN);
        Locator grid = page.locator("vaadin-grid.mw-caseload-grid");
        assertThat(grid).isVisible();
        Accessibility.assertNoSeriousViolations(page, "caseload");

        // The invitation dialog holds focus while open and gives it back to its button when closed.
        Locator newClient = button("New client");
        tabTo(newClient);
        press("Enter");
        Locator dialog = page.locator("vaadin-dialog[opened]");
        assertThat(dialog).hasCount(1);
        // The dialog takes the focus once it has opened, a moment after it is in the page (a full run under load
        // read the focus before that).
        page.waitForFunction("() => !!document.activeElement.closest('vaadin-dialog, vaadin-dialog-overlay')");
        for (int i = 0; i < 12; i++) {
            org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate(
                            "() => !!document.activeElement.closest('vaadin-dialog, vaadin-dialog-overlay')"))
                    .as("focus in the open dialog after " + i + " Tabs")
                    .isTrue();
            press("Tab");
        }
        press("Escape");
        assertThat(dialog).hasCount(0);
        assertThat(newClient).isFocused();

        focusRow(grid, 2);
        String third = focusedRowName(grid);
        press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/clients/[0-9a-f-]{36}$"));
        assertThat(page.locator("h2#mw-main")).hasText(third);
        assertThat(page.locator("h2#mw-main")).isFocused();
        Accessibility.assertNoSeriousViolations(page, "client page");

        page.navigate(url(""));
        assertThat(grid).isVisible();
        focusRow(grid, 1);
        String second = focusedRowName(grid);
        press("Space");
        assertThat(page).hasURL(Pattern.compile(".*/clients/[0-9a-f-]{36}$"));
        assertThat(page.locator("h2#mw-main")).hasText(second);
    }

    @Test
    void a_date_of_birth_is_typed_on_a_touch_phone_and_an_impossible_or_future_date_is_explained() {
        newContext(new Browser.NewContextOptions()
                .setViewportSize(360, 740)
                .setHasTouch(true)
                .setIsMobile(true));
        signIn(Demo.ELENA, Demo.PASSWORD);
        page.navigate(url("intake"));
        Locator input = field("Date of birth");
        assertThat(page.getByText("Month, day and year, like 3/14/1988")).isVisible();

        input.tap();
        assertThat(input).isFocused();
        assertThat(page.locator("vaadin-date-picker[opened]")).hasCount(0); // no full-screen calendar over it
        assertThat(input).hasAttribute("inputmode", "numeric");

        // Digits only, as a phone's number pad types them.
        retype("03141988");
        press("Enter");
        assertThat(input).hasValue("3/14/1988");
        waitForSaved("Date of birth");
        Accessibility.assertNoSeriousViolations(page, "intake on a touch phone");

        retype("2/30/1990");
        press("Enter");
        assertThat(page.getByText("February 1990 has 28 days, so there is no day 30: check the day"))
                .isVisible();
        assertThat(input).hasValue("2/30/1990");
        assertThat(page.locator(".mw-save-state")).containsText("Not saved: Date of birth");

        retype("3/14/2099");
        press("Enter");
        assertThat(page.getByText("A date of birth can't be in the future: check the year"))
                .isVisible();
        assertThat(input).hasValue("3/14/2099");
        screenshot("keyboard-date-of-birth-phone");

        // The calendar is still there, from its own button.
        page.locator("vaadin-date-picker [part~='toggle-button']").tap();
        assertThat(page.locator("vaadin-date-picker[opened]")).hasCount(1);
        press("Escape");
        assertThat(page.locator("vaadin-date-picker[opened]")).hasCount(0);

        // A refused date is kept as typed with the draft: a valid one replaces it for the journeys after this.
        input.focus();
        retype("03141988");
        press("Enter");
        assertThat(input).hasValue("3/14/1988");
        waitForSaved("Date of birth");
    }
}
