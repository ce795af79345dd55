package org.mendwell.caseload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mendwell.client.ClientService;
import org.mendwell.homework.AssignExercise;
import org.mendwell.homework.AssignmentService;
import org.mendwell.homework.CompletionService;
import org.mendwell.homework.ExerciseSchedule;
import org.mendwell.homework.ReviewService;
import org.mendwell.homework.domain.ExerciseTemplateRepository;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.MutableClock;
import org.mendwell.support.Phq9Answers;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

/** Signing off risk alerts on the client's page: one at a time, each with a note, the banner gone with the last. */
@MendwellTest
@ViewPackages(packages = "org.mendwell")
@WithUserDetails(Demo.CLINICIAN)
@ChangesDemoPractice
class RiskAlertSignOffTest extends SpringBrowserlessTest {

    @Autowired
    MutableClock clock;

    @Autowired
    org.mendwell.shared.time.ViewerTime viewerTime;

    @Autowired
    SignIn signIn;

    @Autowired
    ClientIds clientIds;

    @Autowired
    ClientService clients;

    @Autowired
    AssignmentService assignments;

    @Autowired
    CompletionService completion;

    @Autowired
    ReviewService reviews;

    @Autowired
    ExerciseTemplateRepository templates;

    @Autowired
    JdbcClient jdbc;

    /** Two PHQ-9s given today, each answered with item 9 "Several days": two open alerts. */
    private UUID twoAlerts(String email) {
        UUID client = clientIds.of(email);
        for (int i = 0; i < 2; i++) {
            assignments.assign(new AssignExercise(
                    client,
                    templates.findByKey("phq-9").orElseThrow().getId(),
                    null,
                    ExerciseSchedule.once(clock.setToNoonIn(ZoneId.of("Europe/London")), LocalTime.of(23, 59)),
                    false,
                    null));
        }
        signIn.as(email);
        for (var phq : assignments.myExercises().today().stream()
                .filter(e -> e.title().contains("PHQ-9"))
                .toList()) {
            completion.submit(phq.occurrenceId(), Phq9Answers.selfHarmOnSeveralDays());
        }
        signIn.as(Demo.CLINICIAN);
        return client;
    }

    private Div alert() {
        return find(Div.class).withClassName("mw-risk-alert").single();
    }

    @Test
    void each_alert_is_signed_off_with_a_note_one_at_a_time() {
        UUID samuel = twoAlerts(Demo.SAMUEL);
        navigate("clients/" + samuel, Component.class);
        assertThat(find(Button.class, alert()).withText("Sign off this alert").all())
                .hasSize(2);
        org.mendwell.support.FocusMoves.forget();

        test(find(Button.class, alert()).withText("Sign off this alert").atIndex(1))
                .click();
        TextArea note = find(TextArea.class, alert())
                .withLabel("How you followed this up")
                .atIndex(1);
        assertThat(note.isInvalid()).as("a note is required").isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("Say briefly how you followed this up");
        assertThat(org.mendwell.support.FocusMoves.since())
                .as("focus goes to the note that is missing")
                .contains(note.getElement());
        assertThat(reviews.openRiskAlerts(samuel)).hasSize(2);

        test(note).setValue("Phoned Samuel at 18:10; safety plan in place.");
        test(find(Button.class, alert()).withText("Sign off this alert").atIndex(1))
                .click();
        assertThat(org.mendwell.support.FocusMoves.since())
                .as("focus goes to the alerts still open, not to the document body")
                .contains(alert().getElement());

        assertThat(reviews.openRiskAlerts(samuel)).hasSize(1);
        assertThat(find(Button.class, alert()).withText("Sign off this alert").all())
                .as("the other alert stays")
                .hasSize(1);

        test(find(TextArea.class, alert()).withLabel("How you followed this up").single())
                .setValue("Seen in session; no current intent.");
        test(find(Button.class, alert()).withText("Sign off this alert").single())
                .click();

        assertThat(find(Div.class).withClassName("mw-risk-alert").exists())
                .as("no open alert left")
                .isFalse();
        assertThat(org.mendwell.support.FocusMoves.since())
                .as("focus goes to the sign-offs, the newest first")
                .contains(find(com.vaadin.flow.component.html.UnorderedList.class)
                        .withClassName("mw-risk-sign-offs")
                        .single()
                        .getElement());
        assertThat(clients.details(samuel).riskAlertAt()).isNull();
    }

