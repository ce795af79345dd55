package org.mendwell.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.demo.PracticeRows.Table;
import org.mendwell.homework.ExerciseTerms;
import org.mendwell.homework.ExerciseTerms.Measure;
import org.mendwell.homework.ExerciseTerms.QuestionKind;
import org.mendwell.homework.MainScale;
import org.mendwell.homework.MeasureScore;

/**
 * Plans a large invented practice row by row: clinicians, clients in every status (some couples),
 * intakes, and two years of the built-in exercises given, due, done or missed, reviewed and commented.
 * Everything follows from the seed and the day it is generated on: one {@link Random}, used in one
 * fixed order, also makes the ids. Rows are written as the services would have left them (derived
 * columns such as a submission's count of answers and its PHQ-9/GAD-7 score included), but no audit
 * entries: nobody read or changed anything through the portal.
 */
final class GeneratedPractice {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final LocalTime DUE_TIME = LocalTime.of(21, 0);
    static final int DAYS_OF_HISTORY = 730;

    private static final List<String> FIRST_NAMES = List.of(
            "Ada", "Bram", "Cleo", "Dev", "Edda", "Farid", "Greta", "Hugo", "Ilse", "Jalen", "Kira", "Lior", "Maren",
            "Nico", "Odile", "Pavel", "Quinn", "Rosa", "Silas", "Talia", "Umar", "Vera", "Wim", "Xenia", "Yusuf",
            "Zora", "Anouk", "Bodhi", "Carys", "Dario");
    private static final List<String> LAST_NAMES = List.of(
            "Abernethy",
            "Brightwell",
            "Castellane",
            "Dunmore",
            "Everly",
            "Fairholm",
            "Gatling",
            "Holloway",
            "Inverary",
            "Jessop",
            "Kestrel",
            "Larkspur",
            "Merriwether",
            "Northcote",
            "Ockenden",
            "Pennywhistle",
            "Quarrington",
            "Rookwood",
            "Saltmarsh",
            "Thistlewood",
            "Underhill",
            "Vantongeren",
            "Wetherby",
            "Yarborough",
            "Zennor");

    /** Status of a generated client; the first clients of every clinician get one each, in this order. */
    private static final List<String> EVERY_STATUS =
            List.of("ACTIVE", "INVITED", "INTAKE_IN_PROGRESS", "INTAKE_SUBMITTED", "ARCHIVED", "DISCHARGED");

    /** A built-in template's current version, read from the database. */
    record Template(
            String key,
            UUID id,
            int version,
            String title,
            @Nullable Measure measure,
            List<Question> questions) {}

    record Question(UUID id, int position, String kind, String prompt, boolean required, List<String> options) {

        boolean isMainScaleOf(Template template) {
            return MainScale.is(template.key(), QuestionKind.valueOf(kind), prompt);
        }
    }

    private final Random random;
    private final PracticeRows rows;
    private final Map<String, Template> templates;
    private final String passwordHash;
    private final Instant now;
    private final LocalDate today;

    GeneratedPractice(long seed, PracticeRows rows, Map<String, Template> templates, String passwordHash, Instant now) {
        this.random = new Random(seed);
        this.rows = rows;
        this.templates = templates;
        this.passwordHash = passwordHash;
        this.now = now;
        this.today = now.atZone(LONDON).toLocalDate();
    }

    static String clinicianEmail(int number) {
        return "clinician.%02d%s".formatted(number, org.mendwell.account.DemoPassword.EMAIL_DOMAIN);
    }

