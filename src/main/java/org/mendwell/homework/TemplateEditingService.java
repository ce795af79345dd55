package org.mendwell.homework;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.account.CurrentUser;
import org.mendwell.account.Role;
import org.mendwell.account.Roles;
import org.mendwell.homework.ExerciseTerms.Theme;
import org.mendwell.homework.domain.ExerciseTemplate;
import org.mendwell.homework.domain.ExerciseTemplateRepository;
import org.mendwell.shared.InputValidator;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.PlainText;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.shared.audit.NotAudited;
import org.mendwell.shared.i18n.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A clinician's own templates: written in the form builder, copied from the library, archived and
 * restored. Every save that changes what the client sees publishes a new version, so exercises
 * already given keep theirs. Built-in templates are never changed here; another clinician's are
 * not found.
 */
@NotAudited("clinicians' own templates hold no client data")
@Service
@Transactional
public class TemplateEditingService {

    static final int MAX_TITLE_LENGTH = 80;
    static final int MAX_OPTIONS = 12;
    /** 12 options of 80 characters joined by line breaks stay within the 1000 of the options column. */
    static final int MAX_OPTION_LENGTH = 80;

    private final ExerciseTemplateRepository templates;
    private final TemplateVersions versions;
    private final InputValidator validator;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Messages messages;

    TemplateEditingService(
            ExerciseTemplateRepository templates,
            TemplateVersions versions,
            InputValidator validator,
            CurrentUser currentUser,
            Clock clock,
            Messages messages) {
        this.messages = messages;
        this.templates = templates;
        this.versions = versions;
        this.validator = validator;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A new template of the clinician's own, published as version 1. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    public EditableTemplate create(TemplateDraft draft) {
        check(draft);
        var template = templates.save(new ExerciseTemplate(
                null,
                clinicianId(),
                draft.theme(),
                draft.audience(),
                draft.couplesExercise(),
                draft.minutes(),
                draft.suggestedSchedule(),
                null,
                clock.instant()));
        publish(template, draft);
        return editable(template);
    }

    /** One of the clinician's own templates as the editor loads it. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Transactional(readOnly = true)
    public EditableTemplate editable(UUID templateId) {
        return editable(own(templateId));
    }

    /**
     * Saves the editor's draft. {@code loadedLockVersion} is what {@link #editable} gave the editor; if
     * the template was saved since (another tab, a colleague's session), the save is refused under the
     * key {@code lockVersion} and nothing changes. A new version is published only when what the client
     * sees changed; filing (theme, time, schedule) changes in place.
     */
    @PreAuthorize(Roles.IS_CLINICIAN)
    public EditableTemplate save(UUID templateId, long loadedLockVersion, TemplateDraft draft) {
        ExerciseTemplate template = own(templateId);
        if (template.getVersion() != loadedLockVersion) {
            throw InvalidInputException.of(
                    "lockVersion", messages.viewer("homework.editing.saved-elsewhere", template.getCurrentVersion()));
        }
        check(draft);
        template.refile(
                draft.theme(), draft.audience(), draft.couplesExercise(), draft.minutes(), draft.suggestedSchedule());
        publish(template, draft);
        return editable(template);
    }

    /**
     * A new template of the clinician's own with the same filing and questions, titled "Copy of …",
     * ready to edit. The standard measures are validated as published and are not copied.
     */
    @PreAuthorize(Roles.IS_CLINICIAN)
    public EditableTemplate copy(UUID templateId) {
        ExerciseTemplate original = visible(templateId);
        if (original.getMeasure() != null) {
            throw InvalidInputException.of(
                    "templateId",
                    messages.viewer(
                            "homework.editing.measure-not-copied",
                            original.getMeasure().label()));
        }
        TemplateDetails content = versions.details(original);
        String copyOf = messages.viewer("homework.editing.copy-of", original.getTitle());
        String title =
                copyOf.substring(0, Math.min(MAX_TITLE_LENGTH, copyOf.length())).strip();
        var copy = templates.save(new ExerciseTemplate(
                null,
                clinicianId(),
                original.getTheme(),
                original.getAudience(),
                original.isCouplesExercise(),
                original.getMinutes(),
                original.getSuggestedSchedule(),
                null,
                clock.instant()));
        versions.publish(
                copy,
                title,
                content.introduction(),
                TemplateVersions.hash(title, content.introduction(), content.questions()),
                content.questions());
        return editable(copy);
    }

