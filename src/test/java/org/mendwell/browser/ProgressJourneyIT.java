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
                .startsWith("\uFEFFExercise,Due (Europe/London time),State,")
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

    // ---- Issue 16, the Spanish crawl (F5, F7, F17) on the demo practice with its weeks of homework, as crawled ----

    /** F17: on Samuel's progress in Spanish at 1366 px the chart's first date ("5 nov") was cut at its left edge. */
    @Test
    void the_progress_charts_dates_are_drawn_inside_the_chart_at_1366_px_in_spanish() {
        signInAs(Demo.SAMUEL, "es-ES", 1366, 768);
        page.navigate(url("my/progress"));
        charts();
        // Chart.js sizes its canvas to its box once the box is laid out.
        page.waitForFunction("() => [...document.querySelectorAll('mendwell-chart canvas')]"
                + ".every(c => c.clientWidth > 0 && window.Chart.getChart(c).chartArea.bottom > 0)");
        assertAllDrawn(charts());
        // Where Chart.js draws each date (its own label items: anchor, alignment, rotation), measured in its font: a
        // date whose ink starts before the canvas's left edge or ends past its right one is cut.
        org.assertj.core.api.Assertions.assertThat(page.evaluate("""
                        () => [...document.querySelectorAll('mendwell-chart canvas')].flatMap(canvas => {
                          const ctx = document.createElement('canvas').getContext('2d');
                          return window.Chart.getChart(canvas).scales.x.getLabelItems().filter(item => {
                            ctx.font = item.font.string;
                            const width = ctx.measureText(String(item.label)).width;
                            const angle = Math.abs(item.options.rotation || 0);
                            const across = width * Math.cos(angle);
                            const slant = item.font.size / 2 * Math.sin(angle);
                            const x = item.options.translation[0];
                            const align = item.options.textAlign;
                            const left = align === 'right' ? x - across - slant : align === 'left' ? x - slant : x - across / 2 - slant;
                            const right = align === 'right' ? x + slant : align === 'left' ? x + across + slant : x + across / 2 + slant;
                            return left < -0.5 || right > canvas.clientWidth + 0.5;
                          }).map(item => String(item.label));
                        })"""))
                .as("dates drawn past the canvas's edge")
                .isEqualTo(List.of());
        page.locator(".mw-figure")
                .first()
                .screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("my-progress-chart-es.png")));
    }

    /** F5 as crawled: the review inbox at 1366 px in Spanish cut the reply badges after long titles. */
    @Test
    void the_review_inbox_shows_every_badge_whole_at_1366_px_in_spanish() {
        signInAs(Demo.CLINICIAN, "es-ES", 1366, 768);
        page.navigate(url("review"));
        page.waitForFunction("() => document.querySelectorAll(\"vaadin-grid [theme~='badge']\").length > 2");
        org.assertj.core.api.Assertions.assertThat(page.evaluate(CutText.BADGES_NOT_WHOLE))
                .as("badges cut in the review inbox")
                .isEqualTo(List.of());
        org.assertj.core.api.Assertions.assertThat(page.evaluate(CutText.IN_GRIDS))
                .as("texts cut off in the review inbox")
                .isEqualTo(List.of());
        screenshot("review-es-1366");
    }

    /** F7 as crawled: the caseload at 1366 px in Spanish cut "Segurid…", "Atrasad…" and why a couple needs attention. */
    @Test
    void the_caseload_shows_its_headers_and_cells_whole_at_1366_px_in_spanish() {
        signInAs(Demo.CLINICIAN, "es-ES", 1366, 768);
        page.navigate(url("caseload"));
        page.waitForFunction("() => document.querySelectorAll('vaadin-grid-sorter').length > 5"
                + " && document.querySelectorAll(\"vaadin-grid [theme~='badge']\").length > 5");
        page.waitForFunction(Accessibility.VAADIN_IDLE);
        org.assertj.core.api.Assertions.assertThat(page.evaluate(CutText.IN_GRIDS))
                .as("texts cut off in the caseload")
                .isEqualTo(List.of());
        screenshot("caseload-es-1366");
    }
}
