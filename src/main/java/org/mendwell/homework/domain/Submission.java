package org.mendwell.homework.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.homework.MeasureScore;
import org.mendwell.homework.SubmissionStatus;

/**
 * A client's answers to one due exercise. While it is a draft the client may change any answer;
 * once submitted nothing changes it but the clinician's review mark and the client's choice to
 * share it with their partner.
 */
@Entity
@Table(name = "submission")
public class Submission {

    @Id
    private UUID id;

    @Column(name = "occurrence_id", nullable = false)
    private UUID occurrenceId;

    @Column(name = "assignment_id", nullable = false)
    private UUID assignmentId;

    @Column(name = "client_id", nullable = false)
    private UUID clientId;

    @Column(name = "clinician_id", nullable = false)
    private UUID clinicianId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SubmissionStatus status;

    /** How many questions have an answer, for the client's progress bar. */
    @Column(nullable = false)
    private int answered;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Column(name = "shared_with_partner", nullable = false)
    private boolean sharedWithPartner;

    @Column(name = "reviewed_at")
    private @Nullable Instant reviewedAt;

    /** When the client last opened it: the clinician's feedback after this is new to them. */
    @Column(name = "feedback_read_at")
    private @Nullable Instant feedbackReadAt;

    @Column(name = "measure_total")
    private @Nullable Integer measureTotal;

    @Enumerated(EnumType.STRING)
    @Column(name = "measure_severity", length = 24)
    private MeasureScore.@Nullable Severity measureSeverity;

    @Column(name = "risk_alert", nullable = false)
    private boolean riskAlert;

    @Column(name = "risk_signed_off_at")
    private @Nullable Instant riskSignedOffAt;

    @Column(name = "risk_signed_off_by")
    private @Nullable UUID riskSignedOffBy;

    @Column(name = "risk_sign_off_note", length = 500)
    private @Nullable String riskSignOffNote;

    /** The daily check-in's Trust answer, kept when it is submitted so the caseload need not read the answers. */
    @Column(name = "main_scale")
    private @Nullable Integer mainScale;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @JoinColumn(name = "submission_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<SubmissionAnswer> answers = new ArrayList<>();

    @Version
    private long version;

    protected Submission() {
        this(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), Instant.EPOCH);
    }

    public Submission(UUID occurrenceId, UUID assignmentId, UUID clientId, UUID clinicianId, Instant startedAt) {
        this.id = UUID.randomUUID();
        this.occurrenceId = occurrenceId;
        this.assignmentId = assignmentId;
        this.clientId = clientId;
        this.clinicianId = clinicianId;
        this.status = SubmissionStatus.DRAFT;
        this.startedAt = startedAt;
        this.updatedAt = startedAt;
    }

    /** Sets one question's answer in the draft; a blank answer removes it. */
    public void answer(UUID questionId, int position, @Nullable String text, @Nullable Integer scale, Instant at) {
        requireDraft();
        boolean blank = (text == null || text.isBlank()) && scale == null;
        Optional<SubmissionAnswer> existing = answerAt(position);
        if (blank) {
            existing.ifPresent(answers::remove);
        } else if (existing.isPresent()) {
            existing.get().change(text, scale);
        } else {
            answers.add(new SubmissionAnswer(questionId, position, text, scale));
        }
        answered = countAnswered();
        updatedAt = at;
    }

    /**
     * Keeps a text answer that is over its limit as typed, in the draft only: it is not an answer
     * yet (not counted as answered, not shown to anyone but the client) until it is shortened.
     */
    public void answerOverlong(UUID questionId, int position, String typed, Instant at) {
        requireDraft();
        SubmissionAnswer answer = answerAt(position).orElseGet(() -> {
            var added = new SubmissionAnswer(questionId, position, null, null);
            answers.add(added);
            return added;
        });
        answer.keepOverlong(typed);
        answered = countAnswered();
        updatedAt = at;
    }

    private int countAnswered() {
        return (int) answers.stream().filter(SubmissionAnswer::isAnswer).count();
    }