    /** Takes one of the clinician's own templates out of the library; exercises already given are untouched. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    public TemplateSummary archive(UUID templateId) {
        ExerciseTemplate template = own(templateId);
        template.archive();
        return TemplateVersions.summary(template);
    }

    @PreAuthorize(Roles.IS_CLINICIAN)
    public TemplateSummary restore(UUID templateId) {
        ExerciseTemplate template = own(templateId);
        template.restore();
        return TemplateVersions.summary(template);
    }

    private void publish(ExerciseTemplate template, TemplateDraft draft) {
        List<TemplateDetails.Question> content = content(draft);
        String hash = TemplateVersions.hash(draft.title(), draft.introduction(), content);
        boolean unchanged = template.getCurrentVersion() > 0
                && versions.current(template).getContentHash().equals(hash);
        if (!unchanged) {
            versions.publish(template, draft.title(), draft.introduction(), hash, content);
        }
    }

    /** What the client will see: labels only on scales, options only on choices. */
    private static List<TemplateDetails.Question> content(TemplateDraft draft) {
        var content = new ArrayList<TemplateDetails.Question>();
        for (TemplateDraft.Question q : draft.questions()) {
            var kind = Objects.requireNonNull(q.kind());
            content.add(new TemplateDetails.Question(
                    content.size(),
                    kind,
                    q.prompt(),
                    q.required(),
                    kind.hasEndLabels() ? q.lowLabel() : null,
                    kind.hasEndLabels() ? q.highLabel() : null,
                    kind.hasOptions() ? q.options() : List.of(),
                    q.safety()));
        }
        return content;
    }

    private void check(TemplateDraft draft) {
        Map<String, String> problems = new LinkedHashMap<>(validator.problems(draft));
        if (draft.theme() == Theme.WELLBEING_MEASURE) {
            problems.putIfAbsent("theme", messages.viewer("homework.editing.measure-theme"));
        }
        for (int i = 0; i < draft.questions().size(); i++) {
            TemplateDraft.Question q = draft.questions().get(i);
            String key = "questions[" + i + "].";
            validator.problems(q).forEach((field, problem) -> problems.putIfAbsent(key + field, problem));
            for (String option : q.options() == null ? List.<String>of() : q.options()) {
                if (PlainText.problem(option) != null) {
                    problems.putIfAbsent(key + "options", PlainText.unsavable());
                }
            }
            if (q.kind() != null && q.kind().hasEndLabels()) {
                if (q.lowLabel() == null) {
                    problems.putIfAbsent(key + "lowLabel", messages.viewer("homework.editing.low-label"));
                }
                if (q.highLabel() == null) {
                    problems.putIfAbsent(key + "highLabel", messages.viewer("homework.editing.high-label"));
                }
            }
            if (q.kind() != null && q.kind().hasOptions()) {
                String problem = optionsProblem(q.options());
                if (problem != null) {
                    problems.putIfAbsent(key + "options", problem);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private @Nullable String optionsProblem(List<String> options) {
        if (options.size() < 2) {
            return messages.viewer("homework.editing.options.too-few");
        }
        if (options.size() > MAX_OPTIONS) {
            return messages.viewer("homework.editing.options.too-many", MAX_OPTIONS);
        }
        Set<String> seen = new HashSet<>();
        for (String option : options) {
            if (option.length() > MAX_OPTION_LENGTH) {
                return messages.viewer("homework.editing.options.too-long", MAX_OPTION_LENGTH, option.substring(0, 20));
            }
            if (!seen.add(option.toLowerCase(Locale.ROOT))) {
                return messages.viewer("homework.editing.options.twice", option);
            }
        }
        return null;
    }

    private EditableTemplate editable(ExerciseTemplate template) {
        templates.flush(); // the lock version the editor needs back is counted when the change is written
        TemplateDetails details = versions.details(template);
        TemplateSummary summary = details.summary();
        var draft = new TemplateDraft(
                summary.title(),
                details.introduction(),
                summary.theme(),
                summary.audience(),
                summary.couplesExercise(),
                summary.minutes(),
                summary.suggestedSchedule(),
                details.questions().stream()
                        .map(q -> new TemplateDraft.Question(
                                q.kind(),
                                q.prompt(),
                                q.required(),
                                q.lowLabel(),
                                q.highLabel(),
                                q.options(),
                                q.safety()))
                        .toList());
        return new EditableTemplate(
                template.getId(), template.getVersion(), template.getCurrentVersion(), template.isArchived(), draft);
    }

    /** One of the clinician's own templates; a built-in one is refused with a message. */
    private ExerciseTemplate own(UUID templateId) {
        ExerciseTemplate template = visible(templateId);
        if (template.isBuiltIn()) {
            throw InvalidInputException.of("templateId", messages.viewer("homework.editing.built-in"));
        }
        return template;
    }

    private ExerciseTemplate visible(UUID templateId) {
        return templates
                .findVisible(templateId, clinicianId())
                .orElseThrow(() -> new RecordNotFoundException("Exercise template"));
    }

    private UUID clinicianId() {
        return currentUser.require(Role.CLINICIAN).accountId();
    }
}
