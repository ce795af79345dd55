package org.mendwell.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.homework.Answer;
import org.mendwell.homework.AssignExercise;
import org.mendwell.homework.AssignmentService;
import org.mendwell.homework.ClientExercise;
import org.mendwell.homework.CompletionService;
import org.mendwell.homework.ExerciseLibraryService;
import org.mendwell.homework.ExerciseSchedule;
import org.mendwell.homework.ExerciseTerms.Schedule;
import org.mendwell.homework.LibraryFilter;
import org.mendwell.homework.ReviewService;
import org.mendwell.homework.SubmissionSummary;
import org.mendwell.homework.TemplateDetails.Question;
import org.mendwell.homework.TemplateSummary;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Four weeks of homework for the demo clients (the issue of the couples tools asks four weeks of the couple's
 * check-ins, so the trust gap has a month to show), lived day by day through the real services with the
 * clock set back: exercises given, done most days and missed on some, scales that drift upwards,
 * feedback and replies, a shared check-in, overdue ones at the end and upcoming ones ahead. All
 * words are invented. Deterministic: the same seed gives the same history.
 */
@Component
@ConditionalOnProperty(name = "mendwell.demo.enabled", havingValue = "true")
class DemoHistory {

    static final int WEEKS = 4;

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    static final List<String> FEELINGS = List.of(
            "Calmer than yesterday.",
            "Tired, work was a lot.",
            "A bit raw after our talk, but okay.",
            "Lighter than last week.",
            "Anxious, not sure why.",
            "Hopeful, carefully.",
            "Steady.",
            "Irritable this morning, better by evening.");
    static final List<String> THOUGHTS = List.of(
            "The weekend plans.",
            "Whether I can believe what was said.",
            "My sister's visit.",
            "How quickly the argument calmed down yesterday.",
            "Money, again.",
            "Our walk on Sunday.",
            "What I want to say in our next session.");
    static final List<String> NEEDS = List.of(
            "Ten minutes of your attention after dinner.",
            "A text when you're running late.",
            "Patience while I work this out.",
            "A hug, no big talk.",
            "To hear that you're still in this.",
            "Space this evening; tomorrow I'll be ready.");
    static final List<String> LOGS = List.of(
            "Texted when I left work, as I said I would.",
            "Home by seven, as promised.",
            "Forgot the call at lunch; owned it straight away.",
            "Shared my plans for the week without being asked.",
            "Kept my phone on the table during dinner.");
    static final List<String> REFLECTIONS = List.of(
            "Noticing that I get defensive when I'm tired.",
            "We laughed together for the first time in weeks.",
            "It still hurts, but it hurts less often.",
            "I said what I needed without blaming.",
            "Hard week. I didn't give up on the exercises.");
    static final List<String> FEEDBACK = List.of(
            "Thank you for writing this so honestly. Let's pick it up in our next session.",
            "I noticed your trust score moved up this week. What do you think helped?",
            "Short answers are fine. Showing up every day is what counts.",
            "That took courage to write. Be gentle with yourself this week.",
            "A good example of a repair attempt. Notice how quickly things settled.");

    private final AssignmentService assignments;
    private final CompletionService completion;
    private final ReviewService reviews;
    private final ExerciseLibraryService library;
    private final SignedInAs signedInAs;
    private final TravellingClock clock;
    private final Random random = new Random(20261124L);

    DemoHistory(
            AssignmentService assignments,
            CompletionService completion,
            ReviewService reviews,
            ExerciseLibraryService library,
            SignedInAs signedInAs,
            TravellingClock clock) {
        this.assignments = assignments;
        this.completion = completion;
        this.reviews = reviews;
        this.library = library;
        this.signedInAs = signedInAs;
        this.clock = clock;
    }

    /**
     * One demo client's part: their e-mail, their clinician's, how reliably they do their exercises
     * (0–1), the last days they let slip (overdue now), and the exercises they were given.
     */
    record Person(
            UUID clientId, String email, String clinician, double diligence, int missesAtTheEnd, List<Given> given) {}

    /** An exercise given on the first day of the history. */
    record Given(
            String title,
            Schedule frequency,
            @Nullable DayOfWeek weekday,
            int count,
            int startOffsetDays,
            boolean bothPartners) {}

