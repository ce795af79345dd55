package org.mendwell.trust;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mendwell.homework.Answer;
import org.mendwell.homework.AssignExercise;
import org.mendwell.homework.AssignmentService;
import org.mendwell.homework.AssignmentSummary;
import org.mendwell.homework.CompletionService;
import org.mendwell.homework.ExerciseSchedule;
import org.mendwell.homework.TemplateDetails;
import org.mendwell.homework.domain.ExerciseOccurrence;
import org.mendwell.homework.domain.ExerciseOccurrenceRepository;
import org.mendwell.homework.domain.ExerciseTemplateRepository;
import org.mendwell.support.Demo;
import org.mendwell.support.MutableClock;
import org.mendwell.support.SignIn;
import org.springframework.stereotype.Component;

/**
 * The demo couple's daily check-ins, lived through the real services on a clock set by hand: Robin and Jonas
 * (both in London) are given the check-in for {@code days} days from {@code start}; each day either answers
 * Trust, Hope and Closeness with the value given, or leaves the day out (null). Safety is always answered 0,
 * so a test can see it never reaches the figures. A component, so that the classes using it share the test context
 * of every other {@code @MendwellTest} (an {@code @Import} of its own made a context of its own); it takes the
 * application's {@link Clock}, since applications that tests start themselves have no {@link MutableClock}.
 */
@Component
public class CoupleCheckIns {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final SignIn signIn;
    private final Clock clock;
    private final AssignmentService assignments;
    private final CompletionService completion;
    private final ExerciseTemplateRepository templates;
    private final ExerciseOccurrenceRepository occurrences;
    private final EntityManager entityManager;

    /** The test clock; fails the test in an application started without one. */
    private MutableClock clock() {
        if (clock instanceof MutableClock mutable) {
            return mutable;
        }
        throw new IllegalStateException("Couple check-ins need the test clock (@MendwellTest)");
    }

    CoupleCheckIns(
            SignIn signIn,
            Clock clock,
            AssignmentService assignments,
            CompletionService completion,
            ExerciseTemplateRepository templates,
            ExerciseOccurrenceRepository occurrences,
            EntityManager entityManager) {
        this.entityManager = entityManager;
        this.signIn = signIn;
        this.clock = clock;
        this.assignments = assignments;
        this.completion = completion;
        this.templates = templates;
        this.occurrences = occurrences;
    }

    /** Lives the days; leaves the clock at 12:00 London on the day after the last, signed in as the clinician. */
    public void live(UUID robin, LocalDate start, List<Integer> robins, List<Integer> jonass) {
        clock().set(start.minusDays(1).atTime(9, 0).atZone(LONDON).toInstant());
        signIn.as(Demo.CLINICIAN);
        List<AssignmentSummary> given = assignments.assign(new AssignExercise(
                robin,
                templates.findByKey("daily-check-in").orElseThrow().getId(),
                null,
                ExerciseSchedule.daily(start, null, robins.size(), LocalTime.of(21, 0)),
                true,
                null));
        List<UUID> robinsDays = occurrencesOf(given.get(0));
        List<UUID> jonassDays = occurrencesOf(given.get(1));
        for (int day = 0; day < robins.size(); day++) {
            Instant evening = start.plusDays(day).atTime(20, 0).atZone(LONDON).toInstant();
            submit(Demo.CLIENT, robinsDays.get(day), evening, robins.get(day));
            submit(Demo.JONAS, jonassDays.get(day), evening, jonass.get(day));
        }
        clock().set(start.plusDays(robins.size()).atTime(12, 0).atZone(LONDON).toInstant());
        signIn.as(Demo.CLINICIAN);
        // The test's own transaction: the last submission must reach the tables the trust gap's SQL reads.
        entityManager.flush();
    }

    private List<UUID> occurrencesOf(AssignmentSummary assignment) {
        return occurrences.findByAssignmentIdOrderByNumber(assignment.assignmentId()).stream()
                .map(ExerciseOccurrence::getId)
                .toList();
    }

    private void submit(String who, UUID occurrence, Instant when, Integer value) {
        if (value == null) {
            return;
        }
        clock().set(when);
        signIn.as(who);
        Map<Integer, Answer> answers = new HashMap<>();
        for (TemplateDetails.Question question :
                completion.myExercise(occurrence).questions()) {
            answers.put(
                    question.position(),
                    switch (question.kind()) {
                        case SCALE -> Answer.scale(question.safety() ? 0 : value);
                        default -> Answer.text("Some words");
                    });
        }
        completion.submit(occurrence, answers);
    }
}
