package org.mendwell.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mendwell.support.Demo;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Progress in Chromium against the demo practice with its weeks of homework: Chart.js really draws
 * (a chart instance on a canvas of non-zero size), and the pages pass the accessibility scan.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "mendwell.demo.history=true")
@ActiveProfiles("test")
class ProgressJourneyIT extends BrowserTest {

    /** Each chart canvas on the page: its drawn size, and whether Chart.js holds a chart for it. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> charts() {
        page.waitForFunction("() => document.querySelectorAll('mendwell-chart canvas').length > 0"
                + " && [...document.querySelectorAll('mendwell-chart canvas')].every(c => window.Chart"
                + " && window.Chart.getChart(c))");
        return (List<Map<String, Object>>) page.evaluate("() => [...document.querySelectorAll('mendwell-chart canvas')]"
                + ".map(c => ({ width: c.clientWidth, height: c.clientHeight, drawn: !!window.Chart.getChart(c),"
                + " label: c.getAttribute('aria-label') }))");
    }

    private static void assertAllDrawn(List<Map<String, Object>> charts) {
        org.assertj.core.api.Assertions.assertThat(charts).isNotEmpty().allSatisfy(chart -> {
            org.assertj.core.api.Assertions.assertThat(((Number) chart.get("width")).intValue())
                    .isPositive();
            org.assertj.core.api.Assertions.assertThat(((Number) chart.get("height")).intValue())
                    .isPositive();
            org.assertj.core.api.Assertions.assertThat(chart.get("drawn")).isEqualTo(true);
            org.assertj.core.api.Assertions.assertThat((String) chart.get("label"))
                    .isNotBlank();
        });
    }

    private static String readAll(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void openProgressOf(String caseloadName) {
        page.getByText(caseloadName).click();
        assertThat(page).hasURL(Pattern.compile(".*/clients/.*"));
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Client page"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Progress"))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*[?&]tab=progress.*"));
    }

    @Test
    void a_clinician_reads_a_couples_progress_and_a_clients_phq9_over_its_bands() {
        signIn(Demo.CLINICIAN, Demo.PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/caseload.*"));

        openProgressOf("Robin Ashdown (with Jonas Kettering)");

        var charts = charts();
        assertAllDrawn(charts);
        org.assertj.core.api.Assertions.assertThat(charts)
                .as("completion and check-ins for each partner")
                .hasSizeGreaterThanOrEqualTo(4);
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Jonas Kettering").setExact(true)))
                .isVisible();
        assertThat(page.locator("vaadin-grid")).isVisible();
        Accessibility.assertNoSeriousViolations(page, "a couple's progress");
        screenshot("client-progress-couple");
        page.locator(".mw-couple")
                .screenshot(new Locator.ScreenshotOptions()
                        .setPath(SCREENSHOTS.resolve("client-progress-couple-charts.png")));

        var download =
                page.waitForDownload(() -> page.getByText("Download as CSV").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename())
                .as("the client's name and the day")
                .matches("progress-Robin-Ashdown-\\d{4}-\\d{2}-\\d{2}\\.csv");
        org.assertj.core.api.Assertions.assertThat(readAll(download.path()))
                .startsWith("\uFEFFExercise,Due (London Time),State,")
                .contains("Daily check-in,");

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
        assertThat(page.locator("vaadin-grid")).isHidden();
        assertThat(page.getByText("Download as CSV")).isHidden();
        assertThat(page.getByText("← Caseload")).isHidden();
        assertThat(page.locator(".mw-print-only")).isVisible();
        assertThat(page.locator(".mw-print-only")).containsText("Progress of Robin Ashdown · Clinician: ");
        screenshot("client-progress-print");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.SCREEN));

        page.getByText("← Caseload").click();
        openProgressOf("Hana Morikawa");
        var hana = charts();
        assertAllDrawn(hana);
        org.assertj.core.api.Assertions.assertThat(hana)
                .anySatisfy(chart -> org.assertj.core.api.Assertions.assertThat((String) chart.get("label"))
                        .startsWith("PHQ-9 totals over time"));
        Accessibility.assertNoSeriousViolations(page, "a client's PHQ-9 progress");
        screenshot("client-progress-phq9");
        page.locator(".mw-figure:has(h4:text-is('PHQ-9'))")
                .screenshot(
                        new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("client-progress-phq9-chart.png")));
    }

    @Test
    void a_client_sees_their_own_progress_in_plain_words() {
        signIn(Demo.CLIENT, Demo.PASSWORD);

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("My progress").setExact(true))
                .click();

        assertThat(page).hasURL(Pattern.compile(".*/my/progress.*"));
        assertThat(page.getByText("Your progress")).isVisible();
        assertAllDrawn(charts());
        assertThat(page.getByText("PHQ-9")).hasCount(0);
        Accessibility.assertNoSeriousViolations(page, "my progress");
        screenshot("my-progress");
        page.locator(".mw-figure")
                .first()
                .screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("my-progress-chart.png")));
    }
}
