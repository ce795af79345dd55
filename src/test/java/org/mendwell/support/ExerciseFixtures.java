package org.mendwell.support;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.mendwell.homework.AssignExercise;
import org.mendwell.homework.AssignmentService;
import org.mendwell.homework.ExerciseSchedule;
import org.mendwell.homework.domain.ExerciseTemplateRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Exercises given through the services, for tests whose subject is what comes after: the one way to give
 * a built-in exercise to a client of the first demo clinician ({@link Demo#CLINICIAN}, whose caseload
 * the tests use).
 */
@Component
public class ExerciseFixtures {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final SignIn signIn;
    private final AssignmentService assignments;
    private final ClientIds clientIds;
    private final ExerciseTemplateRepository templates;
    // Looked up when used: the application also starts in tests without the test clock (its own start-up, the
    // demo history), and component scanning finds these fixtures there too.
    private final ObjectProvider<MutableClock> clocks;

    ExerciseFixtures(
            SignIn signIn,
            AssignmentService assignments,
            ClientIds clientIds,
            ExerciseTemplateRepository templates,
            ObjectProvider<MutableClock> clocks) {
        this.signIn = signIn;
        this.assignments = assignments;
        this.clientIds = clientIds;
        this.templates = templates;
        this.clocks = clocks;
    }

    /** The id of a built-in exercise template, by its key ({@code daily-check-in}, {@code phq-9}, ...). */
    public UUID template(String templateKey) {
        return templates
                .findByKey(templateKey)
                .orElseThrow(() -> new AssertionError("No template " + templateKey))
                .getId();
    }

    /** The clinician gives the exercise to their client; returns the assignment, the clinician still signed in. */
    public UUID assign(UUID clientId, String templateKey, @Nullable String instructions, ExerciseSchedule schedule) {
        signIn.as(Demo.CLINICIAN);
        return assignments
                .assign(new AssignExercise(clientId, template(templateKey), instructions, schedule, false, null))
                .getFirst()
                .assignmentId();
    }

    /**
     * The clinician gives the exercise to the client, who then signs in: returns the occurrence of it they
     * have to do now (today's, or else an overdue one).
     */
    public UUID give(String clientEmail, String templateKey, @Nullable String instructions, ExerciseSchedule schedule) {
        UUID assignment = assign(clientIds.of(clientEmail), templateKey, instructions, schedule);
        signIn.as(clientEmail);
        var mine = assignments.myExercises();
        return Stream.concat(mine.today().stream(), mine.overdue().stream())
                .filter(e -> e.assignmentId().equals(assignment))
                .findFirst()
                .orElseThrow(() -> new AssertionError("Nothing of " + templateKey + " to do now"))
                .occurrenceId();
    }

    /**
     * The application's clock at noon in London, where the demo clients live ({@link MutableClock#setToNoonIn}),
     * and that day: work given for today, due by 23:59, would be refused at 23:59 (CI runs at any hour).
     */
    public LocalDate todayAtNoon() {
        return clocks.getObject().setToNoonIn(LONDON);
    }

    /** {@link #give} once, due {@link #todayAtNoon() today} by 23:59 (London), with no instructions. */
    public UUID giveToday(String clientEmail, String templateKey) {
        return giveToday(clientEmail, templateKey, null);
    }

    /** {@link #giveToday(String, String)} with the clinician's instructions. */
    public UUID giveToday(String clientEmail, String templateKey, @Nullable String instructions) {
        return give(clientEmail, templateKey, instructions, ExerciseSchedule.once(todayAtNoon(), LocalTime.of(23, 59)));
    }

    /** {@link #giveToday}, leaving the test thread signed out, as a browser test's own thread should be. */
    public UUID giveTodayAndSignOut(String clientEmail, String templateKey) {
        UUID occurrence = giveToday(clientEmail, templateKey);
        SecurityContextHolder.clearContext();
        return occurrence;
    }
}
