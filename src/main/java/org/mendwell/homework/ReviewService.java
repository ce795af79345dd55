package org.mendwell.homework;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.account.CurrentUser;
import org.mendwell.account.PracticeStaff;
import org.mendwell.account.Role;
import org.mendwell.account.Roles;
import org.mendwell.client.ClientRef;
import org.mendwell.client.ClientService;
import org.mendwell.client.RiskAlertsSignedOff;
import org.mendwell.homework.domain.Assignment;
import org.mendwell.homework.domain.AssignmentRepository;
import org.mendwell.homework.domain.Submission;
import org.mendwell.homework.domain.SubmissionComment;
import org.mendwell.homework.domain.SubmissionCommentRepository;
import org.mendwell.homework.domain.SubmissionRepository;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.PlainText;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.shared.audit.Audited;
import org.mendwell.shared.audit.Audited.Access;
import org.mendwell.shared.audit.Audited.Subject;
import org.mendwell.shared.audit.NotAudited;
import org.mendwell.shared.i18n.Messages;
import org.mendwell.shared.i18n.ViewerLanguage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinician's side of homework: reading what their clients submitted, beside earlier answers to
 * the same exercise, writing feedback and marking submissions reviewed. Drafts stay private to the
 * client; another clinician's client is reported as not found.
 */
@Service
@Transactional
public class ReviewService {

    static final int FEEDBACK_LIMIT = 2000;

    public static final int SIGN_OFF_NOTE_LIMIT = 500;

    /**
     * The message key of what a sign-off without a note is told; the form says it before asking, the service if it
     * is asked.
     */
    public static final String SIGN_OFF_NOTE_MISSING = "homework.rules.sign-off-empty";

    /** How many earlier answers to the same recurring exercise the review shows beside this one. */
    static final int EARLIER_SHOWN = 4;

    private final SubmissionRepository submissions;
    private final SubmissionCommentRepository comments;
    private final AssignmentRepository assignments;
    private final ExerciseContent content;
    private final ClientService clients;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final PracticeStaff staff;
    private final Messages messages;
    private final ViewerLanguage viewerLanguage;

    ReviewService(
            SubmissionRepository submissions,
            SubmissionCommentRepository comments,
            AssignmentRepository assignments,
            ExerciseContent content,
            ClientService clients,
            CurrentUser currentUser,
            Clock clock,
            ApplicationEventPublisher events,
            PracticeStaff staff,
            Messages messages,
            ViewerLanguage viewerLanguage) {
        this.messages = messages;
        this.viewerLanguage = viewerLanguage;
        this.submissions = submissions;
        this.comments = comments;
        this.assignments = assignments;
        this.content = content;
        this.clients = clients;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
        this.staff = staff;
    }

