package org.mendwell.reminders;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mendwell.account.InvitationService;
import org.mendwell.client.ClientInvitationService;
import org.mendwell.client.ClientService;
import org.mendwell.client.InviteClient;
import org.mendwell.client.MyRecordService;
import org.mendwell.client.domain.ClientRepository;
import org.mendwell.homework.Answer;
import org.mendwell.homework.AssignExercise;
import org.mendwell.homework.AssignmentService;
import org.mendwell.homework.AssignmentSummary;
import org.mendwell.homework.CompletionService;
import org.mendwell.homework.ExerciseSchedule;
import org.mendwell.homework.ExerciseTerms;
import org.mendwell.homework.ReviewService;
import org.mendwell.homework.SubmissionSummary;
import org.mendwell.homework.TemplateDetails;
import org.mendwell.homework.domain.ExerciseOccurrence;
import org.mendwell.homework.domain.ExerciseOccurrenceRepository;
import org.mendwell.homework.domain.ExerciseTemplateRepository;
import org.mendwell.intake.IntakeService;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.IntakeFixtures;
import org.mendwell.support.MutableClock;
import org.mendwell.support.SignIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Homework and clients for reminder tests, made through the same services people use, each signed in
 * as the person who would do it. The reminder tests share one database and commit (the job works in
 * its own transactions and threads), so {@link #reset()} clears what they leave behind.
 */
@Component
class ReminderFixtures {

    static final String PASSWORD = "a quiet harbour at dawn";

    private final SignIn signIn;
    private final ClientService clients;
    private final ClientInvitationService inviting;
    private final MyRecordService ownRecord;
    private final InvitationService invitations;
    private final IntakeService intakes;
    private final AssignmentService assignments;
    private final CompletionService completions;
    private final ReviewService reviews;
    private final ClientRepository clientRecords;
    private final ClientIds clientIds;
    private final ExerciseTemplateRepository templates;
    private final ExerciseOccurrenceRepository occurrences;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ReminderFixtures(
            SignIn signIn,
            ClientService clients,
            ClientInvitationService inviting,
            MyRecordService ownRecord,
            InvitationService invitations,
            IntakeService intakes,
            AssignmentService assignments,
            CompletionService completions,
            ReviewService reviews,
            ClientRepository clientRecords,
            ClientIds clientIds,
            ExerciseTemplateRepository templates,
            ExerciseOccurrenceRepository occurrences,
            JdbcTemplate jdbc,
            Clock clock) {
        this.signIn = signIn;
        this.clients = clients;
        this.inviting = inviting;
        this.ownRecord = ownRecord;
        this.invitations = invitations;
        this.intakes = intakes;
        this.assignments = assignments;
        this.completions = completions;
        this.reviews = reviews;
        this.clientRecords = clientRecords;
        this.clientIds = clientIds;
        this.templates = templates;
        this.occurrences = occurrences;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** No homework, no reminders sent, no scheduler lock held, everyone's reminders on, nobody signed in. */
    void reset() {
        for (String table : List.of(
                "reminder_sent",
                "submission_comment",
                "submission_answer",
                "submission",
                "exercise_occurrence",
                "assignment")) {
            jdbc.update("delete from " + table);
        }
        // Released, not deleted: a lock provider that has seen its row only ever updates it.
        jdbc.update("update shedlock set lock_until = locked_at");
        jdbc.update("update client set reminders_enabled = true, risk_alert_at = null");
        signOut();
    }

    void signOut() {
        TestSecurityContextHolder.clearContext();
    }

    UUID clientId(String email) {
        return clientIds.of(email);
    }

    String emailOf(UUID clientId) {
        return clientRecords.findById(clientId).orElseThrow().getEmail();
    }

    /**
     * A client of the first clinician, taken through invitation, intake (in the given time zone) and
     * acceptance; the existing one when the e-mail address is already known.
     */
    UUID activeClient(String fullName, String email, String timeZone) {
        var existing = clientRecords.findByEmail(email);
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        signIn.as(Demo.CLINICIAN);
        var invited = inviting.invite(InviteClient.individual(fullName, email));
        String url = invited.link().url();
        invitations.activate(url.substring(url.lastIndexOf('/') + 1), PASSWORD);
        signIn.as(email);
        var answers = IntakeFixtures.complete(fullName);
        answers.setTimeZone(timeZone);
        intakes.submit(answers);
        signIn.as(Demo.CLINICIAN);
        UUID clientId = invited.client().clientId();
        clients.accept(clientId, clients.details(clientId).version());
        signOut();
        return invited.client().clientId();
    }

    /**
     * Gives an exercise as the client's clinician; returns its occurrences in order. A schedule that starts
     * before the test's "now" is given the day before it starts (the clock travels back and returns), as a
     * start in the past is refused.
     */
    List<UUID> assign(String clinician, UUID clientId, String templateKey, ExerciseSchedule schedule) {
        signIn.as(clinician);
        Instant now = clock.instant();
        Instant dayBefore =
                schedule.start().minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        boolean travel = clock instanceof MutableClock && dayBefore.isBefore(now);
        if (travel) {
            ((MutableClock) clock).set(dayBefore);
        }
        List<AssignmentSummary> given;
        try {
            given = assignments.assign(new AssignExercise(
                    clientId, templates.findByKey(templateKey).orElseThrow().getId(), null, schedule, false, null));
        } finally {
            if (travel) {
                ((MutableClock) clock).set(now);
            }
        }
        signOut();
        return occurrences.findByAssignmentIdOrderByNumber(given.getFirst().assignmentId()).stream()
                .map(ExerciseOccurrence::getId)
                .toList();
    }

    UUID assignmentOf(UUID occurrenceId) {
        return occurrences.findById(occurrenceId).orElseThrow().getAssignmentId();
    }

    void pause(String clinician, UUID assignmentId) {
        signIn.as(clinician);
        assignments.pause(assignmentId);
        signOut();
    }

    void cancel(String clinician, UUID assignmentId) {
        signIn.as(clinician);
        assignments.cancel(assignmentId);
        signOut();
    }

    void discharge(String clinician, UUID clientId) {
        signIn.as(clinician);
        clients.discharge(clientId, clients.details(clientId).version());
        signOut();
    }

    void remindersOff(String clientEmail) {
        signIn.as(clientEmail);
        ownRecord.setMyReminders(false);
        signOut();
    }

    /** Submits an exercise as the client, every question answered with the given words or the first option. */
    void submit(String clientEmail, UUID occurrenceId, String words) {
        signIn.as(clientEmail);
        Map<Integer, Answer> answers = new HashMap<>();
        for (TemplateDetails.Question question :
                completions.myExercise(occurrenceId).questions()) {
            String firstOption = question.options().isEmpty()
                    ? ExerciseTerms.YES_NOT_YET_SPACE.getFirst()
                    : question.options().getFirst();
            answers.put(
                    question.position(),
                    switch (question.kind()) {
                        case FREE_TEXT, DAILY_LOG -> Answer.text(words);
                        case SCALE -> Answer.scale(5);
                        case SINGLE_CHOICE, YES_NOT_YET_SPACE -> Answer.text(firstOption);
                        case MULTIPLE_CHOICE -> Answer.choices(List.of(firstOption));
                    });
        }
        completions.submit(occurrenceId, answers);
        signOut();
    }

    /** Marks all of a client's submissions reviewed, as their clinician. */
    void reviewAll(String clinician, UUID clientId) {
        signIn.as(clinician);
        reviews.submissionsOf(clientId).stream()
                .map(SubmissionSummary::submissionId)
                .forEach(reviews::markReviewed);
        signOut();
    }
}