    void generate(PracticeSize size) {
        int clientNumber = 0;
        for (int c = 1; c <= size.clinicians(); c++) {
            UUID clinician = id();
            Instant joined = at(today.minusDays(DAYS_OF_HISTORY + 30), 9);
            rows.add(
                    Table.ACCOUNT,
                    s(clinician),
                    clinicianEmail(c),
                    "Dr. " + name(),
                    passwordHash,
                    "CLINICIAN",
                    true,
                    utc(joined),
                    0,
                    0);
            int caseload = size.clients() / size.clinicians() + (c <= size.clients() % size.clinicians() ? 1 : 0);
            @Nullable Client waitingPartner = null;
            for (int k = 0; k < caseload; k++) {
                clientNumber++;
                // Every status and one couple in every caseload, then a realistic mix.
                boolean firstCouple = k == EVERY_STATUS.size() || k == EVERY_STATUS.size() + 1;
                String status = k < EVERY_STATUS.size() ? EVERY_STATUS.get(k) : firstCouple ? "ACTIVE" : status();
                Client client = client(clinician, clientNumber, status);
                if (firstCouple || (status.equals("ACTIVE") && k > EVERY_STATUS.size() && random.nextInt(5) == 0)) {
                    if (waitingPartner == null) {
                        waitingPartner = client;
                    } else {
                        rows.add(Table.PARTNER, s(waitingPartner.id), s(client.id));
                        rows.add(Table.PARTNER, s(client.id), s(waitingPartner.id));
                        waitingPartner = null;
                    }
                }
            }
        }
    }

    private record Client(UUID id, UUID account, UUID clinician, String firstName) {}

    private String status() {
        double r = random.nextDouble();
        return r < 0.05
                ? "INVITED"
                : r < 0.10
                        ? "INTAKE_IN_PROGRESS"
                        : r < 0.15 ? "INTAKE_SUBMITTED" : r < 0.80 ? "ACTIVE" : r < 0.90 ? "ARCHIVED" : "DISCHARGED";
    }

    private Client client(UUID clinician, int number, String status) {
        String first = pick(FIRST_NAMES);
        String last = pick(LAST_NAMES);
        String email = "%s.%s.%05d%s"
                .formatted(first, last, number, org.mendwell.account.DemoPassword.EMAIL_DOMAIN)
                .toLowerCase(java.util.Locale.ROOT);
        var client = new Client(id(), id(), clinician, first);
        boolean archivedBeforeStarting = status.equals("ARCHIVED") && random.nextBoolean();
        LocalDate invited = today.minusDays(
                switch (status) {
                    case "INVITED" -> random.nextInt(10);
                    case "INTAKE_IN_PROGRESS" -> 1 + random.nextInt(20);
                    case "INTAKE_SUBMITTED" -> 2 + random.nextInt(25);
                    case "DISCHARGED" -> 120 + random.nextInt(DAYS_OF_HISTORY - 120);
                    default -> 30 + random.nextInt(DAYS_OF_HISTORY - 30);
                });
        Instant invitedAt = at(invited, 10);
        Instant activated = invitedAt.plus(Duration.ofHours(2 + random.nextInt(40)));
        Instant intakeSubmitted = activated.plus(Duration.ofHours(1 + random.nextInt(60)));
        Instant accepted = intakeSubmitted.plus(Duration.ofHours(12 + random.nextInt(80)));
        boolean active = !status.equals("INVITED");
        rows.add(
                Table.ACCOUNT,
                s(client.account),
                email,
                first + " " + last,
                active ? passwordHash : null,
                "CLIENT",
                active,
                utc(invitedAt),
                0,
                0);

        // The way here, one status change at a time: who made each and when.
        var events = new ArrayList<Object[]>();
        events.add(new Object[] {null, "INVITED", clinician, invitedAt});
        if (active) {
            events.add(new Object[] {"INVITED", "INTAKE_IN_PROGRESS", client.account, activated});
        }
        boolean intakeDone = !status.equals("INVITED") && !status.equals("INTAKE_IN_PROGRESS");
        if (intakeDone) {
            events.add(new Object[] {"INTAKE_IN_PROGRESS", "INTAKE_SUBMITTED", client.account, intakeSubmitted});
        }
        @Nullable LocalDate homeworkUntil = null;
        boolean withHomework = status.equals("ACTIVE")
                || status.equals("DISCHARGED")
                || (status.equals("ARCHIVED") && !archivedBeforeStarting);
        if (withHomework) {
            events.add(new Object[] {"INTAKE_SUBMITTED", "ACTIVE", clinician, accepted});
        }
        if (status.equals("ARCHIVED") || status.equals("DISCHARGED")) {
            LocalDate from = accepted.atZone(LONDON).toLocalDate();
            long room = Math.max(1, today.toEpochDay() - 7 - from.toEpochDay());
            LocalDate end = withHomework ? from.plusDays(Math.min(room, 60 + random.nextInt(240))) : from;
            homeworkUntil = end;
            events.add(new Object[] {events.getLast()[1], status, clinician, at(end, 16)});
        }
        Instant statusChanged = (Instant) events.getLast()[3];
        boolean safetyConcern = intakeDone && random.nextInt(30) == 0;
        rows.add(
                Table.CLIENT,
                s(client.id),
                s(clinician),
                s(client.account),
                first + " " + last,
                email,
                status,
                safetyConcern,
                utc(invitedAt),
                utc(statusChanged),
                0,
                status.equals("ARCHIVED") ? "Decided to work with a practice closer to home" : null,
                true);
        rows.add(
                Table.INVITATION,
                s(id()),
                s(client.account),
                hex64(),
                utc(invitedAt),
                utc(invitedAt.plus(Duration.ofDays(7))),
                active ? utc(activated) : null);
        for (Object[] e : events) {
            rows.add(Table.STATUS_EVENT, s(id()), s(client.id), e[0], e[1], s((UUID) e[2]), null, utc((Instant) e[3]));
        }
        if (active) {
            intake(client, intakeDone, safetyConcern, activated, intakeSubmitted);
        }
        if (withHomework) {
            homework(client, accepted.atZone(LONDON).toLocalDate().plusDays(1), homeworkUntil);
        }
        return client;
    }