    /** A client's submitted exercises, newest first. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.CLIENT)
    public List<SubmissionSummary> submissionsOf(UUID clientId) {
        return submissions.submittedBy(clients.ownedClient(clientId).clientId(), reader());
    }

    /** One submission with the earlier answers to the same exercise and the conversation about it. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.SUBMISSION)
    public SubmissionReview review(UUID submissionId) {
        Submission submission = ownSubmitted(submissionId);
        ClientRef client = clients.ownedClient(submission.getClientId());
        Assignment assignment =
                assignments.findById(submission.getAssignmentId()).orElseThrow();
        ExerciseContent.Version version = content.of(assignment.getTemplateId(), assignment.getTemplateVersion());
        var byPosition = version.byPosition();
        List<SubmissionReview.Earlier> earlier = submissions
                .earlier(assignment.getId(), submissionId, submission.getSubmittedAt(), Limit.of(EARLIER_SHOWN))
                .stream()
                .map(e -> new SubmissionReview.Earlier(
                        e.getSubmittedAt(), ExerciseContent.answers(e.getAnswers(), byPosition)))
                .toList();
        String firstName = client.fullName().split(" ")[0];
        UUID me = currentUser.require().accountId();
        List<Comment> thread = comments.findBySubmissionIdOrderByCreatedAt(submissionId).stream()
                // A colleague's feedback from before a handover is theirs, by name, not "You".
                .map(c -> new Comment(
                        !c.isFromClinician()
                                ? firstName
                                : c.getAuthorId().equals(me)
                                        ? messages.viewer("homework.thread.you")
                                        : staff.nameOf(c.getAuthorId())
                                                .orElse(messages.viewer("homework.thread.former-clinician")),
                        c.isFromClinician(),
                        c.getBody(),
                        c.getCreatedAt()))
                .toList();
        SubmissionSummary summary =
                submissions.summaryOf(submissionId, reader()).orElseThrow();
        return new SubmissionReview(
                summary,
                client.fullName(),
                summary.title().equals(assignment.getTitle()) ? version.language() : reader(),
                version.language(),
                version.introduction(),
                version.publicQuestions(),
                ExerciseContent.answers(submission.getAnswers(), byPosition),
                earlier,
                thread);
    }

    /** Feedback the client will see under their submission; sending it also marks the submission reviewed. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Audited(value = Access.CHANGE, record = Subject.SUBMISSION)
    public void sendFeedback(UUID submissionId, String text) {
        Submission submission = ownSubmitted(submissionId);
        String body = requiredText("feedback", text, messages.viewer("homework.rules.feedback-empty"), FEEDBACK_LIMIT);
        comments.save(new SubmissionComment(
                submissionId, currentUser.require(Role.CLINICIAN).accountId(), true, body, clock.instant()));
        submission.markReviewed(clock.instant());
    }

    /** Read, and nothing to add: the submission stops counting as waiting for review. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Audited(value = Access.CHANGE, record = Subject.SUBMISSION)
    public void markReviewed(UUID submissionId) {
        ownSubmitted(submissionId).markReviewed(clock.instant());
    }

    /** A client's risk alerts that no one has signed off yet, oldest first. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.CLIENT)
    public List<SubmissionSummary> openRiskAlerts(UUID clientId) {
        return submissions.openRiskAlerts(clients.ownedClient(clientId).clientId(), reader());
    }

    /** A client's risk alerts already signed off, the latest first: who signed each off, when, and their note. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.CLIENT)
    public List<RiskSignOff> riskSignOffs(UUID clientId) {
        return submissions.signedOffRiskAlerts(clients.ownedClient(clientId).clientId(), reader()).stream()
                .map(alert -> new RiskSignOff(
                        alert.submissionId(),
                        alert.title(),
                        alert.submittedAt(),
                        alert.signedOffAt(),
                        staff.nameOf(alert.signedOffBy()).orElse(messages.viewer("homework.review.former-colleague")),
                        alert.note()))
                .toList();
    }

    /**
     * Signs off one risk alert with a short note of what was done; when it was the client's last open
     * alert, the caseload stops highlighting the client.
     */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Audited(value = Access.CHANGE, record = Subject.SUBMISSION)
    public void signOffRiskAlert(UUID submissionId, String note) {
        Submission submission = ownSubmitted(submissionId);
        String body = requiredText("note", note, messages.viewer(SIGN_OFF_NOTE_MISSING), SIGN_OFF_NOTE_LIMIT);
        if (!submission.hasOpenRiskAlert()) {
            throw InvalidInputException.of("note", messages.viewer("homework.rules.already-signed-off"));
        }
        submission.signOffRiskAlert(currentUser.require(Role.CLINICIAN).accountId(), body, clock.instant());
        submissions.flush();
        if (submissions.openRiskAlerts(submission.getClientId(), reader()).isEmpty()) {
            events.publishEvent(new RiskAlertsSignedOff(submission.getClientId()));
        }
    }

    /** All of the signed-in clinician's submissions waiting for review. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Transactional(readOnly = true)
    @NotAudited("a count, no record")
    public long unreviewedTotal() {
        return submissions.countUnreviewed(currentUser.require(Role.CLINICIAN).accountId());
    }

    /**
     * The clinician's words, stripped: when empty, unsavable or too long, a message under the field's
     * name ({@link InvalidInputException#formNotReady}: the form is not ready, nothing was refused).
     */
    private static String requiredText(String field, @Nullable String text, String whenEmpty, int limit) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw InvalidInputException.formNotReady(field, whenEmpty);
        }
        if (PlainText.problem(body) != null) {
            throw InvalidInputException.formNotReady(field, PlainText.unsavable());
        }
        if (body.length() > limit) {
            throw InvalidInputException.formNotReady(field, PlainText.overLimit(limit, body.length()));
        }
        return body;
    }

    private Submission ownSubmitted(UUID submissionId) {
        Submission submission = submissions
                .findWithAnswers(submissionId)
                .filter(Submission::isSubmitted)
                .orElseThrow(() -> new RecordNotFoundException("Submission"));
        clients.ownedClient(submission.getClientId()); // another clinician's client: not found
        return submission;
    }

    /** The language of the page being built: built-in exercises are named in it. */
    private String reader() {
        return viewerLanguage.pageLanguage().code();
    }
}
