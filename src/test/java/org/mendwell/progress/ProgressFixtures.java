package org.mendwell.progress;

import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.mendwell.account.InvitationService;
import org.mendwell.client.ClientInvitationService;
import org.mendwell.client.ClientService;
import org.mendwell.client.InviteClient;
import org.mendwell.client.domain.ClientRepository;
import org.mendwell.homework.Answer;
import org.mendwell.homework.AssignExercise;
import org.mendwell.homework.AssignmentService;
import org.mendwell.homework.CompletionService;
import org.mendwell.homework.ExerciseSchedule;
import org.mendwell.homework.ReviewService;
import org.mendwell.homework.SubmissionSummary;
import org.mendwell.homework.TemplateDetails;
import org.mendwell.homework.domain.ExerciseOccurrence;
import org.mendwell.homework.domain.ExerciseOccurrenceRepository;
import org.mendwell.homework.domain.ExerciseTemplateRepository;
import org.mendwell.intake.IntakeService;
import org.mendwell.support.Demo;
import org.mendwell.support.IntakeFixtures;
import org.mendwell.support.MutableClock;
import org.mendwell.support.SignIn;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ten days of homework with known answers, lived through the real services on a clock set by hand, for
 * a client of the first clinician who lives in Auckland (13 hours ahead of UTC in February), so that
 * local weeks and days differ from UTC ones. The figures the tests expect are worked out in
 * {@code ClientProgressServiceTest}.
 */
public class ProgressFixtures {

    public static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");
    public static final String AROHA = "aroha.tane@mendwell.example";
    public static final String AROHA_NAME = "Aroha Tane";
    public static final LocalDate MONDAY = LocalDate.of(2027, 2, 1);
    /** Wednesday 10 February 2027, midday in Auckland. */
    public static final Instant NOW = at(MONDAY.plusDays(9), 12, 0);

    /** The test context's clock, and these fixtures, for any test class that imports them. */
    @TestConfiguration(proxyBeanMethods = false)
    @org.springframework.context.annotation.Import({
        org.mendwell.support.StatementCounter.Config.class,
        org.mendwell.support.TestClock.class
    })
    public static class Config {

        @Bean
        ProgressFixtures progressFixtures(
                SignIn signIn,
                MutableClock clock,
                ClientService clients,
                ClientInvitationService inviting,
                InvitationService invitations,
                IntakeService intakes,
                AssignmentService assignments,
                CompletionService completion,
                ReviewService reviews,
                ClientRepository clientRecords,
                ExerciseTemplateRepository templates,
                ExerciseOccurrenceRepository occurrences,
                EntityManager entityManager) {
            return new ProgressFixtures(
                    signIn,
                    clock,
                    clients,
                    inviting,
                    invitations,
                    intakes,
                    assignments,
                    completion,
                    reviews,
                    clientRecords,
                    templates,
                    occurrences,
                    entityManager);
        }
    }

    private final SignIn signIn;
    private final MutableClock clock;
    private final ClientService clients;
    private final ClientInvitationService inviting;
    private final InvitationService invitations;
    private final IntakeService intakes;
    private final AssignmentService assignments;
    private final CompletionService completion;
    private final ReviewService reviews;
    private final ClientRepository clientRecords;
    private final ExerciseTemplateRepository templates;
    private final ExerciseOccurrenceRepository occurrences;
    private final EntityManager entityManager;

    ProgressFixtures(
            SignIn signIn,
            MutableClock clock,
            ClientService clients,
            ClientInvitationService inviting,
            InvitationService invitations,
            IntakeService intakes,
            AssignmentService assignments,
            CompletionService completion,
            ReviewService reviews,
            ClientRepository clientRecords,
            ExerciseTemplateRepository templates,
            ExerciseOccurrenceRepository occurrences,
            EntityManager entityManager) {
        this.signIn = signIn;
        this.clock = clock;
        this.clients = clients;
        this.inviting = inviting;
        this.invitations = invitations;
        this.intakes = intakes;
        this.assignments = assignments;
        this.completion = completion;
        this.reviews = reviews;
        this.clientRecords = clientRecords;
        this.templates = templates;
        this.occurrences = occurrences;
        this.entityManager = entityManager;
    }

