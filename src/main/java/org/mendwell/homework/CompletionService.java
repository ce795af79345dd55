package org.mendwell.homework;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mendwell.account.PracticeStaff;
import org.mendwell.account.Roles;
import org.mendwell.client.ClientRef;
import org.mendwell.client.MyRecordService;
import org.mendwell.homework.domain.Assignment;
import org.mendwell.homework.domain.AssignmentRepository;
import org.mendwell.homework.domain.ExerciseOccurrence;
import org.mendwell.homework.domain.ExerciseOccurrenceRepository;
import org.mendwell.homework.domain.ExerciseQuestion;
import org.mendwell.homework.domain.Submission;
import org.mendwell.homework.domain.SubmissionAnswer;
import org.mendwell.homework.domain.SubmissionComment;
import org.mendwell.homework.domain.SubmissionCommentRepository;
import org.mendwell.homework.domain.SubmissionRepository;
import org.mendwell.shared.DraftSave;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.PlainText;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.shared.audit.Audited;
import org.mendwell.shared.audit.Audited.Access;
import org.mendwell.shared.audit.Audited.Subject;
import org.mendwell.shared.i18n.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The client's side of an exercise: opening it, a draft kept while they type, submitting it, replying
 * to feedback, and sharing a submission with their partner. Every method works only on the signed-in
 * client's own exercises; another client's id is reported as not found, whatever it belongs to.
 */
@Service
@Transactional
public class CompletionService {

    static final int REPLY_LIMIT = 2000;

    private final ExerciseOccurrenceRepository occurrences;
    private final AssignmentRepository assignments;
    private final SubmissionRepository submissions;
    private final SubmissionCommentRepository comments;
    private final ExerciseContent content;
    private final MyRecordService clients;
    private final ClientTime clientTime;
    private final Clock clock;
    private final PracticeStaff staff;
    private final Messages messages;

    CompletionService(
            ExerciseOccurrenceRepository occurrences,
            AssignmentRepository assignments,
            SubmissionRepository submissions,
            SubmissionCommentRepository comments,
            ExerciseContent content,
            MyRecordService clients,
            ClientTime clientTime,
            Clock clock,
            PracticeStaff staff,
            Messages messages) {
        this.staff = staff;
        this.messages = messages;
        this.occurrences = occurrences;
        this.assignments = assignments;
        this.submissions = submissions;
        this.comments = comments;
        this.content = content;
        this.clients = clients;
        this.clientTime = clientTime;
        this.clock = clock;
    }

    /**
     * One of the signed-in client's exercises, with their draft or submitted answers. Opening it shows
     * them their clinician's feedback, which is then no longer new on their list.
     */
    @PreAuthorize(Roles.IS_CLIENT)
    @Audited(value = Access.READ, record = Subject.OCCURRENCE)
    public ExerciseForm myExercise(UUID occurrenceId) {
        Mine mine = mine(occurrenceId);
        Submission submission =
                submissions.findWithAnswersByOccurrenceId(occurrenceId).orElse(null);
        ExerciseForm form = form(mine, submission);
        Instant readUpTo = submission == null ? null : submission.getFeedbackReadAt();
        if (form.comments().stream()
                .anyMatch(c -> c.fromClinician() && (readUpTo == null || c.at().isAfter(readUpTo)))) {
            submission.feedbackRead(clock.instant());
        }
        return form;
    }

    /**
     * Keeps what the client has typed so far, complete or not. An answer that cannot fit (too long, an
     * option that does not exist) stays as it was and is named in the result with its reason; every
     * other answer is saved regardless.
     */
    @PreAuthorize(Roles.IS_CLIENT)
    @Audited(value = Access.CHANGE, record = Subject.OCCURRENCE)
    public DraftSave saveDraft(UUID occurrenceId, Map<Integer, Answer> answers) {
        Mine mine = mine(occurrenceId);
        requireAnswerable(mine);
        Map<String, String> problems =
                AnswerRules.problems(messages, mine.version().publicQuestions(), answers, false);
        Map<String, String> notKept = notKept(mine, answers, problems);
        Map<String, String> overLimit = new LinkedHashMap<>(problems);
        overLimit.keySet().removeAll(notKept.keySet());
        Submission draft = write(mine, answersThatFit(mine, answers, notKept));
        return new DraftSave(draft.getUpdatedAt(), notKept, overLimit);
    }