    private void intake(Client client, boolean submitted, boolean safetyConcern, Instant started, Instant done) {
        Instant updated = submitted ? done : started.plus(Duration.ofMinutes(20));
        rows.add(
                Table.INTAKE,
                s(client.id),
                submitted ? utc(done) : null,
                utc(updated),
                client.firstName,
                "Europe/London",
                "EMAIL",
                "Jordan Bell",
                "Friend",
                "+44 20 7946 0999",
                "I keep expecting to be let down and it is wearing me out. I want to understand why.",
                "INDIVIDUAL",
                "DISHONESTY,FEELING_UNHEARD",
                submitted ? "Argue less, and recover faster when we do" : null,
                "READY",
                safetyConcern ? "YES" : "NO",
                "NO",
                "NO",
                "NO",
                submitted,
                submitted,
                submitted ? client.firstName : null,
                submitted ? utc(done) : null,
                submitted ? 1 : null,
                0);
    }

    /** The exercises a client was given from {@code start}, until {@code until} (cancelled then) or still going. */
    private void homework(Client client, LocalDate start, @Nullable LocalDate until) {
        double diligence = 0.5 + random.nextDouble() * 0.47;
        int slipping = until == null && random.nextInt(4) == 0 ? 1 + random.nextInt(4) : 0;
        LocalDate last = until != null ? until : today;
        var plan = new Plan(client, start, last, until, diligence, slipping);
        long days = last.toEpochDay() - start.toEpochDay();
        String weekly = pick(List.of(
                "phq-9",
                "gad-7",
                "weekly-progress",
                "transparency-plans-and-hard-topics",
                "patience-ready-or-need-space"));
        give(plan, weekly, start.plusDays(random.nextInt(7)), 8 + random.nextInt(19));
        if (until == null) {
            if (days > 90) {
                give(plan, "daily-check-in", start.plusDays(random.nextInt(14)), 21 + random.nextInt(22));
            }
            LocalDate recent = today.minusDays(7 + random.nextInt(50));
            give(plan, "daily-check-in", recent.isBefore(start) ? start : recent, 28 + random.nextInt(29));
        } else {
            give(plan, "daily-check-in", start.plusDays(random.nextInt(14)), 21 + random.nextInt(22));
        }
        for (int once = 1 + random.nextInt(2); once > 0; once--) {
            String key = pick(List.of(
                    "accountability-guilt-or-responsibility",
                    "boundaries-okay-and-not-okay",
                    "repair-attempts-try-that-again",
                    "forgiveness-is-not-trust",
                    "shared-experience-reflect",
                    "reflection-relationship-as-a-whole",
                    "healing-grief-anger-self-doubt"));
            give(plan, key, start.plusDays(random.nextInt((int) Math.max(1, days + 7))), 1);
        }
    }

