package org.mendwell.homework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mendwell.homework.Answer;
import org.mendwell.homework.AssignExercise;
import org.mendwell.homework.AssignmentService;
import org.mendwell.homework.CompletionService;
import org.mendwell.homework.ExerciseSchedule;
import org.mendwell.homework.ReviewService;
import org.mendwell.homework.domain.ExerciseTemplateRepository;
import org.mendwell.homework.domain.SubmissionRepository;
import org.mendwell.intake.IntakeAnswers;
import org.mendwell.intake.IntakeService;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.ExerciseFixtures;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.MutableClock;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@MendwellTest
@ViewPackages(packages = "org.mendwell")
class MyExercisesViewTest extends SpringBrowserlessTest {

    @Autowired
    AssignmentService assignments;

    @Autowired
    ClientIds clientIds;

    @Autowired
    ExerciseTemplateRepository templates;

    @Autowired
    UserDetailsService users;

    @Autowired
    IntakeService intakes;

    @Test
    @WithUserDetails(Demo.ELENA)
    void the_client_is_greeted_by_the_name_they_asked_to_be_called_in_their_intake() {
        IntakeAnswers before = intakes.myIntake().answers();
        IntakeAnswers renamed = before.copy();
        renamed.setPreferredName("  Lena ");
        intakes.saveDraft(renamed);
        try {
            navigate(MyExercisesView.class);

            assertThat(find(H2.class).atIndex(1).getText()).isEqualTo("Hello, Lena");
        } finally {
            intakes.saveDraft(before);
        }
    }

    @Autowired
    SignIn signIn;

    @Autowired
    ExerciseFixtures exercises;

    @Autowired
    CompletionService completion;

    @Autowired
    ReviewService review;

    @Autowired
    SubmissionRepository submissions;

    @Autowired
    MutableClock clock;

    @Test
    @WithUserDetails(Demo.CLIENT)
    void without_exercises_the_client_is_told_plainly_that_none_were_given_yet() {
        navigate(MyExercisesView.class);

        assertThat(find(Paragraph.class)
                        .withTextContaining("hasn't given you any exercises yet")
                        .exists())
                .isTrue();
    }

    @Test
    @WithUserDetails(Demo.CLIENT)
    @ChangesDemoPractice
    void given_exercises_are_listed_by_today_and_coming_up_once_per_series_with_the_clinicians_note() {
        var clinician = users.loadUserByUsername(Demo.CLINICIAN);
        var client = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(clinician, null, clinician.getAuthorities()));
        LocalDate today = clock.setToNoonIn(ZoneId.of("Europe/London"));
        assignments.assign(new AssignExercise(
                clientIds.of(Demo.CLIENT),
                templates.findByKey("daily-check-in").orElseThrow().getId(),
                "Two minutes after dinner.",
                ExerciseSchedule.daily(today, null, 3, LocalTime.of(23, 59)),
                false,
                null));
        SecurityContextHolder.getContext().setAuthentication(client);

        navigate(MyExercisesView.class);

        assertThat(find(H3.class).all())
                .extracting(H3::getText)
                .containsExactly("Today", "Overdue", "Coming up", "Done");
        assertThat(find(Span.class).withText("Daily check-in").all())
                .as("today's, and the series once under Coming up")
                .hasSize(2);
        assertThat(find(Span.class).withText("Every day").all()).hasSize(1);
        assertThat(find(Span.class)
                        .withTextContaining("Next due "
                                + today.plusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM")))
                        .all())
                .hasSize(1);
        assertThat(find(Paragraph.class)
                        .withText("From your clinician: Two minutes after dinner.")
                        .all())
                .hasSize(2);
        assertThat(find(Paragraph.class).withText("Nothing overdue. Well done.").exists())
                .isTrue();
    }

    @Test
    @WithUserDetails(Demo.CLIENT)
    @ChangesDemoPractice
    void a_finished_exercise_shows_its_day_and_new_feedback_until_the_client_opens_it() {
        UUID occurrence = exercises.giveTodayAndSignOut(Demo.CLIENT, "accountability-owning-what-happened");
        signIn.as(Demo.CLIENT);
        completion.submit(
                occurrence,
                Map.of(
                        0,
                        Answer.text("What I did"),
                        1,
                        Answer.text("How it hurt"),
                        3,
                        Answer.text("Guilt"),
                        4,
                        Answer.text("I did this")));
        navigate(MyExercisesView.class);
        assertThat(find(Span.class).withText("New feedback from your clinician").exists())
                .isFalse();
        var mine = assignments.myExercises();
        String doneOn = "Done "
                + mine.completed()
                        .getFirst()
                        .submittedAt()
                        .atZone(mine.zone())
                        .format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM"));
        assertThat(find(Span.class).withText(doneOn).all())
                .as("the Done list says which day")
                .hasSize(1);

        signIn.as(Demo.CLINICIAN);
        review.sendFeedback(
                submissions.findByOccurrenceId(occurrence).orElseThrow().getId(), "Well put.");
        signIn.as(Demo.CLIENT);
        navigate(MyExercisesView.class);
        assertThat(find(Span.class).withText("New feedback from your clinician").all())
                .hasSize(1);

        navigate(ExerciseView.class, occurrence.toString());
        navigate(MyExercisesView.class);
        assertThat(find(Span.class).withText("New feedback from your clinician").exists())
                .isFalse();
    }
}
