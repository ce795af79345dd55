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

    TemplateEditingService(
            ExerciseTemplateRepository templates,
            TemplateVersions versions,
            InputValidator validator,
            CurrentUser currentUser,
            Clock clock) {
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
                    "lockVersion",
                    "This exercise was saved elsewhere (now version "
                            + template.getCurrentVersion()
                            + ") after you opened it, perhaps in another tab. Nothing was "
                            + "saved and your changes are still on screen: copy what you need, then reload the page to "
                            + "edit the newest version.");
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
                    "The " + original.getMeasure().label() + " is a validated "
                            + "questionnaire: its wording and scoring must stay exactly as published, so it cannot be "
                            + "copied or changed. Give it as it is.");
        }
        TemplateDetails content = versions.details(original);
        String copyOf = "Copy of " + original.getTitle();
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
            problems.putIfAbsent(
                    "theme",
                    "Standard measures are the validated PHQ-9 and GAD-7. Choose the theme "
                            + "this exercise works on.");
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
                    problems.putIfAbsent(key + "lowLabel", "Say what 0 means, for example \"Not at all\"");
                }
                if (q.highLabel() == null) {
                    problems.putIfAbsent(key + "highLabel", "Say what 10 means, for example \"Completely\"");
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

    private static @Nullable String optionsProblem(List<String> options) {
        if (options.size() < 2) {
            return "Write at least two options, one per line";
        }
        if (options.size() > MAX_OPTIONS) {
            return "Keep it to " + MAX_OPTIONS + " options or fewer";
        }
        Set<String> seen = new HashSet<>();
        for (String option : options) {
            if (option.length() > MAX_OPTION_LENGTH) {
                return "Keep each option under " + MAX_OPTION_LENGTH + " characters; \"" + option.substring(0, 20)
                        + "…\" is longer";
            }
            if (!seen.add(option.toLowerCase(Locale.ROOT))) {
                return "\"" + option + "\" is there twice; each option once";
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
            throw InvalidInputException.of(
                    "templateId", "Built-in exercises can't be changed. Make a copy and " + "change that.");
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
