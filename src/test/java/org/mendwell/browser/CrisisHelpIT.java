package org.mendwell.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.Demo;
import org.mendwell.support.ExerciseFixtures;
import org.mendwell.support.MendwellWebTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A client on a 360 × 640 phone submits a PHQ-9 with thoughts of self-harm (item 9 above "Not at
 * all"). The Submit button is at the bottom of a long page; the help with emergency numbers must be
 * in front of them the moment they submit: inside the visible area and focused, so a screen reader
 * reads it out too. In the field it was 1,133 px above the visible area, behind a "Thank you".
 */
@MendwellWebTest
@ChangesDemoPractice
class CrisisHelpIT extends BrowserTest {

    static final List<String> PHQ9_ITEMS = List.of(
            "Little interest or pleasure in doing things",
            "Feeling down, depressed, or hopeless",
            "Trouble falling or staying asleep, or sleeping too much",
            "Feeling tired or having little energy",
            "Poor appetite or overeating",
            "Feeling bad about yourself",
            "Trouble concentrating on things",
            "Moving or speaking so slowly",
            "Thoughts that you would be better off dead");

    @Autowired
    ExerciseFixtures exercises;

    @Test
    void after_a_phq9_with_thoughts_of_self_harm_the_help_is_in_view_and_focused_on_a_phone() {
        UUID occurrence = exercises.giveTodayAndSignOut(Demo.HANA, "phq-9");
        newContext(360, 640);
        signIn(Demo.HANA, Demo.PASSWORD);
        page.navigate(url("my/exercise/" + occurrence));
        // The first page after signing in can take longer than an assertion's 5 s on a loaded machine.
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("PHQ-9 (mood)"))
                .waitFor();
        for (int item = 0; item < PHQ9_ITEMS.size(); item++) {
            option(PHQ9_ITEMS.get(item), item == 8 ? "Several days" : "Not at all")
                    .check();
        }
        assertThat(page.locator(".mw-progress")).containsText("9 of 10 answered");
        button("Submit").click();

        Locator help = page.locator(".mw-crisis");
        assertThat(help).isVisible();
        assertThat(help).hasAttribute("role", "alert");
        assertThat(help).isFocused();
        BoundingBox box = help.boundingBox();
        org.assertj.core.api.Assertions.assertThat(box.y)
                .as("top of the help box, px from the top of the view")
                .isBetween(0.0, 640.0 - 60);
        // Its heading and the emergency numbers are on screen, not only the box's edge.
        BoundingBox text = help.locator("p").first().boundingBox();
        org.assertj.core.api.Assertions.assertThat(text.y + text.height)
                .as("bottom of the emergency numbers")
                .isLessThanOrEqualTo(640.0);
        // Nothing (a "Thank you" notification, the app bar) lies over it.
        Object uncovered = page.evaluate("""
                () => {
                  const text = document.querySelector('.mw-crisis p').getBoundingClientRect();
                  const top = document.elementFromPoint(text.left + text.width / 2, text.top + text.height / 2);
                  return top !== null && top.closest('.mw-crisis') !== null;
                }""");
        org.assertj.core.api.Assertions.assertThat(uncovered)
                .as("the help is the topmost thing where it is")
                .isEqualTo(true);
        // Above the page's own title, its heading comes right under the layout's h1. axe's heading-order is a
        // best-practice rule, outside the WCAG tags the journeys scan, so it is asked for by name here.
        assertThat(help.locator("h2")).hasCount(1);
        var headingOrder =
                Accessibility.axe(page).withRules(List.of("heading-order")).analyze();
        org.assertj.core.api.Assertions.assertThat(headingOrder.getViolations())
                .as("heading-order with the crisis help first on the page")
                .isEmpty();
        Accessibility.assertNoSeriousViolations(page, "crisis help above an exercise (phone)");
        screenshot("crisis-help-phone");
    }
}