    private record Plan(
            Client client,
            LocalDate start,
            LocalDate last,
            @Nullable LocalDate cancelledOn,
            double diligence,
            int slippingDays) {}

    private void give(Plan plan, String key, LocalDate start, int count) {
        Template template = templates.get(key);
        if (template == null) {
            throw new IllegalStateException("The built-in library has no template " + key);
        }
        Client client = plan.client;
        String frequency = count == 1 ? "ONCE" : key.equals("daily-check-in") ? "DAILY" : "WEEKLY";
        boolean cancelled = plan.cancelledOn != null;
        boolean paused = !cancelled && random.nextInt(25) == 0;
        UUID assignment = id();
        Instant given = at(start.minusDays(1), 11);
        rows.add(
                Table.ASSIGNMENT,
                s(assignment),
                s(client.id),
                s(client.clinician),
                s(template.id),
                template.version,
                template.title,
                frequency,
                start,
                frequency.equals("ONCE") ? null : count,
                frequency.equals("WEEKLY") ? start.getDayOfWeek().name() : null,
                DUE_TIME,
                "Europe/London",
                cancelled ? "CANCELLED" : paused ? "PAUSED" : "ACTIVE",
                utc(given),
                0);
        for (int number = 1; number <= count; number++) {
            LocalDate due = frequency.equals("WEEKLY") ? start.plusWeeks(number - 1) : start.plusDays(number - 1);
            occurrence(plan, template, assignment, number, due, cancelled, paused);
        }
    }

    private void occurrence(
            Plan plan,
            Template template,
            UUID assignment,
            int number,
            LocalDate due,
            boolean cancelled,
            boolean paused) {
        Instant dueAt = due.atTime(DUE_TIME).atZone(LONDON).toInstant();
        UUID occurrence = id();
        boolean afterTheEnd = cancelled && due.isAfter(plan.last);
        boolean slipped = !due.isBefore(today.minusDays(plan.slippingDays)) && plan.slippingDays > 0;
        @Nullable Instant submittedAt = null;
        if (!afterTheEnd && !paused && !slipped && !dueAt.isAfter(now) && random.nextDouble() < plan.diligence) {
            Instant at = random.nextInt(7) == 0
                    ? dueAt.plus(Duration.ofMinutes(60 + random.nextInt(36 * 60)))
                    : dueAt.minus(Duration.ofMinutes(30 + random.nextInt(12 * 60)));
            submittedAt = at.isBefore(now) ? at : null;
        }
        // As AssignmentService.cancel leaves them: every occurrence not submitted by then is cancelled.
        String status = submittedAt != null ? "SUBMITTED" : cancelled ? "CANCELLED" : "OPEN";
        rows.add(
                Table.OCCURRENCE,
                s(occurrence),
                s(assignment),
                s(plan.client.id),
                number,
                due,
                utc(dueAt),
                status,
                submittedAt == null ? null : utc(submittedAt),
                submittedAt == null ? 0 : 1);
        if (submittedAt != null) {
            double progress = (due.toEpochDay() - plan.start.toEpochDay())
                    / (double) Math.max(1, plan.last.toEpochDay() - plan.start.toEpochDay());
            submission(plan, template, assignment, occurrence, submittedAt, progress);
        }
    }