    /**
     * Saves and submits: every required question must be answered. A refused submit still keeps the
     * draft, as {@link #saveDraft} would. Once submitted the answers never change. A PHQ-9 or GAD-7 is
     * scored, and a PHQ-9 answer about self-harm raises a risk alert for the clinician at once.
     */
    @PreAuthorize(Roles.IS_CLIENT)
    @Transactional(noRollbackFor = InvalidInputException.class)
    @Audited(value = Access.CHANGE, record = Subject.OCCURRENCE)
    public ExerciseForm submit(UUID occurrenceId, Map<Integer, Answer> answers) {
        Mine mine = mine(occurrenceId);
        requireAnswerable(mine);
        List<TemplateDetails.Question> questions = mine.version().publicQuestions();
        Map<String, String> fitProblems = AnswerRules.problems(messages, questions, answers, false);
        Submission submission = write(mine, answersThatFit(mine, answers, notKept(mine, answers, fitProblems)));
        // Every problem at once, each next to its question: an answer over its limit and an unanswered question are
        // both told (exploration found only the first shown), the limit's message taking precedence for its answer.
        Map<String, String> problems = new LinkedHashMap<>(AnswerRules.problems(messages, questions, answers, true));
        problems.putAll(fitProblems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        MeasureScore score = score(mine.version(), answers);
        submission.submit(score, MainScale.in(mine.version(), answers), now);
        mine.occurrence().markSubmitted(now);
        if (score != null && score.riskAlert()) {
            clients.raiseMyRiskAlert();
        }
        return form(mine, submission);
    }

    /** The client's reply to their clinician about a submitted exercise; it waits for the clinician's review. */
    @PreAuthorize(Roles.IS_CLIENT)
    @Audited(value = Access.CHANGE, record = Subject.OCCURRENCE)
    public void reply(UUID occurrenceId, String text) {
        Mine mine = mine(occurrenceId);
        Submission submission = submitted(mine);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw InvalidInputException.formNotReady("reply", messages.viewer("homework.rules.reply-empty"));
        }
        if (PlainText.problem(body) != null) {
            throw InvalidInputException.formNotReady("reply", PlainText.unsavable());
        }
        if (body.length() > REPLY_LIMIT) {
            throw InvalidInputException.formNotReady("reply", PlainText.overLimit(REPLY_LIMIT, body.length()));
        }
        comments.save(new SubmissionComment(submission.getId(), mine.me().accountId(), false, body, clock.instant()));
        submission.reopenForReview();
    }

    /**
     * In a couple case, lets the partner read this one submission (or stops it). Nothing else of the
     * client's work is ever shown to the partner.
     */
    @PreAuthorize(Roles.IS_CLIENT)
    @Audited(value = Access.CHANGE, record = Subject.OCCURRENCE)
    public void shareWithPartner(UUID occurrenceId, boolean share) {
        Mine mine = mine(occurrenceId);
        Submission submission = submitted(mine);
        if (mine.me().partnerId() == null) {
            throw InvalidInputException.of("share", messages.viewer("homework.rules.no-partner"));
        }
        submission.shareWithPartner(share);
    }

    /**
     * Which answers of a shared submission the client leaves out for their partner, by question
     * position; the partner sees the other answers. Safety questions are never shown to a partner,
     * whatever is chosen here.
     */
    @PreAuthorize(Roles.IS_CLIENT)
    @Audited(value = Access.CHANGE, record = Subject.OCCURRENCE)
    public void withholdFromPartner(UUID occurrenceId, Set<Integer> positions) {
        Mine mine = mine(occurrenceId);
        Submission submission = submitted(mine);
        if (mine.me().partnerId() == null) {
            throw InvalidInputException.of("share", messages.viewer("homework.rules.no-partner"));
        }
        var byPosition = mine.version().byPosition();
        if (!byPosition.keySet().containsAll(positions)) {
            throw InvalidInputException.of("share", messages.viewer("homework.rules.share-unknown"));
        }
        // Every answer the partner could see left out would share an empty page.
        Set<Integer> shareable = submission.getAnswers().stream()
                .map(answer -> answer.getPosition())
                .filter(position -> byPosition.containsKey(position)
                        && !byPosition.get(position).isSafety())
                .collect(java.util.stream.Collectors.toSet());
        if (!shareable.isEmpty() && positions.containsAll(shareable)) {
            throw InvalidInputException.of("share", messages.viewer("homework.rules.share-none"));
        }
        submission.withholdFromPartner(positions);
    }

