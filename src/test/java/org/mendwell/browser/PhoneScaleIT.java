package org.mendwell.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.Demo;
import org.mendwell.support.ExerciseFixtures;
import org.mendwell.support.MendwellWebTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A 0–10 scale on a 360 px phone: its eleven answers on one row, each with its number readable and
 * inside the screen. On two rows, "10" sat under "0" and read like the low end of the scale.
 */
@MendwellWebTest
@ChangesDemoPractice
class PhoneScaleIT extends BrowserTest {

    @Autowired
    ExerciseFixtures exercises;

    @Test
    void a_zero_to_ten_scale_fits_one_row_at_360_px() {
        UUID occurrence = exercises.giveTodayAndSignOut(Demo.HANA, "daily-check-in");

        newContext(360, 640);
        signIn(Demo.HANA, Demo.PASSWORD);
        page.navigate(url("my/exercise/" + occurrence));
        // The first page after signing in can take longer than an assertion's 5 s on a loaded machine.
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Daily check-in"))
                .waitFor();
        Locator trust = page.locator("vaadin-radio-group").filter(new Locator.FilterOptions().setHasText("Trust:"));
        Locator answers = trust.locator("vaadin-radio-button");
        assertThat(answers).hasCount(11);

        List<BoundingBox> boxes = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            boxes.add(answers.nth(i).boundingBox());
        }
        List<String> seen = boxes.stream()
                .map(b -> "(" + Math.round(b.x) + "," + Math.round(b.y) + " " + Math.round(b.width) + "x"
                        + Math.round(b.height) + ")")
                .toList();
        assertThat(boxes)
                .as("one row: every answer's top within 2 px of the first's " + seen)
                .allSatisfy(
                        b -> assertThat(b.y).isCloseTo(boxes.getFirst().y, org.assertj.core.data.Offset.offset(2.0)));
        assertThat(boxes.getLast().x + boxes.getLast().width)
                .as("the last answer inside the screen " + seen)
                .isLessThanOrEqualTo(360.0);
        BoundingBox ten = trust.getByText("10", new Locator.GetByTextOptions().setExact(true))
                .boundingBox();
        assertThat(ten.x + ten.width).as("\"10\" readable inside the screen").isLessThanOrEqualTo(360.0);
        assertThat(ten.width).isGreaterThan(4.0);
        assertThat(page.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("no sideways scrolling")
                .isEqualTo(true);

        // Still answerable by tapping the number.
        option("Trust:", "10").check();
        assertThat(option("Trust:", "10")).isChecked();
        screenshot("scale-phone");
    }
}
