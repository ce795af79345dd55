package org.mendwell.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mendwell.homework.AssignExercise;
import org.mendwell.homework.AssignmentService;
import org.mendwell.homework.ExerciseSchedule;
import org.mendwell.homework.domain.ExerciseTemplateRepository;
import org.mendwell.support.ClientIds;
import org.mendwell.support.CuttableProxy;
import org.mendwell.support.Demo;
import org.mendwell.support.MutableClock;
import org.mendwell.support.SignIn;
import org.mendwell.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database goes away while a client is answering, and comes back. The application reaches
 * MariaDB through a relay the test cuts (the shared server itself keeps running for the rest of the
 * suite). Submitting during the outage says so within five seconds and keeps every answer on screen;
 * nothing half-written reaches the database; health reports DOWN, then UP; and once the database is
 * back, the same submit succeeds in the same running application, with the answer typed during the
 * outage included.
 */
@Tag("mariadb")
// The production (mariadb profile) pool and driver timeouts, which this test's profile does not load.
@SpringBootTest(
        properties = {
            "spring.datasource.hikari.connection-timeout=3000",
            "spring.datasource.hikari.validation-timeout=1000",
            "spring.datasource.hikari.data-source-properties.connectTimeout=3000",
            "spring.datasource.hikari.data-source-properties.socketTimeout=15000"
        })