    /** What the signed-in client's partner chose to share with them, newest first. */
    @PreAuthorize(Roles.IS_CLIENT)
    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.SELF)
    public List<SharedByPartner> sharedWithMe() {
        return clients.myPartner()
                .map(partner -> submissions.sharedBy(partner.clientId()))
                .orElse(List.of());
    }

    /**
     * One submission the partner shared, read-only: the answers they chose to share, never an answer to a
     * safety question; anything not shared is not found.
     */
    @PreAuthorize(Roles.IS_CLIENT)
    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.SUBMISSION)
    public SharedSubmission sharedSubmission(UUID submissionId) {
        ClientRef partner = clients.myPartner().orElseThrow(() -> new RecordNotFoundException("Shared exercise"));
        Submission submission = submissions
                .findWithAnswers(submissionId)
                .filter(s -> s.getClientId().equals(partner.clientId()) && s.isSubmitted() && s.isSharedWithPartner())
                .orElseThrow(() -> new RecordNotFoundException("Shared exercise"));
        Assignment assignment =
                assignments.findById(submission.getAssignmentId()).orElseThrow();
        ExerciseContent.Version version = content.of(assignment.getTemplateId(), assignment.getTemplateVersion());
        Map<Integer, ExerciseQuestion> byPosition = version.byPosition();
        List<SubmissionAnswer> shared = submission.getAnswers().stream()
                .filter(answer -> !answer.isWithheldFromPartner())
                .filter(answer -> byPosition.containsKey(answer.getPosition())
                        && !byPosition.get(answer.getPosition()).isSafety())
                .toList();
        Map<Integer, Answer> answers = ExerciseContent.answers(shared, byPosition);
        return new SharedSubmission(
                submission.getId(),
                partner.fullName(),
                version.title(),
                version.language(),
                submission.getSubmittedAt(),
                version.publicQuestions().stream()
                        .filter(q -> answers.containsKey(q.position()))
                        .toList(),
                answers);
    }

    // ---- Internals ----------------------------------------------------------------------------

    /** An occurrence with what it belongs to, known to be the signed-in client's own. */
    private record Mine(
            ClientRef me, ExerciseOccurrence occurrence, Assignment assignment, ExerciseContent.Version version) {}

    private Mine mine(UUID occurrenceId) {
        ClientRef me = clients.myRecord();
        ExerciseOccurrence occurrence = occurrences
                .findById(occurrenceId)
                .filter(o -> o.getClientId().equals(me.clientId()))
                .filter(o -> o.getStatus() != OccurrenceStatus.CANCELLED)
                .orElseThrow(() -> new RecordNotFoundException("Exercise"));
        Assignment assignment =
                assignments.findById(occurrence.getAssignmentId()).orElseThrow();
        return new Mine(
                me, occurrence, assignment, content.of(assignment.getTemplateId(), assignment.getTemplateVersion()));
    }

    /** Why the client cannot answer this exercise now, or null when they can. */
    private @Nullable String closedReason(Mine mine) {
        if (mine.occurrence().getStatus() == OccurrenceStatus.SUBMITTED) {
            return messages.viewer("homework.closed.submitted");
        }
        if (mine.assignment().getStatus() != AssignmentStatus.ACTIVE) {
            return messages.viewer("homework.closed.paused");
        }
        // The next one of a series may be done early; later ones open on their day.
        boolean next = occurrences
                .findFirstByAssignmentIdAndStatusOrderByNumber(mine.assignment().getId(), OccurrenceStatus.OPEN)
                .map(o -> o.getId().equals(mine.occurrence().getId()))
                .orElse(false);
        if (!next && mine.occurrence().getDueDate().isAfter(clientTime.myToday())) {
            return messages.viewer("homework.closed.not-yet");
        }
        return null;
    }

    private void requireAnswerable(Mine mine) {
        String reason = closedReason(mine);
        if (reason != null) {
            throw InvalidInputException.of("exercise", reason);
        }
    }

    private Submission submitted(Mine mine) {
        return submissions
                .findByOccurrenceId(mine.occurrence().getId())
                .filter(Submission::isSubmitted)
                .orElseThrow(
                        () -> InvalidInputException.of("exercise", messages.viewer("homework.rules.submit-first")));
    }

    /** The problems that keep an answer out of the draft: all but a text that is only too long, kept as typed. */
    private static Map<String, String> notKept(Mine mine, Map<Integer, Answer> typed, Map<String, String> problems) {
        Map<String, String> notKept = new LinkedHashMap<>(problems);
        AnswerRules.overLimit(mine.version().publicQuestions(), typed)
                .forEach(position -> notKept.remove(AnswerRules.key(position)));
        return notKept;
    }

    /** The typed answers, with each refused one replaced by what was stored for it before (or nothing). */
    private Map<Integer, Answer> answersThatFit(Mine mine, Map<Integer, Answer> typed, Map<String, String> refused) {
        if (refused.isEmpty()) {
            return typed;
        }
        Map<Integer, Answer> stored = submissions
                .findWithAnswersByOccurrenceId(mine.occurrence().getId())
                .map(draft -> ExerciseContent.answers(
                        draft.getAnswers(), mine.version().byPosition()))
                .orElse(Map.of());
        Map<Integer, Answer> fitting = new HashMap<>(typed);
        for (ExerciseQuestion question : mine.version().questions()) {
            if (refused.containsKey(AnswerRules.key(question.getPosition()))) {
                fitting.put(question.getPosition(), stored.getOrDefault(question.getPosition(), Answer.NONE));
            }
        }
        return fitting;
    }

    /** Writes the draft's answers; a text only over its limit is kept as typed, but not as an answer. */
    private Submission write(Mine mine, Map<Integer, Answer> answers) {
        Set<Integer> overlong = AnswerRules.overLimit(mine.version().publicQuestions(), answers);
        Instant now = clock.instant();
        Submission submission = submissions
                .findWithAnswersByOccurrenceId(mine.occurrence().getId())
                .orElseGet(() -> submissions.save(new Submission(
                        mine.occurrence().getId(),
                        mine.assignment().getId(),
                        mine.me().clientId(),
                        mine.assignment().getClinicianId(),
                        now)));
        for (ExerciseQuestion question : mine.version().questions()) {
            Answer answer = answers.getOrDefault(question.getPosition(), Answer.NONE);
            if (overlong.contains(question.getPosition())) {
                submission.answerOverlong(
                        question.getId(), question.getPosition(), ExerciseContent.storedText(answer), now);
                continue;
            }
            submission.answer(
                    question.getId(), question.getPosition(), ExerciseContent.storedText(answer), answer.scale(), now);
        }
        submissions.flush();
        return submission;
    }

    /** The measure's score from the position of each chosen option (0 = "Not at all" … 3 = "Nearly every day"). */
    private static @Nullable MeasureScore score(ExerciseContent.Version version, Map<Integer, Answer> answers) {
        if (version.measure() == null) {
            return null;
        }
        List<Integer> items = new ArrayList<>();
        for (ExerciseQuestion question :
                version.questions().subList(0, version.measure().scoredItems())) {
            items.add(question.getOptions()
                    .indexOf(answers.get(question.getPosition()).text()));
        }
        return MeasureScore.of(version.measure(), items);
    }

    private ExerciseForm form(Mine mine, @Nullable Submission submission) {
        Map<Integer, Answer> answers = submission == null
                ? Map.of()
                : ExerciseContent.answers(
                        submission.getAnswers(), mine.version().byPosition());
        MeasureScore score = submission == null || submission.getMeasureTotal() == null
                ? null
                : new MeasureScore(
                        mine.version().measure(),
                        submission.getMeasureTotal(),
                        submission.getMeasureSeverity(),
                        submission.isRiskAlert());
        List<Comment> thread = submission == null
                ? List.of()
                : comments.findBySubmissionIdOrderByCreatedAt(submission.getId()).stream()
                        // By name: after a handover, feedback from the former clinician must not read as the new one's.
                        .map(c -> new Comment(
                                c.isFromClinician()
                                        ? staff.nameOf(c.getAuthorId())
                                                .orElse(messages.viewer("homework.thread.your-clinician"))
                                        : messages.viewer("homework.thread.you"),
                                c.isFromClinician(),
                                c.getBody(),
                                c.getCreatedAt()))
                        .toList();
        Assignment assignment = mine.assignment();
        return new ExerciseForm(
                mine.occurrence().getId(),
                mine.version().title(),
                mine.version().introduction(),
                assignment.getInstructions(),
                mine.version().minutes(),
                mine.occurrence().getDueDate(),
                assignment.getDueTime(),
                mine.version().publicQuestions(),
                new LinkedHashMap<>(answers),
                submission == null ? null : submission.getUpdatedAt(),
                submission == null ? null : submission.getSubmittedAt(),
                closedReason(mine),
                mine.me().partnerId() != null,
                submission != null && submission.isSharedWithPartner(),
                submission == null
                        ? Set.of()
                        : submission.getAnswers().stream()
                                .filter(SubmissionAnswer::isWithheldFromPartner)
                                .map(SubmissionAnswer::getPosition)
                                .collect(Collectors.toUnmodifiableSet()),
                score,
                thread,
                staff.isActiveClinician(mine.me().clinicianId()),
                mine.version().measure(),
                mine.version().language(),
                mine.version().measure() == null
                        ? Set.of()
                        : content.languagesOf(mine.assignment().getTemplateId()));
    }
}
