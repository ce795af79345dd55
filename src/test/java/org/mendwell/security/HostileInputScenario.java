package org.mendwell.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mendwell.audit.AuditFilter;
import org.mendwell.audit.AuditService;
import org.mendwell.client.CaseloadFilter;
import org.mendwell.client.ClientInvitationService;
import org.mendwell.client.ClientService;
import org.mendwell.client.InviteClient;
import org.mendwell.homework.Answer;
import org.mendwell.homework.CompletionService;
import org.mendwell.homework.ExerciseLibraryService;
import org.mendwell.homework.ExerciseSchedule;
import org.mendwell.homework.LibraryFilter;
import org.mendwell.homework.ReviewService;
import org.mendwell.homework.TemplateEditingService;
import org.mendwell.homework.domain.SubmissionRepository;
import org.mendwell.intake.IntakeService;
import org.mendwell.progress.CaseloadOverviewService;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.PlainText;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.Demo;
import org.mendwell.support.ExerciseFixtures;
import org.mendwell.support.HostileText;
import org.mendwell.support.SignIn;
import org.mendwell.support.TemplateFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.TestSecurityContextHolder;

/**
 * Thousands of hostile strings (HostileText: a naughty list and seeded random mixtures) thrown at
 * every kind of text a person types: exercise answers, feedback, replies, intake answers, a new
 * client's name, a template's title, and the search boxes. Each call either keeps exactly what was
 * typed (apart from surrounding blanks) or refuses it with a plain message for the field; nothing
 * else, no unexpected error, no half-stored text.
 */
@ChangesDemoPractice
abstract class HostileInputScenario {

    private static final int RANDOM_CASES = 400;

    @Autowired
    SignIn signIn;

    @Autowired
    ExerciseFixtures exercises;

    @Autowired
    ClientService clients;

    @Autowired
    ClientInvitationService inviting;

    @Autowired
    CompletionService completion;

    @Autowired
    ReviewService review;

    @Autowired
    IntakeService intakes;

    @Autowired
    TemplateEditingService templateEditing;

    @Autowired
    ExerciseLibraryService library;

    @Autowired
    CaseloadOverviewService caseload;

    @Autowired
    AuditService audit;

    @Autowired
    SubmissionRepository submissions;

    @AfterEach
    void signOut() {
        TestSecurityContextHolder.clearContext();
    }

    /** What a call did with one input: kept it (and reads back this text), answered a search, or refused it. */
    private record Outcome(
            boolean refused,
            @org.jspecify.annotations.Nullable String keptAs) {
        /** A draft save that left the answer as it was and said why. */
        static final Outcome REFUSED = new Outcome(true, null);

        static Outcome kept(String text) {
            return new Outcome(false, text);
        }

        static Outcome searched() {
            return new Outcome(false, null);
        }
    }

    /** Runs every hostile case through the call and reports every case that ended any other way. */
    private void survives(String what, long seed, Function<String, Outcome> call) {
        survives(what, seed, true, String::strip, call);
    }

    private void survives(String what, long seed, boolean someRefused, Function<String, Outcome> call) {
        survives(what, seed, someRefused, String::strip, call);
    }

    /**
     * As above, for a field the portal tidies in a documented way before keeping it (a name: one space between
     * words, {@link PlainText#name}): what is kept must be exactly the input so tidied, or the input as typed.
     */
    private void survives(
            String what,
            long seed,
            boolean someRefused,
            java.util.function.UnaryOperator<String> tidied,
            Function<String, Outcome> call) {
        List<String> problems = new ArrayList<>();
        var refused = new AtomicInteger();
        HostileText.cases(seed, RANDOM_CASES).forEach(input -> {
            try {
                Outcome outcome = call.apply(input);
                if (outcome.refused()) {
                    refused.incrementAndGet();
                } else if (outcome.keptAs() != null
                        && !outcome.keptAs().equals(tidied.apply(input))
                        && !outcome.keptAs().equals(input)) {
                    problems.add("stored differently: " + describe(input) + " -> " + describe(outcome.keptAs()));
                }
            } catch (InvalidInputException invalid) {
                refused.incrementAndGet();
                invalid.problems().forEach((field, message) -> {
                    if (message.isBlank()
                            || message.length() > 200
                            || (!input.isBlank() && input.length() > 3 && message.contains(input))) {
                        problems.add("unclear message for " + field + ": " + describe(message));
                    }
                });
            } catch (RuntimeException unexpected) {
                problems.add(unexpected.getClass().getSimpleName() + " for " + describe(input));
            }
        });
        assertThat(problems).as(what + " (" + refused + " refused)").isEmpty();
        if (someRefused) {
            assertThat(refused.get())
                    .as(what + ": the over-long cases at least are refused")
                    .isPositive();
        }
    }