    void live(List<Person> people, @Nullable String sharingEmail) {
        LocalDate today = LocalDate.now(LONDON);
        LocalDate first = today.minusWeeks(WEEKS);
        try {
            clock.travelTo(first.atTime(9, 0).atZone(LONDON).toInstant());
            for (Person person : people) {
                for (Given given : person.given()) {
                    give(person, given, first.plusDays(given.startOffsetDays()));
                }
            }
            for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
                clock.travelTo(day.atTime(20, 30).atZone(LONDON).toInstant());
                for (Person person : people) {
                    boolean slipping = !day.isBefore(today.minusDays(person.missesAtTheEnd()));
                    if (!slipping) {
                        doTodays(person, day, first);
                    }
                }
                clock.travelTo(day.atTime(22, 0).atZone(LONDON).toInstant());
                for (Person person : people) {
                    review(person, day.minusDays(2));
                }
            }
            if (sharingEmail != null) {
                clock.travelTo(today.minusDays(1).atTime(22, 30).atZone(LONDON).toInstant());
                signedInAs.run(
                        sharingEmail,
                        () -> assignments.myExercises().completed().stream()
                                .filter(e -> e.title().equals("Daily check-in"))
                                .findFirst()
                                .ifPresent(e -> completion.shareWithPartner(e.occurrenceId(), true)));
            }
        } finally {
            clock.backToNow();
        }
    }

    private void give(Person person, Given given, LocalDate start) {
        signedInAs.run(person.clinician(), () -> {
            TemplateSummary template =
                    library
                            .library(new LibraryFilter(given.title(), null, null), PageRequest.of(0, 5))
                            .getContent()
                            .stream()
                            .filter(t -> t.title().equals(given.title()))
                            .findFirst()
                            .orElseThrow(() -> new IllegalStateException("No template " + given.title()));
            LocalTime dueTime = LocalTime.of(21, 0);
            ExerciseSchedule schedule = switch (given.frequency()) {
                case ONCE -> ExerciseSchedule.once(start, dueTime);
                case DAILY -> ExerciseSchedule.daily(start, null, given.count(), dueTime);
                case WEEKLY -> ExerciseSchedule.weekly(start, Set.of(given.weekday()), null, given.count(), dueTime);
            };
            assignments.assign(new AssignExercise(
                    person.clientId(), template.templateId(), null, schedule, given.bothPartners(), null));
        });
    }

    /** The client does what is due today, most days. */
    private void doTodays(Person person, LocalDate day, LocalDate first) {
        signedInAs.run(person.email(), () -> {
            for (ClientExercise exercise : assignments.myExercises().today()) {
                if (random.nextDouble() > person.diligence()) {
                    continue;
                }
                int weeksIn = (int) ((day.toEpochDay() - first.toEpochDay()) / 7);
                var form = completion.myExercise(exercise.occurrenceId());
                completion.submit(
                        exercise.occurrenceId(), answers(form.questions(), form.title(), day, first, weeksIn));
            }
        });
    }

    /** The clinician reads what came in two days ago: feedback on some, a reviewed mark on the rest. */
    private void review(Person person, LocalDate submittedOn) {
        signedInAs.run(person.clinician(), () -> {
            for (SubmissionSummary submission : reviews.submissionsOf(person.clientId())) {
                if (submission.reviewed()
                        || submission.submittedAt() == null
                        || !submission
                                .submittedAt()
                                .atZone(LONDON)
                                .toLocalDate()
                                .equals(submittedOn)) {
                    continue;
                }
                if (random.nextInt(3) == 0) {
                    reviews.sendFeedback(submission.submissionId(), pick(FEEDBACK));
                    if (random.nextInt(2) == 0) {
                        signedInAs.run(
                                person.email(),
                                () -> completion.reply(submission.occurrenceId(), "Thank you. That helps."));
                    }
                } else {
                    reviews.markReviewed(submission.submissionId());
                }
            }
        });
    }

    private Map<Integer, Answer> answers(
            List<Question> questions, String title, LocalDate day, LocalDate first, int weeksIn) {
        var answers = new HashMap<Integer, Answer>();
        boolean measure = title.startsWith("PHQ-9") || title.startsWith("GAD-7");
        int item = 0;
        for (Question q : questions) {
            Answer answer = switch (q.kind()) {
                case FREE_TEXT ->
                    Answer.text(pick(
                            q.position() == 0
                                    ? FEELINGS
                                    : q.position() == 1 ? THOUGHTS : q.position() == 3 ? NEEDS : REFLECTIONS));
                case DAILY_LOG -> Answer.text(pick(LOGS));
                case SCALE -> Answer.scale(drift(day, first));
                case YES_NOT_YET_SPACE -> Answer.text(random.nextInt(4) == 0 ? "Not yet" : "Yes");
                case SINGLE_CHOICE ->
                    Answer.text(
                            measure
                                    ? measureOption(q, title, item, weeksIn)
                                    : q.options()
                                            .get(random.nextInt(
                                                    Math.min(2, q.options().size()))));
                case MULTIPLE_CHOICE ->
                    Answer.choices(
                            List.of(q.options().get(random.nextInt(q.options().size()))));
            };
            if (q.required() || random.nextBoolean()) {
                answers.put(q.position(), answer);
            }
            item++;
        }
        return answers;
    }

    /**
     * Symptoms easing week by week; on the PHQ-9 the self-harm item stays at "Not at all" except in the
     * last week, so the demo shows how a risk alert looks.
     */
    private String measureOption(Question q, String title, int item, int weeksIn) {
        List<String> options = q.options();
        if (title.startsWith("PHQ-9") && item == 8) {
            return options.get(weeksIn >= WEEKS - 1 ? 1 : 0);
        }
        int level = 2 - weeksIn / 2 + random.nextInt(2) - (item % 3 == 0 ? 1 : 0);
        level = Math.max(0, Math.min(options.size() - 1, level));
        return options.get(level);
    }

    /** A 0–10 scale that starts low and rises over the weeks, with day-to-day noise. */
    private int drift(LocalDate day, LocalDate first) {
        double progress = (day.toEpochDay() - first.toEpochDay()) / (WEEKS * 7.0);
        return (int) Math.max(0, Math.min(10, Math.round(3 + 4 * progress + random.nextGaussian())));
    }

    private String pick(List<String> pool) {
        return pool.get(random.nextInt(pool.size()));
    }
}
