package org.mendwell.homework;

import java.util.Set;
import java.util.UUID;
import org.mendwell.account.CurrentUser;
import org.mendwell.account.Role;
import org.mendwell.account.Roles;
import org.mendwell.homework.domain.ExerciseQuestionRepository;
import org.mendwell.homework.domain.ExerciseTemplate;
import org.mendwell.homework.domain.ExerciseTemplateRepository;
import org.mendwell.homework.domain.ExerciseTemplateVersionRepository;
import org.mendwell.shared.Paging;
import org.mendwell.shared.RecordNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The exercise library as a clinician browses it: the built-in templates and their own. */
@Service
@Transactional(readOnly = true)
public class ExerciseLibraryService {

    static final Set<String> SORTABLE = Set.of("title", "theme", "audience", "minutes", "suggestedSchedule");

    private final ExerciseTemplateRepository templates;
    private final ExerciseTemplateVersionRepository versions;
    private final ExerciseQuestionRepository questions;
    private final CurrentUser currentUser;

    ExerciseLibraryService(ExerciseTemplateRepository templates, ExerciseTemplateVersionRepository versions,
                           ExerciseQuestionRepository questions, CurrentUser currentUser) {
        this.templates = templates;
        this.versions = versions;
        this.questions = questions;
        this.currentUser = currentUser;
    }

    /** One page of the library, searched, filtered and sorted in the database. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    public Page<TemplateSummary> library(LibraryFilter filter, Pageable pageable) {
        UUID clinicianId = currentUser.require(Role.CLINICIAN).accountId();
        return templates.library(clinicianId, Paging.containsPattern(filter.text()), filter.theme(),
                filter.audience(), Paging.restrictSort(pageable, SORTABLE, Sort.by("title", "id")));
    }

    /** A template's current version, as the client will see it; another clinician's own template is not found. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    public TemplateDetails template(UUID templateId) {
        UUID clinicianId = currentUser.require(Role.CLINICIAN).accountId();
        ExerciseTemplate template = templates.findVisible(templateId, clinicianId)
                .orElseThrow(() -> new RecordNotFoundException("Exercise template"));
        var version = versions.findByTemplateIdAndNumber(template.getId(), template.getCurrentVersion())
                .orElseThrow(() -> new RecordNotFoundException("Exercise template version"));
        var summary = new TemplateSummary(template.getId(), template.getTitle(), template.getTheme(),
                template.getAudience(), template.getMinutes(), template.getSuggestedSchedule(),
                template.isCouplesExercise(), template.getMeasure(), template.isBuiltIn(),
                template.getCurrentVersion());
        var questionList = questions.findByTemplateVersionIdOrderByPosition(version.getId()).stream()
                .map(q -> new TemplateDetails.Question(q.getPosition(), q.getKind(), q.getPrompt(), q.isRequired(),
                        q.getLowLabel(), q.getHighLabel(), q.getOptions()))
                .toList();
        return new TemplateDetails(summary, version.getIntroduction(), questionList);
    }
}