    @Test
    void the_banner_dates_from_the_oldest_open_alert_and_each_sign_off_stays_on_the_page_with_who_and_when() {
        UUID oskar = twoAlerts(Demo.OSKAR); // a client of his own: the other tests leave Samuel's alerts open
        var alerts = reviews.openRiskAlerts(oskar);
        Instant threeDaysAgo = clock.instant().minus(Duration.ofDays(3));
        jdbc.sql("update submission set submitted_at = :at where id = :id")
                .param("at", LocalDateTime.ofInstant(threeDaysAgo, ZoneOffset.UTC))
                .param("id", alerts.getFirst().submissionId().toString())
                .update();
        jdbc.sql("update client set risk_alert_at = :at where id = :id")
                .param("at", LocalDateTime.ofInstant(threeDaysAgo, ZoneOffset.UTC))
                .param("id", oskar.toString())
                .update();
        Instant newer = alerts.getLast().submittedAt();
        navigate("clients/" + oskar, Component.class);
        assertThat(find(Paragraph.class, alert())
                        .withTextContaining("Risk alert since")
                        .single()
                        .getText())
                .contains(viewerTime.viewer().dateTime(threeDaysAgo));

        test(find(TextArea.class, alert()).withLabel("How you followed this up").atIndex(1))
                .setValue("Phoned Oskar the same evening; safety plan in place.");
        test(find(Button.class, alert()).withText("Sign off this alert").atIndex(1))
                .click();

        assertThat(find(Paragraph.class, alert())
                        .withTextContaining("Risk alert since")
                        .single()
                        .getText())
                .as("the alert still open is the one that dates the banner")
                .contains(viewerTime.viewer().dateTime(newer))
                .doesNotContain(viewerTime.viewer().dateTime(threeDaysAgo));
        assertThat(find(Button.class, alert()).withText("Sign off this alert").all())
                .as("the other alert stays")
                .hasSize(1);
        var history =
                find(UnorderedList.class).withClassName("mw-risk-sign-offs").single();
        assertThat(history.getElement().getTextRecursively())
                .contains(
                        "PHQ-9",
                        "Signed off by Dr. Mira Castell on ",
                        ": Phoned Oskar the same evening; safety plan in place.");
        assertThat(reviews.riskSignOffs(oskar))
                .singleElement()
                .satisfies(done -> assertThat(done.signedOffBy()).isEqualTo("Dr. Mira Castell"));
    }

    @Test
    void a_note_over_its_limit_is_kept_whole_and_refused_next_to_the_field() {
        UUID samuel = twoAlerts(Demo.SAMUEL);
        navigate("clients/" + samuel, Component.class);
        TextArea note = find(TextArea.class, alert())
                .withLabel("How you followed this up")
                .atIndex(1);
        String tooLong = "Called and texted. ".repeat(34); // 646 characters, 645 without the space at its end

        test(note).setValue(tooLong);
        test(find(Button.class, alert()).withText("Sign off this alert").atIndex(1))
                .click();

        assertThat(note.getValue()).as("nothing cut").isEqualTo(tooLong);
        assertThat(note.getHelperText()).as("the count shown while typing").contains("645 / 500");
        assertThat(note.getElement().getProperty("maxlength"))
                .as("no silent cut in the browser")
                .isNull();
        assertThat(note.isInvalid()).isTrue();
        assertThat(reviews.openRiskAlerts(samuel)).hasSize(2);
    }
}
