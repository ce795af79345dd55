package org.mendwell.support;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import org.mendwell.client.domain.ClientRepository;
import org.mendwell.homework.AssignExercise;
import org.mendwell.homework.AssignmentService;
import org.mendwell.homework.ExerciseSchedule;
import org.mendwell.homework.domain.ExerciseTemplateRepository;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Exercises given through the services, for tests whose subject is what comes after. */
@Component
public class ExerciseFixtures {

    private final SignIn signIn;
    private final AssignmentService assignments;
    private final ClientRepository clients;
    private final ExerciseTemplateRepository templates;

    ExerciseFixtures(SignIn signIn, AssignmentService assignments, ClientRepository clients,
                     ExerciseTemplateRepository templates) {
        this.signIn = signIn;
        this.assignments = assignments;
        this.clients = clients;
        this.templates = templates;
    }

    /**
     * The clinician gives the built-in exercise once, due today by 23:59 (London); returns the client's
     * occurrence. Leaves the test thread signed out, as a browser test's own thread should be.
     */
    public UUID giveTodayAndSignOut(String clientEmail, String templateKey) {
        signIn.as(Demo.CLINICIAN);
        UUID assignment = assignments.assign(new AssignExercise(clients.findByEmail(clientEmail).orElseThrow().getId(),
                templates.findByKey(templateKey).orElseThrow().getId(), null,
                ExerciseSchedule.once(LocalDate.now(ZoneId.of("Europe/London")), LocalTime.of(23, 59)), false,
                null)).getFirst().assignmentId();
        signIn.as(clientEmail);
        UUID occurrence = assignments.myExercises().today().stream()
                .filter(e -> e.assignmentId().equals(assignment)).findFirst().orElseThrow().occurrenceId();
        SecurityContextHolder.clearContext();
        return occurrence;
    }
}
