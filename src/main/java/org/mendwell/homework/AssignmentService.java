package org.mendwell.homework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.account.AccountLanguages;
import org.mendwell.account.Roles;
import org.mendwell.client.ClientRef;
import org.mendwell.client.ClientService;
import org.mendwell.client.ClientStatus;
import org.mendwell.client.MyRecordService;
import org.mendwell.homework.domain.Assignment;
import org.mendwell.homework.domain.AssignmentRepository;
import org.mendwell.homework.domain.ExerciseOccurrence;
import org.mendwell.homework.domain.ExerciseOccurrenceRepository;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.PlainText;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.shared.SafetyReason;
import org.mendwell.shared.audit.Audited;
import org.mendwell.shared.audit.Audited.Access;
import org.mendwell.shared.audit.Audited.Subject;
import org.mendwell.shared.i18n.Language;
import org.mendwell.shared.i18n.Messages;
import org.mendwell.shared.i18n.ViewerLanguage;
import org.mendwell.shared.time.ViewerTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Giving exercises to clients and listing them. Every occurrence's due moment is computed once, in
 * the client's time zone, when the exercise is given; the client sees only their own.
 */
@Service
@Transactional
public class AssignmentService {

    /** How far ahead the client's list shows upcoming exercises. */
    static final int UPCOMING_DAYS = 14;

    private final AssignmentRepository assignments;
    private final ExerciseOccurrenceRepository occurrences;
    private final ExerciseLibraryService library;
    private final ClientService clients;
    private final MyRecordService ownRecord;
    private final ClientTime clientTime;
    private final TemplateVersions versions;
    private final AccountLanguages accountLanguages;
    private final ViewerLanguage viewerLanguage;
    private final Messages messages;
    private final ViewerTime viewerTime;
    private final Clock clock;

    AssignmentService(
            AssignmentRepository assignments,
            ExerciseOccurrenceRepository occurrences,
            ExerciseLibraryService library,
            ClientService clients,
            MyRecordService ownRecord,
            ClientTime clientTime,
            TemplateVersions versions,
            AccountLanguages accountLanguages,
            ViewerLanguage viewerLanguage,
            Messages messages,
            ViewerTime viewerTime,
            Clock clock) {
        this.messages = messages;
        this.viewerTime = viewerTime;
        this.versions = versions;
        this.accountLanguages = accountLanguages;
        this.viewerLanguage = viewerLanguage;
        this.assignments = assignments;
        this.occurrences = occurrences;
        this.library = library;
        this.clients = clients;
        this.ownRecord = ownRecord;
        this.clientTime = clientTime;
        this.clock = clock;
    }