    private static String describe(String text) {
        var shown = new StringBuilder();
        text.codePoints().limit(60).forEach(c -> {
            if (c < 0x20 || c == 0x7f || (c >= 0xd800 && c <= 0xdfff) || c > 0xffff) {
                shown.append(String.format("\\u{%x}", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return "\"" + shown + (text.length() > 60 ? "…\" (" + text.length() + " chars)" : "\"");
    }

    /** A daily check-in given to Robin today, as her clinician; returns the occurrence, signed in as Robin. */
    private UUID checkInForRobin() {
        return exercises.give(
                Demo.CLIENT,
                "daily-check-in",
                null,
                ExerciseSchedule.daily(exercises.todayAtNoon(), null, 2, LocalTime.of(23, 59)));
    }

    private static String text(Answer answer) {
        return answer == null || answer.text() == null ? "" : answer.text();
    }

    @Test
    void exercise_answers_replies_and_feedback() {
        UUID occurrence = checkInForRobin();
        survives("a free-text answer", 1, input -> {
            if (!completion.saveDraft(occurrence, Map.of(0, Answer.text(input))).complete()) {
                return Outcome.REFUSED;
            }
            return Outcome.kept(text(completion.myExercise(occurrence).answers().get(0)));
        });

        var complete = new HashMap<Integer, Answer>();
        complete.put(0, Answer.text("Steady"));
        complete.put(1, Answer.text("Work"));
        complete.put(3, Answer.text("Time"));
        for (int scale = 4; scale <= 7; scale++) {
            complete.put(scale, Answer.scale(5));
        }
        completion.submit(occurrence, complete);
        UUID submission =
                submissions.findByOccurrenceId(occurrence).orElseThrow().getId();

        signIn.as(Demo.CLINICIAN);
        survives("the clinician's feedback", 2, input -> {
            review.sendFeedback(submission, input);
            return Outcome.kept(review.review(submission).comments().getLast().body());
        });
        signIn.as(Demo.CLIENT);
        survives("the client's reply", 3, input -> {
            completion.reply(occurrence, input);
            return Outcome.kept(
                    completion.myExercise(occurrence).comments().getLast().body());
        });
    }

    @Test
    void intake_answers() {
        signIn.as(Demo.NADIA);
        survives("an intake goal", 4, input -> {
            var answers = intakes.myIntake().answers();
            answers.setGoal2(input);
            if (!intakes.saveDraft(answers).complete()) {
                return Outcome.REFUSED;
            }
            String kept = intakes.myIntake().answers().getGoal2();
            return Outcome.kept(kept == null ? "" : kept);
        });
        survives("a preferred name", 5, true, PlainText::name, input -> {
            var answers = intakes.myIntake().answers();
            answers.setPreferredName(input);
            if (!intakes.saveDraft(answers).complete()) {
                return Outcome.REFUSED;
            }
            String kept = intakes.myIntake().answers().getPreferredName();
            return Outcome.kept(kept == null ? "" : kept);
        });
    }

    @Test
    void a_new_clients_name_and_a_templates_title() {
        signIn.as(Demo.CLINICIAN);
        var n = new AtomicInteger();
        survives("a new client's name", 6, true, PlainText::name, input -> {
            var invited =
                    inviting.invite(InviteClient.individual(input, "fuzz" + n.incrementAndGet() + "@example.org"));
            return Outcome.kept(clients.details(invited.client().clientId()).fullName());
        });
        survives("a template's title", 7, input -> {
            var created = templateEditing.create(TemplateFixtures.oneQuestion(input));
            return Outcome.kept(created.draft().title());
        });
    }

    @Test
    void the_search_boxes() {
        signIn.as(Demo.CLINICIAN);
        survives("the caseload search", 8, false, input -> {
            caseload.page(new CaseloadFilter(input, null, false), PageRequest.of(0, 20));
            return Outcome.searched();
        });
        survives("the library search", 9, false, input -> {
            library.library(new LibraryFilter(input, null, null), PageRequest.of(0, 20));
            return Outcome.searched();
        });
        signIn.as(Demo.ADMIN);
        survives("the audit trail's user filter", 10, false, input -> {
            audit.entries(new AuditFilter(input, null, null, null, null), PageRequest.of(0, 20));
            return Outcome.searched();
        });
    }
}
