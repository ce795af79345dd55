package org.mendwell.homework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.homework.ExerciseTerms.QuestionKind;

/**
 * One question of one template version. Its wording never changes once its version exists; whether it
 * is a safety question is the practice's rule about it, which the built-in library keeps in step.
 */
@Entity
@Table(name = "exercise_question")
public class ExerciseQuestion {

    @Id
    private UUID id;

    @Column(name = "template_version_id", nullable = false)
    private UUID templateVersionId;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private QuestionKind kind;

    @Column(nullable = false, length = 500)
    private String prompt;

    @Column(nullable = false)
    private boolean required;

    @Column(name = "low_label", length = 80)
    private @Nullable String lowLabel;

    @Column(name = "high_label", length = 80)
    private @Nullable String highLabel;

    /** Choice options, one per line. */
    @Column(length = 1000)
    private @Nullable String options;

    /** A safety question ("how safe do you feel with your partner"): never shown to a partner. */
    @Column(name = "safety_question", nullable = false)
    private boolean safety;

    protected ExerciseQuestion() {
        this(UUID.randomUUID(), 0, QuestionKind.FREE_TEXT, "", false, null, null, List.of(), false);
    }

    public ExerciseQuestion(
            UUID templateVersionId,
            int position,
            QuestionKind kind,
            String prompt,
            boolean required,
            @Nullable String lowLabel,
            @Nullable String highLabel,
            List<String> options,
            boolean safety) {
        this.id = UUID.randomUUID();
        this.templateVersionId = templateVersionId;
        this.position = position;
        this.kind = kind;
        this.prompt = prompt;
        this.required = required;
        this.lowLabel = lowLabel;
        this.highLabel = highLabel;
        this.options = options.isEmpty() ? null : String.join("\n", options);
        this.safety = safety;
    }

    public UUID getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public String getPrompt() {
        return prompt;
    }

    public boolean isRequired() {
        return required;
    }

    public @Nullable String getLowLabel() {
        return lowLabel;
    }

    public @Nullable String getHighLabel() {
        return highLabel;
    }

    public List<String> getOptions() {
        return options == null ? List.of() : Arrays.asList(options.split("\n"));
    }

    public boolean isSafety() {
        return safety;
    }

    public void classifyAsSafety(boolean safety) {
        this.safety = safety;
    }
}
