package org.mendwell.shared.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.account.MyTimeZoneService;
import org.mendwell.homework.Answer;
import org.mendwell.homework.AssignExercise;
import org.mendwell.homework.AssignmentService;
import org.mendwell.homework.CompletionService;
import org.mendwell.homework.ExerciseSchedule;
import org.mendwell.homework.domain.ExerciseTemplateRepository;
import org.mendwell.homework.domain.SubmissionRepository;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.MutableClock;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 16: Robin, a client who gave Europe/London in her intake, submits a check-in; her clinician has
 * chosen America/New_York on his account page. Each reads the same submission on their own clock, on
 * the server's own zone's terms never.
 */
@MendwellTest
@ViewPackages(packages = "org.mendwell")
@ChangesDemoPractice
class OwnClockTest extends SpringBrowserlessTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Autowired
    SignIn signIn;

    @Autowired
    ViewerTime viewerTime;

    @Autowired
    MyTimeZoneService myTimeZone;

    @Autowired
    AssignmentService assignments;

    @Autowired
    CompletionService completion;

    @Autowired
    ClientIds clientIds;

    @Autowired
    ExerciseTemplateRepository templates;

    @Autowired
    SubmissionRepository submissions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    private Instant submittedAt = Instant.EPOCH;
    private UUID occurrence = new UUID(0, 0);

    /** Written by the test's own pattern, not the portal's formats: "4 Dec 2026, 21:05" as a Briton writes it. */
    private static String britishDateTime(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK).format(instant.atZone(zone));
    }

    @BeforeEach
    void robin_submits_a_check_in_and_her_clinician_lives_in_new_york() {
        // Noon in London: at the real time the exercise due at 23:59 today could already be in the past (CI ran
        // at 23:58 UTC once and the assignment was refused).
        LocalDate today = clock.setToNoonIn(LONDON);
        signIn.as(Demo.CLINICIAN);
        myTimeZone.choose("America/New_York");
        UUID assignment = assignments
                .assign(new AssignExercise(
                        clientIds.of(Demo.CLIENT),
                        templates.findByKey("daily-check-in").orElseThrow().getId(),
                        null,
                        ExerciseSchedule.once(today, LocalTime.of(23, 59)),
                        false,
                        null))
                .getFirst()
                .assignmentId();
        signIn.as(Demo.CLIENT);
        occurrence = assignments.myExercises().today().stream()
                .filter(e -> e.assignmentId().equals(assignment))
                .findFirst()
                .orElseThrow()
                .occurrenceId();
        var answers = new HashMap<Integer, Answer>(Map.of(
                0,
                Answer.text("Steady"),
                1,
                Answer.text("Plans"),
                3,
                Answer.text("A walk"),
                4,
                Answer.scale(7),
                5,
                Answer.scale(6),
                6,
                Answer.scale(6),
                7,
                Answer.scale(5)));
        submittedAt = completion.submit(occurrence, answers).submittedAt();
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void the_clinician_has_no_zone_of_his_own_again() {
        jdbc.update("update account set time_zone = null where email = ?", Demo.CLINICIAN);
    }

    @Test
    void a_london_client_and_a_new_york_clinician_each_read_the_same_submission_on_their_own_clock() {
        signIn.as(Demo.CLIENT);
        PersonalTime robins = viewerTime.viewer();
        signIn.as(Demo.CLINICIAN);
        PersonalTime clinicians = viewerTime.viewer();

        assertThat(robins.zone()).isEqualTo(LONDON);
        assertThat(clinicians.zone()).isEqualTo(NEW_YORK);
        assertThat(robins.dateTime(submittedAt)).isEqualTo(britishDateTime(submittedAt, LONDON));
        assertThat(clinicians.dateTime(submittedAt))
                .isEqualTo(britishDateTime(submittedAt, NEW_YORK))
                .isNotEqualTo(robins.dateTime(submittedAt));
    }

    @Test
    void the_servers_own_time_zone_changes_nothing() {
        signIn.as(Demo.CLIENT);
        String before = viewerTime.viewer().dateTime(submittedAt);
        TimeZone serversZone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertThat(viewerTime.viewer().dateTime(submittedAt)).isEqualTo(before);
            assertThat(viewerTime.today()).isEqualTo(LocalDate.now(clock.withZone(LONDON)));
        } finally {
            TimeZone.setDefault(serversZone);
        }
    }

    @Test
    void the_client_sees_her_submission_time_in_london_on_her_exercise_page() {
        signIn.as(Demo.CLIENT);
        navigate("my/exercise/" + occurrence, Component.class);

        assertThat(find(Paragraph.class)
                        .withTextContaining("Submitted " + britishDateTime(submittedAt, LONDON))
                        .exists())
                .isTrue();
    }

    @Test
    void the_clinician_sees_the_same_submission_at_new_york_time_on_his_review_page() {
        UUID submission =
                submissions.findByOccurrenceId(occurrence).orElseThrow().getId();
        signIn.as(Demo.CLINICIAN);
        navigate("submissions/" + submission, Component.class);

        assertThat(find(Paragraph.class)
                        .withTextContaining("submitted " + britishDateTime(submittedAt, NEW_YORK))
                        .exists())
                .isTrue();
    }

    @Test
    void a_time_zone_java_does_not_know_is_refused_next_to_the_field_and_the_old_one_stays() {
        signIn.as(Demo.CLINICIAN);

        assertThatThrownBy(() -> myTimeZone.choose("Europe/Atlantis"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.problems()).containsKey("timeZone"));
        assertThat(myTimeZone.chosen()).contains(NEW_YORK);
    }

    @Test
    void the_account_page_saves_the_chosen_zone_and_says_so_only_after_saving() {
        signIn.as(Demo.CLINICIAN);
        navigate("account", Component.class);
        @SuppressWarnings("unchecked")
        ComboBox<String> zone = find(ComboBox.class).withCaption("Time zone").single();
        assertThat(zone.getValue()).isEqualTo("America/New_York");

        test(zone).selectItem("Pacific/Auckland");
        test(find(Button.class).withText("Save time zone").single()).click();

        assertThat(myTimeZone.chosen()).contains(ZoneId.of("Pacific/Auckland"));
        assertThat(viewerTime.viewer().zone()).isEqualTo(ZoneId.of("Pacific/Auckland"));
    }
}