    private void submission(
            Plan plan, Template template, UUID assignment, UUID occurrence, Instant submittedAt, double progress) {
        UUID submission = id();
        var answers = new ArrayList<Object[]>();
        var scored = new ArrayList<Integer>();
        @Nullable Integer mainScale = null;
        for (Question q : template.questions) {
            boolean scoredItem = template.measure != null && q.position < template.measure.scoredItems();
            if (!q.required && !scoredItem && random.nextBoolean()) {
                continue;
            }
            @Nullable String text = null;
            @Nullable Integer scale = null;
            switch (q.kind) {
                case "SCALE" ->
                    scale = (int) Math.max(0, Math.min(10, Math.round(3 + 5 * progress + random.nextGaussian() * 1.2)));
                case "FREE_TEXT" ->
                    text = pick(
                            q.position % 4 == 0
                                    ? DemoHistory.FEELINGS
                                    : q.position % 4 == 1
                                            ? DemoHistory.THOUGHTS
                                            : q.position % 4 == 2 ? DemoHistory.REFLECTIONS : DemoHistory.NEEDS);
                case "DAILY_LOG" -> text = pick(DemoHistory.LOGS);
                case "YES_NOT_YET_SPACE" -> text = ExerciseTerms.YES_NOT_YET_SPACE.get(random.nextInt(4) == 0 ? 1 : 0);
                case "MULTIPLE_CHOICE" -> text = pick(q.options);
                default -> {
                    if (scoredItem) {
                        int level = q.position == 8 && template.measure == Measure.PHQ9
                                ? 0
                                : (int) Math.max(
                                        0, Math.min(3, Math.round(2.2 - 2 * progress + random.nextGaussian() * 0.7)));
                        scored.add(level);
                        text = q.options.get(level);
                    } else {
                        text = pick(q.options);
                    }
                }
            }
            if (q.isMainScaleOf(template)) {
                mainScale = scale;
            }
            answers.add(new Object[] {s(id()), s(submission), s(q.id), q.position, text, scale});
        }
        @Nullable MeasureScore score = template.measure == null ? null : MeasureScore.of(template.measure, scored);
        Instant reviewed = submittedAt.plus(Duration.ofMinutes(120 + random.nextInt(58 * 60)));
        boolean isReviewed = plan.cancelledOn != null || reviewed.isBefore(now);
        rows.add(
                Table.SUBMISSION,
                s(submission),
                s(occurrence),
                s(assignment),
                s(plan.client.id),
                s(plan.client.clinician),
                "SUBMITTED",
                answers.size(),
                utc(submittedAt.minus(Duration.ofMinutes(5 + random.nextInt(20)))),
                utc(submittedAt),
                utc(submittedAt),
                false,
                isReviewed ? utc(reviewed) : null,
                score == null ? null : score.total(),
                score == null ? null : score.severity().name(),
                false,
                mainScale,
                1);
        answers.forEach(answer -> rows.add(Table.ANSWER, answer));
        if (isReviewed && random.nextInt(10) == 0) {
            rows.add(
                    Table.COMMENT,
                    s(id()),
                    s(submission),
                    s(plan.client.clinician),
                    true,
                    pick(DemoHistory.FEEDBACK),
                    utc(reviewed));
            Instant replied = reviewed.plus(Duration.ofHours(3));
            if (random.nextInt(5) < 2 && replied.isBefore(now)) {
                rows.add(
                        Table.COMMENT,
                        s(id()),
                        s(submission),
                        s(plan.client.account),
                        false,
                        "Thank you. That helps.",
                        utc(replied));
            }
        }
    }

    private UUID id() {
        return new UUID(
                (random.nextLong() & ~0xF000L) | 0x4000L,
                (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
    }

    private String hex64() {
        return "%016x%016x%016x%016x"
                .formatted(random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong());
    }

    private String name() {
        return pick(FIRST_NAMES) + " " + pick(LAST_NAMES);
    }

    private <T> T pick(List<T> pool) {
        return pool.get(random.nextInt(pool.size()));
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(LONDON).toInstant();
    }

    private static String s(UUID id) {
        return id.toString();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
