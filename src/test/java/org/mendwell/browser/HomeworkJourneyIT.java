package org.mendwell.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellWebTest;
import org.mendwell.support.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The homework loop in Chromium: the clinician gives Hana a daily check-in and a reflection, Hana
 * answers both on her phone (reloading half-way through the check-in to prove the draft survived),
 * the clinician reads the check-in and answers, and Hana finds the feedback under her answers.
 */
@MendwellWebTest
@ChangesDemoPractice
class HomeworkJourneyIT extends BrowserTest {

    @Autowired
    org.mendwell.support.ExerciseFixtures exercises;

    @Autowired
    org.mendwell.support.SignIn signInFixture;

    @Autowired
    org.mendwell.homework.AssignmentService assignments;

    @Autowired
    org.mendwell.homework.CompletionService completion;

    @Autowired
    org.mendwell.homework.domain.SubmissionRepository submissions;

    @Autowired
    org.mendwell.support.ClientIds clientIds;

    @Autowired
    MutableClock clock;

    /**
     * The portal's clock moves on to the next noon in Hana's zone: after 23:45 the dialog rightly suggests
     * tomorrow, and the journey needs an exercise due today. Forward only, so nothing seeded lies ahead of it.
     */
    @BeforeEach
    void atNoonWhereHanaLives() {
        ZoneId london = ZoneId.of("Europe/London");
        ZonedDateTime now = ZonedDateTime.now(london);
        ZonedDateTime noon = now.toLocalDate().atTime(12, 0).atZone(london);
        clock.set((noon.isAfter(now) ? noon : noon.plusDays(1)).toInstant());
    }

    static final String HANA = "Hana Morikawa";
    static final String CHECK_IN = "Daily check-in";
    static final String REFLECTION = "Looking at the whole relationship";
    static final String DUE = "Today|Overdue";

