package org.mendwell.homework;

import java.util.Set;
import java.util.UUID;
import org.mendwell.account.CurrentUser;
import org.mendwell.account.Role;
import org.mendwell.account.Roles;
import org.mendwell.homework.domain.ExerciseTemplate;
import org.mendwell.homework.domain.ExerciseTemplateRepository;
import org.mendwell.shared.Paging;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.shared.audit.NotAudited;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The exercise library as a clinician browses it: the built-in templates and their own. */
@NotAudited("the exercise library: templates hold no client data")
@Service
@Transactional(readOnly = true)
public class ExerciseLibraryService {

    static final Set<String> SORTABLE = Set.of("title", "theme", "audience", "minutes", "suggestedSchedule");

    private final ExerciseTemplateRepository templates;
    private final TemplateVersions versions;
    private final CurrentUser currentUser;

    ExerciseLibraryService(ExerciseTemplateRepository templates, TemplateVersions versions, CurrentUser currentUser) {
        this.templates = templates;
        this.versions = versions;
        this.currentUser = currentUser;
    }

    /** One page of the library, searched, filtered and sorted in the database. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    public Page<TemplateSummary> library(LibraryFilter filter, Pageable pageable) {
        UUID clinicianId = currentUser.require(Role.CLINICIAN).accountId();
        return templates.library(
                clinicianId,
                Paging.containsPattern(filter.text()),
                filter.theme(),
                filter.audience(),
                filter.withArchived(),
                Paging.restrictSort(pageable, SORTABLE, Sort.by("title", "id")));
    }

    /**
     * A template's current version, as the client will see it; another clinician's own template is
     * not found. An archived one of the clinician's own is still shown, so that it can be restored.
     */
    @PreAuthorize(Roles.IS_CLINICIAN)
    public TemplateDetails template(UUID templateId) {
        UUID clinicianId = currentUser.require(Role.CLINICIAN).accountId();
        ExerciseTemplate template = templates
                .findVisible(templateId, clinicianId)
                .orElseThrow(() -> new RecordNotFoundException("Exercise template"));
        return versions.details(template);
    }
}
