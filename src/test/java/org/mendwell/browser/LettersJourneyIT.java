package org.mendwell.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellWebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A letter in Chromium: Jonas drafts an apology on his phone, closes the browser half-way (the draft is kept),
 * finishes and sends it; the clinician releases it; Robin reads it on her phone and replies. Then the case gets
 * a safety flag, and Jonas's next letter is refused with a clear message. Axe on every page.
 */
@MendwellWebTest
@ChangesDemoPractice
class LettersJourneyIT extends BrowserTest {

    private static final String FIRST_HALF = "Robin, I am sorry. I kept the messages from you";
    private static final String WHOLE = FIRST_HALF + " for months, and I told you that you were imagining it.";

    @Autowired
    ClientIds clientIds;

    @Autowired
    JdbcTemplate jdbc;

    private Locator letterField() {
        return field("Your letter to Robin Ashdown");
    }

    private Locator saveState() {
        return page.locator(".mw-save-state");
    }

    private void openMyLetters() {
        page.navigate(url("my/letters"));
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Letters").setLevel(2)))
                .isVisible();
    }

    @Test
    void a_letter_goes_from_jonas_through_the_clinician_to_robin_and_a_flagged_case_refuses_the_next() {
        // Jonas starts an apology on his phone and closes the browser half-way through.
        newContext(360, 780);
        signIn(Demo.JONAS, Demo.PASSWORD);
        openMyLetters();
        Accessibility.assertNoSeriousViolations(page, "my letters (phone)");
        button("Start a letter").click();
        letterField().fill(FIRST_HALF);
        assertThat(saveState()).hasText(Pattern.compile("^Saved "));
        Accessibility.assertNoSeriousViolations(page, "a letter being written (phone)");

        newContext(360, 780);
        signIn(Demo.JONAS, Demo.PASSWORD);
        openMyLetters();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Apology letter")))
                .click();
        assertThat(letterField()).hasValue(FIRST_HALF);
        letterField().fill(WHOLE);
        assertThat(saveState()).hasText(Pattern.compile("^Saved "));
        button("Send to my clinician").click();
        assertThat(page.getByText("With your clinician")).isVisible();

        // A second letter, begun before the case is flagged.
        openMyLetters();
        option("What kind of letter", "Impact letter").check();
        button("Start a letter").click();
        letterField().fill("What the last year was like for me");
        assertThat(saveState()).hasText(Pattern.compile("^Saved "));

        // The clinician reads it and releases it to Robin.
        newContext(1280, 800);
        signIn(Demo.CLINICIAN, Demo.PASSWORD);
        String jonas = clientIds.of(Demo.JONAS).toString();
        page.navigate(url("couple-work/" + jonas));
        assertThat(page.getByText(WHOLE)).isVisible();
        Accessibility.assertNoSeriousViolations(page, "couple work");
        // Releasing cannot be taken back, so it is asked once more, naming who will read it.
        button("Release to partner").click();
        assertThat(page.getByText(Pattern.compile("^Robin .* will be able to read this letter")))
                .isVisible();
        Accessibility.assertNoSeriousViolations(page, "the release question");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Release to Robin")))
                .click();
        assertThat(page.getByText(Pattern.compile("Released to the partner"))).isVisible();

        // Robin reads it on her phone and replies.
        newContext(360, 780);
        signIn(Demo.CLIENT, Demo.PASSWORD);
        openMyLetters();
        Accessibility.assertNoSeriousViolations(page, "letters to Robin (phone)");
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName(Pattern.compile("^Apology letter from Jonas Kettering")))
                .click();
        assertThat(page.getByText(WHOLE)).isVisible();
        Accessibility.assertNoSeriousViolations(page, "a released letter (phone)");
        field("Your reply").fill("Thank you for writing it. I need time.");
        button("Send reply").click();
        assertThat(page.locator(".mw-letter-replies").getByText("Thank you for writing it. I need time."))
                .isVisible();

        // A safety flag on Robin closes letters for the couple: Jonas's next letter is refused, calmly.
        jdbc.update("update client set safety_flag = true where email = ?", Demo.CLIENT);
        newContext(360, 780);
        signIn(Demo.JONAS, Demo.PASSWORD);
        openMyLetters();
        assertThat(page.getByText("Letters between partners are not available for now.", new Page.GetByTextOptions()))
                .isVisible();
        assertThat(button("Start a letter")).hasCount(0);
        Accessibility.assertNoSeriousViolations(page, "letters closed on a flagged case (phone)");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Impact letter")))
                .click();
        button("Send to my clinician").click();
        assertThat(page.locator("vaadin-text-area[invalid]")).containsText("not available for now");
        assertThat(letterField()).hasValue("What the last year was like for me");
        Accessibility.assertNoSeriousViolations(page, "a letter refused on a flagged case (phone)");
    }
}
