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
import org.junit.jupiter.api.Test;
import org.mendwell.client.domain.ClientRepository;
import org.mendwell.homework.AssignExercise;
import org.mendwell.homework.AssignmentService;
import org.mendwell.homework.ExerciseSchedule;
import org.mendwell.homework.domain.ExerciseTemplateRepository;
import org.mendwell.intake.IntakeAnswers;
import org.mendwell.intake.IntakeService;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;

@MendwellTest
@ViewPackages(packages = "org.mendwell")
class MyExercisesViewTest extends SpringBrowserlessTest {

    @Autowired
    AssignmentService assignments;

    @Autowired
    ClientRepository clientRecords;

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

            assertThat($(H2.class).first().getText()).isEqualTo("Hello, Lena");
        } finally {
            intakes.saveDraft(before);
        }
    }

    @Test
    @WithUserDetails(Demo.CLIENT)
    void without_exercises_the_client_is_told_plainly_that_none_were_given_yet() {
        navigate(MyExercisesView.class);

        assertThat(find(Paragraph.class).withTextContaining("hasn't given you any exercises yet").exists()).isTrue();
    }

    @Test
    @WithUserDetails(Demo.CLIENT)
    @DirtiesContext
    void given_exercises_are_listed_by_today_and_coming_up_once_per_series_with_the_clinicians_note() {
        var clinician = users.loadUserByUsername(Demo.CLINICIAN);
        var client = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(clinician, null, clinician.getAuthorities()));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        assignments.assign(new AssignExercise(clientRecords.findByEmail(Demo.CLIENT).orElseThrow().getId(),
                templates.findByKey("daily-check-in").orElseThrow().getId(), "Two minutes after dinner.",
                ExerciseSchedule.daily(today, null, 3, LocalTime.of(23, 59)), false, null));
        SecurityContextHolder.getContext().setAuthentication(client);

        navigate(MyExercisesView.class);

        assertThat(find(H3.class).all()).extracting(H3::getText).containsExactly("Today", "Overdue", "Coming up", "Done");
        assertThat(find(Span.class).withText("Daily check-in").all()).as("today's, and the series once under Coming up")
                .hasSize(2);
        assertThat(find(Span.class).withText("Every day").all()).hasSize(1);
        assertThat(find(Span.class).withTextContaining("Next due " + today.plusDays(1).format(
                java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM"))).all()).hasSize(1);
        assertThat(find(Paragraph.class).withText("From your clinician: Two minutes after dinner.").all()).hasSize(2);
        assertThat(find(Paragraph.class).withText("Nothing overdue. Well done.").exists()).isTrue();
    }
}