    private void giveExercise(String title, String frequency) {
        button("Give an exercise").click();
        Locator dialog = page.locator("vaadin-dialog[opened]");
        assertThat(dialog).hasCount(1);
        field("Exercise").fill(title);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("^" + title + " · ")))
                .click();
        assertThat(page.locator("vaadin-combo-box[opened]")).hasCount(0);
        // The dialog picks the template's suggested schedule once the server has the choice.
        assertThat(page.getByRole(
                        AriaRole.RADIO,
                        new Page.GetByRoleOptions().setName(frequency).setExact(true)))
                .isChecked();
        if (!frequency.equals("Once")) {
            field("Or this many times").fill("7");
        }
        button("Give exercise").click();
        assertThat(dialog).hasCount(0);
        assertThat(page.locator(".mw-section").getByText(title + " — " + frequency.toLowerCase()))
                .isVisible();
    }

    /**
     * The exercise's card in the groups of "My exercises" whose heading matches (Today, Overdue, Coming
     * up, Done). An exercise due today at 21:00 is overdue when the build runs late in the evening.
     */
    private Locator card(String groups, String title) {
        return page.locator(".mw-exercise-group")
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByRole(
                                AriaRole.HEADING,
                                new Page.GetByRoleOptions().setName(Pattern.compile("^(" + groups + ")$")))))
                .locator(".mw-exercise-card")
                .filter(new Locator.FilterOptions().setHasText(title));
    }

    private void openExercise(String group, String title) {
        page.navigate(url("my/exercises"));
        card(group, title).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title)))
                .isVisible();
        // Vaadin's fields upgrade after the page is attached; wait until the inner inputs exist.
        assertThat(page.locator(".mw-exercise-questions textarea").first()).isVisible();
    }

    @Test
    void clinician_gives_two_exercises_client_answers_with_a_reload_and_reads_the_feedback() {
        // The clinician gives Hana a daily check-in for a week and a one-off reflection.
        signIn(Demo.CLINICIAN, Demo.PASSWORD);
        // First the PHQ-9 as the client will see it: its questions scroll in a region a keyboard can reach.
        page.navigate(url("library"));
        page.getByText("PHQ-9 (mood)", new Page.GetByTextOptions().setExact(true))
                .click();
        Locator preview =
                page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Preview of PHQ-9 (mood)"));
        assertThat(preview).hasAttribute("tabindex", "0");
        Accessibility.assertNoViolations(page, "PHQ-9 preview");
        button("Close").click();
        // A new exercise's preview before any question has words: its fields are named all the same (axe: label).
        page.navigate(url("library/new"));
        button("Preview").click();
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Preview of Untitled exercise")))
                .isVisible();
        Accessibility.assertNoSeriousViolations(page, "new exercise's preview");
        button("Close").click();
        page.navigate(url(""));
        page.getByText(HANA, new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page).hasURL(Pattern.compile(".*/clients/[0-9a-f-]{36}$"));
        String clientPage = page.url();
        giveExercise(CHECK_IN, "Daily");
        giveExercise(REFLECTION, "Once");
        Accessibility.assertNoSeriousViolations(page, "client page with exercises given");
        screenshot("homework-01-exercises-given");
        logOut();

        // Hana starts today's check-in on her phone.
        newContext(360, 780);
        signIn(Demo.HANA, Demo.PASSWORD);
        page.navigate(url("my/exercises"));
        assertThat(card(DUE, CHECK_IN)).not().hasCount(0);
        assertThat(card("Coming up", CHECK_IN)).not().hasCount(0);
        Accessibility.assertNoSeriousViolations(page, "my exercises");
        screenshot("homework-02-my-exercises-phone");
        openExercise(DUE, CHECK_IN);
        field("How I feel today: how are you feeling, in a few words?").fill("Tired, but calmer than last week");
        field("What's on my mind: what are you thinking about today?").fill("Whether the talk on Sunday helped");
        option("Safety:", "7").check();
        // The scale is sent at once; the progress line is the server's count of what it now holds.
        assertThat(page.locator(".mw-progress")).containsText("3 of 8 answered");
        // Named by what was saved last: the scale, or the text its click took the focus from.
        assertThat(page.locator(".mw-save-state"))
                .hasText(Pattern.compile("^Saved: (Safety|What's on my mind), at .*"));

        // The page is reloaded half-way: everything typed is still there.
        page.reload();
        assertThat(field("How I feel today: how are you feeling, in a few words?"))
                .hasValue("Tired, but calmer than last week");
        assertThat(field("What's on my mind: what are you thinking about today?"))
                .hasValue("Whether the talk on Sunday helped");
        assertThat(option("Safety:", "7")).isChecked();
        assertThat(page.locator(".mw-progress")).containsText("3 of 8 answered");

        // Submitting too early marks what is missing and keeps the answers.
        button("Submit").click();
        assertThat(page.locator(".mw-save-state")).containsText("Please answer the questions marked");
        assertThat(page.locator("vaadin-text-area[invalid]")
                        .filter(new Locator.FilterOptions().setHasText("What I need from you now")))
                .hasCount(1);
        field("What I need from you now: what would help you today?").fill("A walk together after dinner");
        option("Trust:", "5").check();
        option("Hope:", "6").check();
        option("Closeness:", "4").check();
        assertThat(page.locator(".mw-progress")).containsText("7 of 8 answered");
        Accessibility.assertNoSeriousViolations(page, "daily check-in half answered");
        screenshot("homework-03-check-in-phone");
        button("Submit").click();
        assertThat(page.getByText("Thank you. Your clinician will see your answers."))
                .isVisible();
        assertThat(button("Submit")).hasCount(0);

        // Then the reflection.
        openExercise(DUE, REFLECTION);
        field("Where has trust been tested in this relationship? Name the moments that stand out.")
                .fill("The months after the messages came out");
        field("After trust has been shaken, what helps you feel safe again?").fill("Plain answers, without defending");
        field("How would you know you're ready to rebuild? What would you feel, think or notice?")
                .fill("I would stop checking the phone");
        option("Right now, which feels closest?", "I'm getting there").check();
        field("What is one action you can take today, for yourself or for the relationship?")
                .fill("Go to bed on time");
        assertThat(page.locator(".mw-progress")).containsText("5 of 6 answered");
        button("Submit").click();
        assertThat(page.getByText("Thank you. Your clinician will see your answers."))
                .isVisible();
        assertThat(button("Submit")).hasCount(0);

        // The clinician, on a laptop, reads the check-in and answers.
        newContext(1280, 800);
        signIn(Demo.CLINICIAN, Demo.PASSWORD);
        page.navigate(clientPage);
        assertThat(page.getByText("2 waiting for your review.")).isVisible();
        page.locator(".mw-submission-list a")
                .filter(new Locator.FilterOptions().setHasText(CHECK_IN))
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/submissions/[0-9a-f-]{36}$"));
        assertThat(page.locator(".mw-answer-table")).containsText("Tired, but calmer than last week");
        assertThat(page.locator(".mw-answer-table")).containsText("A walk together after dinner");
        field("Feedback for Hana").fill("Thank you, Hana. A walk after dinner sounds like a good, small step.");
        Accessibility.assertNoSeriousViolations(page, "submission review");
        button("Send feedback").click();
        assertThat(page.getByText("Feedback sent; marked as reviewed")).isVisible();
        assertThat(page.locator(".mw-thread")).containsText("A walk after dinner sounds like a good, small step.");
        screenshot("homework-04-feedback-sent");
        page.navigate(clientPage);
        assertThat(page.getByText("1 waiting for your review.")).isVisible();
        logOut();

        // Hana finds the feedback under her answers, read-only.
        newContext(360, 780);
        signIn(Demo.HANA, Demo.PASSWORD);
        page.navigate(url("my/exercises"));
        assertThat(card("Done", CHECK_IN)).hasCount(1);
        card("Done", CHECK_IN).click();
        assertThat(page.locator(".mw-thread")).containsText("A walk after dinner sounds like a good, small step.");
        assertThat(field("How I feel today: how are you feeling, in a few words?"))
                .not()
                .isEditable();
        Accessibility.assertNoSeriousViolations(page, "submitted check-in with feedback");
        screenshot("homework-05-feedback-phone");
    }

    /**
     * A check-in read beside the earlier ones (Robin's latest) on a phone: the answers table is wider than the screen
     * and scrolls sideways, so a keyboard must be able to reach it (axe: scrollable-region-focusable).
     */
    @Test
    void a_check_in_beside_earlier_ones_scrolls_by_keyboard_on_a_phone() {
        // Robin does a daily check-in three days running; the third is read beside the first two.
        java.time.LocalDate first = exercises.todayAtNoon();
        java.util.UUID assignment = exercises.assign(
                clientIds.of(Demo.CLIENT),
                "daily-check-in",
                null,
                org.mendwell.homework.ExerciseSchedule.daily(first, null, 3, java.time.LocalTime.of(23, 59)));
        var answers = new java.util.HashMap<Integer, org.mendwell.homework.Answer>();
        answers.put(0, org.mendwell.homework.Answer.text("Tired, but calmer than last week, and hopeful"));
        answers.put(1, org.mendwell.homework.Answer.text("Planning the weekend together without arguing"));
        answers.put(3, org.mendwell.homework.Answer.text("A walk together after dinner, phones at home"));
        for (int scale = 4; scale <= 7; scale++) {
            answers.put(scale, org.mendwell.homework.Answer.scale(6));
        }
        java.util.UUID latest = null;
        for (int day = 0; day < 3; day++) {
            clock.set(first.plusDays(day)
                    .atTime(12, 0)
                    .atZone(ZoneId.of("Europe/London"))
                    .toInstant());
            signInFixture.as(Demo.CLIENT);
            java.util.UUID occurrence = assignments.myExercises().today().stream()
                    .filter(e -> e.assignmentId().equals(assignment))
                    .findFirst()
                    .orElseThrow()
                    .occurrenceId();
            completion.submit(occurrence, answers);
            latest = submissions.findByOccurrenceId(occurrence).orElseThrow().getId();
        }
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        newContext(360, 780);
        signIn(Demo.CLINICIAN, Demo.PASSWORD);
        page.navigate(url("submissions/" + latest));
        Locator table = page.locator(".mw-table-scroller");
        assertThat(table).isVisible();
        org.assertj.core.api.Assertions.assertThat((Boolean) table.evaluate("box => box.scrollWidth > box.clientWidth"))
                .as("the table is wider than its box")
                .isTrue();
        Accessibility.assertNoSeriousViolations(page, "check-in beside earlier ones on a phone");
    }
}
