package org.mendwell.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mendwell.shared.time.PersonalTime;
import org.mendwell.support.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Progress in Chromium against the demo practice with its weeks of homework: Chart.js really draws
 * (a chart instance on a canvas of non-zero size), and the pages pass the accessibility scan.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "mendwell.demo.history=true")
@ActiveProfiles("test")
class ProgressJourneyIT extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

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

    /**
     * The days under a PHQ-9 chart's points and the days in the table under it are the same days: those of the
     * submitted moments on the clinician's own clock, whatever the browser's zone. An explorer once saw the x labels
     * a day before the table with the browser in Auckland; here the clinician's account and the browser are both in
     * Auckland, then both in Los Angeles (the two sides of the date line), and the labels are read from the chart
     * Chart.js drew, not from the server's data.
     */
    @Test
    void a_phq9_charts_days_are_the_days_of_its_table_in_auckland_and_in_los_angeles() {
        String ownZone =
                jdbc.queryForObject("select time_zone from account where email = ?", String.class, Demo.CLINICIAN);
        List<java.time.Instant> submitted = jdbc.query(
                """
                select s.submitted_at from submission s
                join client c on c.id = s.client_id
                join assignment a on a.id = s.assignment_id
                join exercise_template t on t.id = a.template_id
                where c.email = ? and t.measure = 'PHQ9' and s.status = 'SUBMITTED' and s.measure_total is not null
                order by s.submitted_at""",
                (rs, n) -> rs.getObject(1, java.time.LocalDateTime.class).toInstant(java.time.ZoneOffset.UTC),
                Demo.HANA);
        org.assertj.core.api.Assertions.assertThat(submitted)
                .as("Hana's weekly PHQ-9")
                .hasSizeGreaterThan(3);
        var daysSeen = new java.util.HashMap<String, List<java.time.LocalDate>>();
        try {
            for (String zone : List.of("Pacific/Auckland", "America/Los_Angeles")) {
                jdbc.update("update account set time_zone = ? where email = ?", zone, Demo.CLINICIAN);
                newContext(
                        new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(1280, 800),
                        "en-US",
                        zone);
                org.assertj.core.api.Assertions.assertThat(
                                page.evaluate("() => Intl.DateTimeFormat().resolvedOptions().timeZone"))
                        .isEqualTo(zone);
                signIn(Demo.CLINICIAN, Demo.PASSWORD);
                openProgressOf("Hana Morikawa");
                charts();
                Locator figure = page.locator(".mw-figure")
                        .filter(new Locator.FilterOptions()
                                .setHas(page.getByRole(
                                        AriaRole.HEADING,
                                        new Page.GetByRoleOptions()
                                                .setName("PHQ-9")
                                                .setExact(true))));
                @SuppressWarnings("unchecked")
                List<String> drawn = (List<String>) figure.locator("mendwell-chart canvas")
                        .evaluate("c => [...window.Chart.getChart(c).data.labels]");
                @SuppressWarnings("unchecked")
                List<String> held =
                        (List<String>) figure.locator("mendwell-chart").evaluate("e => [...e.chart.labels]");
                List<String> tableDays = figure.locator("table tbody tr th").allTextContents().stream()
                        .map(String::strip)
                        .toList();

                var time =
                        new PersonalTime(java.time.ZoneId.of(zone), java.util.Locale.US, java.time.Clock.systemUTC());
                List<java.time.LocalDate> days =
                        submitted.stream().map(time::dateOf).toList();
                daysSeen.put(zone, days);
                org.assertj.core.api.Assertions.assertThat(drawn)
                        .as("the chart's x labels in %s", zone)
                        .isEqualTo(held)
                        .isEqualTo(days.stream().map(time::dayAndMonth).toList());
                org.assertj.core.api.Assertions.assertThat(tableDays)
                        .as("the table's days in %s", zone)
                        .isEqualTo(days.stream().map(time::weekdayDate).toList());
                screenshot("phq9-chart-days-" + zone.replace('/', '-'));
            }
        } finally {
            jdbc.update("update account set time_zone = ? where email = ?", ownZone, Demo.CLINICIAN);
        }
        System.out.printf(
                "PHQ-9 days: Auckland %s; Los Angeles %s%n",
                daysSeen.get("Pacific/Auckland"), daysSeen.get("America/Los_Angeles"));
    }
}