    /** Gives a template to the client, and to their partner too when asked; returns what was created. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Audited(value = Access.CHANGE, record = Subject.CLIENT)
    public List<AssignmentSummary> assign(AssignExercise request) {
        ClientRef client = clients.ownedClient(request.clientId());
        TemplateDetails template = library.template(request.templateId());
        Map<String, String> problems = new LinkedHashMap<>();
        List<ClientRef> recipients = new ArrayList<>();
        String override = check(request, client, template, problems, recipients);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return recipients.stream()
                .map(recipient -> create(recipient, template, request, override))
                .toList();
    }

    /**
     * What {@link #assign} would refuse in this request, each message keyed by its field, without giving
     * anything: the dialog checks the form first and warns of a duplicate only for a form it can give.
     */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.CLIENT)
    public Map<String, String> check(AssignExercise request) {
        Map<String, String> problems = new LinkedHashMap<>();
        ClientRef client = clients.ownedClient(request.clientId());
        check(request, client, library.template(request.templateId()), problems, new ArrayList<>());
        return problems;
    }

    /** Puts each problem of the request in problems and each recipient in recipients; returns the safety reason. */
    private @Nullable String check(
            AssignExercise request,
            ClientRef client,
            TemplateDetails template,
            Map<String, String> problems,
            List<ClientRef> recipients) {
        recipients.add(client);
        request.schedule()
                .problems()
                .forEach((field, key) -> problems.put(field, messages.viewer(key, ExerciseSchedule.MAX_OCCURRENCES)));
        problems.putAll(pastDates(request.schedule(), clientTime.zoneOf(client.clientId()), problems.isEmpty()));
        if (template.summary().archived()) {
            problems.put(
                    "templateId",
                    messages.viewer(
                            "homework.assigning.archived", template.summary().title()));
        }
        if (client.status() != ClientStatus.ACTIVE) {
            problems.put("clientId", messages.viewer("homework.assigning.accept-first", client.fullName()));
        }
        if (PlainText.problem(request.instructions()) != null) {
            problems.put("instructions", PlainText.unsavable());
        }
        if (request.instructions() != null && request.instructions().length() > 2000) {
            problems.put(
                    "instructions",
                    PlainText.overLimit(2000, request.instructions().length()));
        }
        ClientRef partner = client.partnerId() == null ? null : clients.ownedClient(client.partnerId());
        if (request.bothPartners()) {
            if (partner == null) {
                problems.put("bothPartners", messages.viewer("homework.assigning.no-partner", client.fullName()));
            } else if (partner.status() != ClientStatus.ACTIVE) {
                problems.put("bothPartners", messages.viewer("homework.assigning.accept-first", partner.fullName()));
            } else {
                recipients.add(partner);
            }
        }
        return SafetyReason.check(
                request.safetyOverrideReason(),
                safetyReasonNeeded(template, client, partner),
                "safetyOverrideReason",
                problems,
                messages.viewer("homework.assigning.safety-reason"));
    }

    /**
     * Before giving: whether this exercise for this client needs a written safety reason, and the active
     * assignments of the same exercise that the client and their partner already have, so that the
     * clinician can see a duplicate before confirming.
     */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.CLIENT)
    public AssignmentProspect prospect(UUID clientId, UUID templateId) {
        ClientRef client = clients.ownedClient(clientId);
        TemplateDetails template = library.template(templateId);
        ClientRef partner = client.partnerId() == null ? null : clients.ownedClient(client.partnerId());
        List<UUID> people =
                partner == null ? List.of(client.clientId()) : List.of(client.clientId(), partner.clientId());
        return new AssignmentProspect(
                safetyReasonNeeded(template, client, partner),
                assignments.activeSummariesOf(people, template.summary().templateId(), reader()),
                template.summary().builtIn()
                        ? inClientsLanguage(template, client).language()
                        : null,
                LocalDateTime.ofInstant(clock.instant(), clientTime.zoneOf(client.clientId())));
    }

    /** Which version a client is given: a built-in exercise in their language where the library has it. */
    record GivenVersion(int number, String title, Language language) {}

    /**
     * A built-in exercise goes out in the client's language (the one they chose, else the practice's) when the
     * library has it in that language, else in English; a clinician's own exercise goes out as it was written.
     */
    private GivenVersion inClientsLanguage(TemplateDetails template, ClientRef client) {
        TemplateSummary summary = template.summary();
        var english = new GivenVersion(summary.currentVersion(), summary.title(), Language.ENGLISH);
        if (!summary.builtIn()) {
            return english;
        }
        Language language = Language.of(viewerLanguage.recipientLocale(accountLanguages.of(client.accountId())))
                .orElse(Language.ENGLISH);
        if (language == Language.ENGLISH) {
            return english;
        }
        return versions.translation(summary.templateId(), language)
                .map(version -> new GivenVersion(version.getNumber(), version.getTitle(), language))
                .orElse(english);
    }

    /** The safety rule is per case: a flag on either partner closes couples exercises for both, short of a reason. */
    private static boolean safetyReasonNeeded(TemplateDetails template, ClientRef client, @Nullable ClientRef partner) {
        return template.summary().couplesExercise() && client.caseFlagged(partner);
    }

    /**
     * A schedule that starts or ends before the client's today, or whose first due moment has already
     * passed where the client lives, would hand them work that is overdue the moment it arrives.
     */
    private Map<String, String> pastDates(ExerciseSchedule schedule, ZoneId zone, boolean scheduleValid) {
        Map<String, String> problems = new LinkedHashMap<>();
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        boolean once = schedule.frequency() == ExerciseTerms.Schedule.ONCE;
        if (schedule.start().isBefore(today)) {
            problems.put(
                    "start",
                    messages.viewer(
                            once ? "homework.assigning.due-date-passed" : "homework.assigning.start-date-passed",
                            viewerTime.viewer().date(today)));
        } else if (scheduleValid
                && !schedule.occurrences(zone).getFirst().dueAt().isAfter(now)) {
            problems.put(
                    "dueTime",
                    messages.viewer(
                            "homework.assigning.due-time-passed",
                            viewerTime.viewer().time(schedule.dueTime()),
                            viewerTime.viewer().date(today)));
        }
        if (schedule.until() != null && schedule.until().isBefore(today)) {
            problems.put(
                    "until",
                    messages.viewer(
                            "homework.assigning.end-date-passed",
                            viewerTime.viewer().date(today)));
        }
        return problems;
    }

    /** The exercises given to one of the signed-in clinician's clients, newest first. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.CLIENT)
    public List<AssignmentSummary> assignmentsOf(UUID clientId) {
        ClientRef client = clients.ownedClient(clientId);
        return assignments.summariesOf(client.clientId(), reader());
    }

    @PreAuthorize(Roles.IS_CLINICIAN)
    @Audited(value = Access.CHANGE, record = Subject.ASSIGNMENT)
    public AssignmentSummary pause(UUID assignmentId) {
        move(assignmentId, AssignmentStatus.PAUSED);
        return summary(assignmentId);
    }

    @PreAuthorize(Roles.IS_CLINICIAN)
    @Audited(value = Access.CHANGE, record = Subject.ASSIGNMENT)
    public AssignmentSummary resume(UUID assignmentId) {
        move(assignmentId, AssignmentStatus.ACTIVE);
        return summary(assignmentId);
    }

    /** Ends an assignment: its open occurrences disappear from the client's list, submitted ones stay. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Audited(value = Access.CHANGE, record = Subject.ASSIGNMENT)
    public AssignmentSummary cancel(UUID assignmentId) {
        move(assignmentId, AssignmentStatus.CANCELLED);
        occurrences.findByAssignmentIdOrderByNumber(assignmentId).forEach(ExerciseOccurrence::cancel);
        return summary(assignmentId);
    }

    /** The signed-in client's exercises, grouped against today in their own time zone. */
    @PreAuthorize(Roles.IS_CLIENT)
    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.SELF)
    public MyExercises myExercises() {
        ClientRef me = ownRecord.myRecord();
        ZoneId zone = clientTime.myZone();
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        List<ClientExercise> todays = new ArrayList<>();
        List<ClientExercise> overdue = new ArrayList<>();
        Map<UUID, ClientExercise> nextOfEach = new LinkedHashMap<>(); // in due order, each assignment's first
        List<ClientExercise> completed = new ArrayList<>();
        for (ClientExercise exercise : occurrences.exercisesOf(me.clientId())) {
            if (exercise.done()) {
                completed.add(exercise);
            } else if (exercise.dueDate().equals(today)) {
                todays.add(exercise);
            } else if (exercise.dueDate().isBefore(today)) {
                overdue.add(exercise);
            } else if (!exercise.dueDate().isAfter(today.plusDays(UPCOMING_DAYS))) {
                nextOfEach.putIfAbsent(exercise.assignmentId(), exercise);
            }
        }
        Map<UUID, Assignment> schedules = new LinkedHashMap<>();
        assignments.findAllById(nextOfEach.keySet()).forEach(a -> schedules.put(a.getId(), a));
        List<UpcomingExercise> upcoming = nextOfEach.values().stream()
                .map(next -> {
                    Assignment assignment = schedules.get(next.assignmentId());
                    return new UpcomingExercise(
                            next,
                            UpcomingExercise.repeats(
                                    messages,
                                    viewerLanguage.viewerLocale(),
                                    assignment.getFrequency(),
                                    assignment.getWeekdays()));
                })
                .toList();
        completed.sort(
                Comparator.comparing(ClientExercise::submittedAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return new MyExercises(todays, overdue, upcoming, completed, zone);
    }

    private AssignmentSummary create(
            ClientRef client, TemplateDetails template, AssignExercise request, @Nullable String overrideReason) {
        ZoneId zone = clientTime.zoneOf(client.clientId());
        String instructions =
                request.instructions() == null || request.instructions().isBlank()
                        ? null
                        : request.instructions().strip();
        GivenVersion given = inClientsLanguage(template, client);
        var assignment = assignments.save(new Assignment(
                client.clientId(),
                client.clinicianId(),
                template.summary().templateId(),
                given.number(),
                given.title(),
                instructions,
                request.schedule(),
                zone.getId(),
                overrideReason,
                clock.instant()));
        request.schedule()
                .occurrences(zone)
                .forEach(occurrence -> occurrences.save(new ExerciseOccurrence(
                        assignment.getId(),
                        client.clientId(),
                        occurrence.number(),
                        occurrence.date(),
                        occurrence.dueAt())));
        return summary(assignment.getId());
    }

    private void move(UUID assignmentId, AssignmentStatus target) {
        Assignment assignment =
                assignments.findById(assignmentId).orElseThrow(() -> new RecordNotFoundException("Assignment"));
        clients.ownedClient(assignment.getClientId()); // not the clinician's client: not found
        if (!assignment.getStatus().canMoveTo(target)) {
            throw InvalidInputException.of(
                    "status",
                    messages.viewer(
                            "homework.assigning.status",
                            messages.viewer(assignment.getStatus().labelKey()).toLowerCase(java.util.Locale.ROOT),
                            messages.viewer(target.labelKey()).toLowerCase(java.util.Locale.ROOT)));
        }
        assignment.changeStatus(target);
    }

    /** Read back after a change; flushing first so the counting query sees it. */
    private AssignmentSummary summary(UUID assignmentId) {
        assignments.flush();
        return assignments.summaryOf(assignmentId, reader()).orElseThrow();
    }

    /** The language of the page being built: built-in exercises are named in it. */
    private String reader() {
        return viewerLanguage.pageLanguage().code();
    }
}