    /** Submits the draft; {@code mainScale} is its main-scale answer ({@code homework.MainScale}), if any. */
    public void submit(@Nullable MeasureScore score, @Nullable Integer mainScale, Instant at) {
        requireDraft();
        status = SubmissionStatus.SUBMITTED;
        this.mainScale = mainScale;
        submittedAt = at;
        updatedAt = at;
        if (score != null) {
            measureTotal = score.total();
            measureSeverity = score.severity();
            riskAlert = score.riskAlert();
        }
    }

    public void shareWithPartner(boolean share) {
        if (status != SubmissionStatus.SUBMITTED) {
            throw new IllegalStateException("Only a submitted exercise can be shared");
        }
        this.sharedWithPartner = share;
    }

    /** The answers the partner does not see when this submission is shared, by question position. */
    public void withholdFromPartner(Set<Integer> positions) {
        if (status != SubmissionStatus.SUBMITTED) {
            throw new IllegalStateException("Only a submitted exercise can be shared");
        }
        answers.forEach(answer -> answer.withholdFromPartner(positions.contains(answer.getPosition())));
    }

    /** The clinician has acted on this submission's risk alert, and says how. */
    public void signOffRiskAlert(UUID clinicianId, String note, Instant at) {
        if (!riskAlert || riskSignedOffAt != null) {
            throw new IllegalStateException("No open risk alert on this submission");
        }
        riskSignedOffAt = at;
        riskSignedOffBy = clinicianId;
        riskSignOffNote = note;
    }

    public boolean hasOpenRiskAlert() {
        return status == SubmissionStatus.SUBMITTED && riskAlert && riskSignedOffAt == null;
    }

    public void markReviewed(Instant at) {
        if (status != SubmissionStatus.SUBMITTED) {
            throw new IllegalStateException("Only a submitted exercise can be reviewed");
        }
        if (reviewedAt == null) {
            reviewedAt = at;
        }
    }

    /**
     * The client replied: the submission waits for the clinician's review again, in every count and list
     * of submissions to review, until they send feedback or mark it reviewed.
     */
    public void reopenForReview() {
        if (status != SubmissionStatus.SUBMITTED) {
            throw new IllegalStateException("Only a submitted exercise can be reviewed");
        }
        reviewedAt = null;
    }

    /** The client has seen the feedback written up to this moment. */
    public void feedbackRead(Instant at) {
        feedbackReadAt = at;
    }

    public @Nullable Instant getFeedbackReadAt() {
        return feedbackReadAt;
    }

    private Optional<SubmissionAnswer> answerAt(int position) {
        return answers.stream().filter(a -> a.getPosition() == position).findFirst();
    }

    private void requireDraft() {
        if (status != SubmissionStatus.DRAFT) {
            throw new IllegalStateException("A submitted exercise cannot be changed");
        }
    }

    public UUID getId() {
        return id;
    }

    public UUID getOccurrenceId() {
        return occurrenceId;
    }

    public UUID getAssignmentId() {
        return assignmentId;
    }

    public UUID getClientId() {
        return clientId;
    }

    public UUID getClinicianId() {
        return clinicianId;
    }

    public SubmissionStatus getStatus() {
        return status;
    }

    public boolean isSubmitted() {
        return status == SubmissionStatus.SUBMITTED;
    }

    public int getAnswered() {
        return answered;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    public boolean isSharedWithPartner() {
        return sharedWithPartner;
    }

    public @Nullable Instant getReviewedAt() {
        return reviewedAt;
    }

    public @Nullable Integer getMeasureTotal() {
        return measureTotal;
    }

    public MeasureScore.@Nullable Severity getMeasureSeverity() {
        return measureSeverity;
    }

    public boolean isRiskAlert() {
        return riskAlert;
    }

    public @Nullable Integer getMainScale() {
        return mainScale;
    }

    public List<SubmissionAnswer> getAnswers() {
        return List.copyOf(answers);
    }

    public long getVersion() {
        return version;
    }
}