@ActiveProfiles("mariadb-test")
@Import(TestClock.class) // the day's check-in is given at noon in London on the test clock
@ViewPackages(packages = "org.mendwell")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DatabaseOutageMariaDbTest extends SpringBrowserlessTest {

    private static CuttableProxy relay;

    @DynamicPropertySource
    static void throughTheRelay(DynamicPropertyRegistry registry) {
        URI server = URI.create(System.getenv()
                .getOrDefault("MENDWELL_TEST_DB_URL", "jdbc:mariadb://127.0.0.1:3306/mendwell_test")
                .substring("jdbc:".length()));
        relay = CuttableProxy.to(server.getHost(), server.getPort() < 0 ? 3306 : server.getPort());
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:mariadb://127.0.0.1:" + relay.port() + server.getPath() + "?createDatabaseIfNotExist=true");
    }

    @AfterAll
    static void closeRelay() throws Exception {
        relay.close();
    }

    @Autowired
    MutableClock clock;

    @Autowired
    SignIn signIn;

    @Autowired
    AssignmentService assignments;

    @Autowired
    ClientIds clientIds;

    @Autowired
    ExerciseTemplateRepository templates;

    @Autowired
    HealthEndpoint health;

    @Autowired
    JdbcClient jdbc;

    private TextArea textArea(String labelStart) {
        return find(TextArea.class)
                .withCondition(a -> a.getLabel() != null && a.getLabel().startsWith(labelStart))
                .single();
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Integer> scale(String labelStart) {
        return find(RadioButtonGroup.class)
                .withCondition(g -> g.getLabel() != null && g.getLabel().startsWith(labelStart))
                .single();
    }

    private String saveState() {
        return find(Span.class).withClassName("mw-save-state").single().getText();
    }

    private Status healthNow() {
        return health.health().getStatus();
    }

    private void awaitHealth(Status expected) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!healthNow().equals(expected) && System.nanoTime() < until) {
            Thread.sleep(200);
        }
        assertThat(healthNow()).isEqualTo(expected);
    }

    private List<String> submissionRows(UUID occurrence) {
        return jdbc.sql("SELECT s.status FROM submission s WHERE s.occurrence_id = ?")
                .param(occurrence.toString())
                .query(String.class)
                .list();
    }

    private int answerRows(UUID occurrence) {
        return jdbc.sql("SELECT COUNT(*) FROM submission_answer a JOIN submission s ON s.id = a.submission_id "
                        + "WHERE s.occurrence_id = ?")
                .param(occurrence.toString())
                .query(Integer.class)
                .single();
    }

    @Test
    void a_submit_during_an_outage_is_refused_calmly_and_succeeds_once_the_database_is_back() throws Exception {
        UUID hana = clientIds.of(Demo.HANA);
        signIn.as(Demo.CLINICIAN);
        assignments.assign(new AssignExercise(
                hana,
                templates.findByKey("daily-check-in").orElseThrow().getId(),
                null,
                ExerciseSchedule.once(clock.setToNoonIn(ZoneId.of("Europe/London")), LocalTime.of(23, 59)),
                false,
                null));
        signIn.as(Demo.HANA);
        var mine = assignments.myExercises();
        UUID occurrence = (mine.today().isEmpty() ? mine.overdue() : mine.today())
                .getFirst()
                .occurrenceId();

        navigate("my/exercise/" + occurrence, Component.class);
        test(textArea("How I feel today")).setValue("Calmer than yesterday");
        test(textArea("What's on my mind")).setValue("The visit on Saturday");
        test(scale("Safety")).selectItem("7");
        assertThat(saveState()).as("the last answer saved, named").startsWith("Saved: Safety");
        assertThat(healthNow()).isEqualTo(Status.UP);

        relay.cut();

        // Still typing: the draft cannot be saved, and the page says so without losing anything.
        test(textArea("What I need from you now")).setValue("A walk after dinner");
        assertThat(saveState()).startsWith("We couldn't save just now");
        test(scale("Trust")).selectItem("5");
        test(scale("Hope")).selectItem("6");
        test(scale("Closeness")).selectItem("4");

        long started = System.nanoTime();
        test(find(Button.class).withText("Submit").single()).click();
        Duration answered = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("Submit during the outage answered in %d ms%n", answered.toMillis());
        assertThat(answered).isLessThan(Duration.ofSeconds(5));
        assertThat(saveState()).startsWith("We couldn't submit just now");
        assertThat(textArea("How I feel today").getValue()).isEqualTo("Calmer than yesterday");
        assertThat(textArea("What I need from you now").getValue()).isEqualTo("A walk after dinner");
        assertThat(scale("Closeness").getValue()).isEqualTo(4);
        assertThat(find(Button.class).withText("Submit").single().isEnabled()).isTrue();
        awaitHealth(Status.DOWN);

        relay.restore();
        awaitHealth(Status.UP);
        // Nothing half-written: still the draft saved before the outage, with its three answers.
        assertThat(submissionRows(occurrence)).containsExactly("DRAFT");
        assertThat(answerRows(occurrence)).isEqualTo(3);

        test(find(Button.class).withText("Submit").single()).click();

        assertThat(find(Button.class).withText("Submit").all()).isEmpty();
        assertThat(submissionRows(occurrence)).containsExactly("SUBMITTED");
        assertThat(answerRows(occurrence)).isEqualTo(7);
        assertThat(jdbc.sql("SELECT a.text_value FROM submission_answer a JOIN submission s ON s.id = a.submission_id "
                                + "WHERE s.occurrence_id = ? AND a.position = 3")
                        .param(occurrence.toString())
                        .query(String.class)
                        .single())
                .isEqualTo("A walk after dinner");
    }

    @Test
    void an_intake_draft_that_cannot_be_saved_says_so_keeps_the_typed_text_and_is_saved_with_the_next_change()
            throws Exception {
        UUID elena = clientIds.of(Demo.ELENA);
        signIn.as(Demo.ELENA);
        navigate("intake", Component.class);
        var phone = find(TextField.class).withLabel("Phone").single();
        String before = phone.getValue();

        relay.cut();
        try {
            test(phone).setValue("+44 20 7946 0222");

            assertThat(saveState()).startsWith("We couldn't save just now").doesNotContain("Saved");
            assertThat(phone.getValue()).isEqualTo("+44 20 7946 0222");
        } finally {
            relay.restore();
        }
        awaitHealth(Status.UP);

        test(find(TextField.class).withLabel("Pronouns (optional)").single()).setValue("she/her");

        assertThat(saveState()).isEqualTo("Saved: Pronouns (optional)");
        assertThat(jdbc.sql("SELECT phone FROM intake WHERE client_id = ?")
                        .param(elena.toString())
                        .query(String.class)
                        .single())
                .as("the answer typed during the outage")
                .isEqualTo("+44 20 7946 0222");
        test(phone).setValue(before);
    }
}