    public static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(AUCKLAND).toInstant();
    }

    public static LocalDate day(int n) {
        return MONDAY.plusDays(n - 1);
    }

    public void setClock(Instant instant) {
        clock.set(instant);
    }

    /**
     * Aroha's history, made once per database; leaves the clock at {@link #NOW} and nobody signed in.
     * Returns her client id.
     */
    public UUID arohaWithHistory() {
        var existing = clientRecords.findByEmail(AROHA);
        if (existing.isPresent()) {
            clock.set(NOW);
            return existing.get().getId();
        }
        clock.set(at(MONDAY.minusDays(2), 9, 0));
        UUID aroha = activeClient();
        LocalTime morning = LocalTime.of(8, 0);
        LocalTime evening = LocalTime.of(21, 0);
        List<UUID> checkIns = give(aroha, "daily-check-in", ExerciseSchedule.daily(day(1), null, 12, morning));
        List<UUID> phq =
                give(aroha, "phq-9", ExerciseSchedule.weekly(day(1), Set.of(DayOfWeek.TUESDAY), null, 2, evening));
        UUID gad = give(aroha, "gad-7", ExerciseSchedule.once(day(3), evening)).getFirst();
        UUID healing = give(aroha, "healing-grief-anger-self-doubt", ExerciseSchedule.once(day(4), evening))
                .getFirst();
        UUID cancelled = give(aroha, "reflection-relationship-as-a-whole", ExerciseSchedule.once(day(3), evening))
                .getFirst();
        UUID paused = give(aroha, "weekly-progress", ExerciseSchedule.once(day(5), evening))
                .getFirst();
        signIn.as(Demo.CLINICIAN);
        assignments.cancel(assignmentOf(cancelled));
        assignments.pause(assignmentOf(paused));

        checkIn(checkIns.get(0), at(day(1), 7, 30), 3);
        checkIn(checkIns.get(1), at(day(2), 7, 30), 4);
        submit(phq.get(0), at(day(2), 20, 0), Map.of(), List.of(2, 2, 2, 2, 1, 1, 1, 1, 0)); // 12, moderate
        submit(gad, at(day(3), 20, 0), Map.of(), List.of(1, 1, 1, 1, 1, 1, 0)); // 6, mild
        feedback(aroha, checkIns.get(1), at(day(3), 9, 0), "Thank you for writing this.");
        checkIn(checkIns.get(3), at(day(4), 7, 30), 5);
        submit(healing, at(day(4), 22, 0), Map.of(5, 4), List.of()); // an hour late
        checkIn(checkIns.get(5), at(day(6), 7, 30), 6);
        checkIn(checkIns.get(6), at(day(7), 23, 30), 6); // Sunday night, late
        checkIn(checkIns.get(7), at(day(8), 7, 0), 7); // Monday morning: still Sunday in UTC
        checkIn(checkIns.get(8), at(day(9), 20, 0), 7); // late
        submit(phq.get(1), at(day(9), 20, 30), Map.of(), List.of(1, 1, 1, 1, 1, 1, 1, 0, 0)); // 7, mild
        checkIn(checkIns.get(9), at(day(10), 7, 0), 8);
        feedback(aroha, checkIns.get(8), at(day(10), 9, 0), "You kept going on a hard day. That counts.");
        clock.set(NOW);
        TestSecurityContextHolder.clearContext();
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // A test's own transaction: the last writes must reach the tables the progress SQL reads.
            entityManager.flush();
        }
        return aroha;
    }

    /** One reflection, due on the Monday of Aroha's first week, given to another client so that their grid has a row. */
    public void giveOnce(UUID clientId) {
        Instant now = clock.instant();
        clock.set(at(MONDAY.minusDays(2), 9, 0)); // given before it is due: a due date in the past is refused
        give(clientId, "reflection-relationship-as-a-whole", ExerciseSchedule.once(day(1), LocalTime.of(21, 0)));
        clock.set(now);
        signIn.as(Demo.CLINICIAN);
    }

    private UUID activeClient() {
        signIn.as(Demo.CLINICIAN);
        var invited = inviting.invite(InviteClient.individual(AROHA_NAME, AROHA));
        String url = invited.link().url();
        invitations.activate(url.substring(url.lastIndexOf('/') + 1), "a quiet harbour at dawn");
        signIn.as(AROHA);
        var answers = IntakeFixtures.complete(AROHA_NAME);
        answers.setTimeZone(AUCKLAND.getId());
        intakes.submit(answers);
        signIn.as(Demo.CLINICIAN);
        UUID clientId = invited.client().clientId();
        clients.accept(clientId, clients.details(clientId).version());
        return clientId;
    }

    private List<UUID> give(UUID clientId, String templateKey, ExerciseSchedule schedule) {
        signIn.as(Demo.CLINICIAN);
        var given = assignments.assign(new AssignExercise(
                clientId, templates.findByKey(templateKey).orElseThrow().getId(), null, schedule, false, null));
        return occurrences.findByAssignmentIdOrderByNumber(given.getFirst().assignmentId()).stream()
                .map(ExerciseOccurrence::getId)
                .toList();
    }

    private UUID assignmentOf(UUID occurrenceId) {
        return occurrences.findById(occurrenceId).orElseThrow().getAssignmentId();
    }

    /** A daily check-in: Safety one below Trust, Hope and Closeness one and two above. */
    private void checkIn(UUID occurrenceId, Instant when, int trust) {
        submit(occurrenceId, when, Map.of(4, trust - 1, 5, trust, 6, trust + 1, 7, trust + 2), List.of());
    }

    /**
     * Submits as Aroha at the given moment: scale answers by question position, measure items as the
     * position of the chosen option, words for everything else.
     */
    private void submit(UUID occurrenceId, Instant when, Map<Integer, Integer> scales, List<Integer> items) {
        clock.set(when);
        signIn.as(AROHA);
        Map<Integer, Answer> answers = new HashMap<>();
        int item = 0;
        for (TemplateDetails.Question question :
                completion.myExercise(occurrenceId).questions()) {
            Answer answer = switch (question.kind()) {
                case FREE_TEXT, DAILY_LOG -> Answer.text("Some words");
                case SCALE -> Answer.scale(scales.getOrDefault(question.position(), 5));
                case SINGLE_CHOICE -> Answer.text(question.options().get(item < items.size() ? items.get(item) : 0));
                case YES_NOT_YET_SPACE -> Answer.text("Yes");
                case MULTIPLE_CHOICE ->
                    Answer.choices(List.of(question.options().getFirst()));
            };
            answers.put(question.position(), answer);
            item++;
        }
        completion.submit(occurrenceId, answers);
    }

    private void feedback(UUID clientId, UUID occurrenceId, Instant when, String text) {
        clock.set(when);
        signIn.as(Demo.CLINICIAN);
        SubmissionSummary submission = reviews.submissionsOf(clientId).stream()
                .filter(s -> s.occurrenceId().equals(occurrenceId))
                .findFirst()
                .orElseThrow();
        reviews.sendFeedback(submission.submissionId(), text);
    }
}
