package org.mendwell.homework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One question's answer within a submission; changed only while the submission is a draft. */
@Entity
@Table(name = "submission_answer")
public class SubmissionAnswer {

    @Id
    private UUID id;

    @Column(name = "question_id", nullable = false)
    private UUID questionId;

    @Column(nullable = false)
    private int position;

    /** Free text, a log entry, the chosen option, or several chosen options one per line. */
    @Column(name = "text_value", length = 4000)
    private @Nullable String textValue;

    @Column(name = "scale_value")
    private @Nullable Integer scaleValue;

    /** A draft's text over its limit, kept as typed; the answer itself (text_value) is empty meanwhile. */
    // longtext, the same on H2 and MariaDB (a CLOB would not be: H2's MariaDB mode reads longtext as varchar).
    @Column(name = "overlong_text", columnDefinition = "longtext")
    private @Nullable String overlongText;

    /** Left out by the client when they share the submission with their partner. */
    @Column(name = "withheld_from_partner", nullable = false)
    private boolean withheldFromPartner;

    protected SubmissionAnswer() {
        this(UUID.randomUUID(), 0, null, null);
    }

    SubmissionAnswer(UUID questionId, int position, @Nullable String textValue, @Nullable Integer scaleValue) {
        this.id = UUID.randomUUID();
        this.questionId = questionId;
        this.position = position;
        this.textValue = textValue;
        this.scaleValue = scaleValue;
    }

    void change(@Nullable String text, @Nullable Integer scale) {
        this.textValue = text;
        this.scaleValue = scale;
        this.overlongText = null;
    }

    void keepOverlong(String typed) {
        this.textValue = null;
        this.scaleValue = null;
        this.overlongText = typed;
    }

    /** Whether this counts as an answer: an over-limit text kept in a draft does not. */
    boolean isAnswer() {
        return textValue != null || scaleValue != null;
    }

    /** The draft's over-limit text, as typed, or null. */
    public @Nullable String getOverlongText() {
        return overlongText;
    }

    void withholdFromPartner(boolean withheld) {
        this.withheldFromPartner = withheld;
    }

    public boolean isWithheldFromPartner() {
        return withheldFromPartner;
    }

    public UUID getQuestionId() {
        return questionId;
    }

    public int getPosition() {
        return position;
    }

    public @Nullable String getTextValue() {
        return textValue;
    }

    public @Nullable Integer getScaleValue() {
        return scaleValue;
    }
}
