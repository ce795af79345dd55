package org.mendwell.homework;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.mendwell.account.CurrentUser;
import org.mendwell.account.Role;
import org.mendwell.account.Roles;
import org.mendwell.homework.ExerciseTerms.Audience;
import org.mendwell.homework.ExerciseTerms.Measure;
import org.mendwell.homework.ExerciseTerms.Schedule;
import org.mendwell.homework.ExerciseTerms.Theme;
import org.mendwell.homework.domain.ExerciseTemplate;
import org.mendwell.homework.domain.ExerciseTemplateRepository;
import org.mendwell.shared.Paging;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.shared.audit.NotAudited;
import org.mendwell.shared.i18n.ViewerLanguage;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The exercise library as a clinician browses it: the built-in templates and their own. */
@NotAudited("the exercise library: templates hold no client data")
@Service
@Transactional(readOnly = true)
public class ExerciseLibraryService {

    static final Set<String> SORTABLE = Set.of("title", "theme", "audience", "minutes", "suggestedSchedule");

    /** Grid sort keys and the columns they order by: nothing else reaches the ORDER BY. */
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "title", "x.listed_title",
            "theme", "x.theme",
            "audience", "x.audience",
            "minutes", "x.minutes",
            "suggestedSchedule", "x.suggested_schedule",
            "id", "x.id");

    /**
     * The templates a clinician sees (built-in ones and their own; their archived ones only when asked), each with
     * its name for the reader; searched in that name and in the current version's own title.
     */
    private static final String LISTED = """
            select * from (
              select t.id, t.title, t.theme, t.audience, t.minutes, t.suggested_schedule, t.couples_exercise,
                     t.measure, t.owner_id, t.current_version, t.archived,
            """ + ExerciseNames.TEMPLATE_TITLE_SQL + """
             as listed_title
              from exercise_template t
              where (t.owner_id is null or t.owner_id = :clinician)
                and (t.archived = false or :withArchived = true)
                and (:theme = '' or t.theme = :theme)
                and (:audience = '' or t.audience = :audience)
            ) x
            where :text = '' or lower(x.listed_title) like :text escape '!' or lower(x.title) like :text escape '!'
            """;

    private final ExerciseTemplateRepository templates;
    private final TemplateVersions versions;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final ViewerLanguage viewerLanguage;

    ExerciseLibraryService(
            ExerciseTemplateRepository templates,
            TemplateVersions versions,
            CurrentUser currentUser,
            JdbcClient jdbc,
            ViewerLanguage viewerLanguage) {
        this.templates = templates;
        this.versions = versions;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.viewerLanguage = viewerLanguage;
    }

    /**
     * One page of the library, searched, filtered and sorted in the database. A built-in exercise is listed by its
     * name in the reader's language where the library has it ({@link ExerciseNames}); the search finds it by that
     * name and by its English one; sorting by title sorts by the name the reader sees, in the database's collation.
     */
    @PreAuthorize(Roles.IS_CLINICIAN)
    public Page<TemplateSummary> library(LibraryFilter filter, Pageable pageable) {
        UUID clinicianId = currentUser.require(Role.CLINICIAN).accountId();
        Pageable page = Paging.restrictSort(pageable, SORTABLE, Sort.by("title", "id"));
        String language = viewerLanguage.pageLanguage().code();
        templates.flush(); // read with plain SQL: what this transaction changed is written first, as JPQL would
        StringBuilder order = new StringBuilder();
        for (Sort.Order o : page.getSort()) {
            order.append(order.isEmpty() ? " order by " : ", ")
                    .append(SORT_COLUMNS.get(o.getProperty()))
                    .append(o.isAscending() ? " asc" : " desc");
        }
        List<TemplateSummary> rows = listed(
                        LISTED + order + " limit :limit offset :offset", clinicianId, filter, language)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query((rs, n) -> new TemplateSummary(
                        UUID.fromString(rs.getString("id")),
                        rs.getString("listed_title"),
                        Theme.valueOf(rs.getString("theme")),
                        Audience.valueOf(rs.getString("audience")),
                        rs.getInt("minutes"),
                        Schedule.valueOf(rs.getString("suggested_schedule")),
                        rs.getBoolean("couples_exercise"),
                        rs.getString("measure") == null ? null : Measure.valueOf(rs.getString("measure")),
                        rs.getString("owner_id") == null,
                        rs.getInt("current_version"),
                        rs.getBoolean("archived")))
                .list();
        return PageableExecutionUtils.getPage(
                rows,
                page,
                () -> listed("select count(*) from (" + LISTED + ") counted", clinicianId, filter, language)
                        .query(Long.class)
                        .single());
    }

    private JdbcClient.StatementSpec listed(String sql, UUID clinicianId, LibraryFilter filter, String language) {
        return jdbc.sql(sql)
                .param("clinician", clinicianId.toString())
                .param("language", language)
                .param("withArchived", filter.withArchived())
                .param("theme", filter.theme() == null ? "" : filter.theme().name())
                .param(
                        "audience",
                        filter.audience() == null ? "" : filter.audience().name())
                .param("text", Paging.containsPattern(filter.text()));
    }

    /**
     * A template's current version as written, what an assignment copies; another clinician's own template is not
     * found. An archived one of the clinician's own is still shown, so that it can be restored.
     */
    @PreAuthorize(Roles.IS_CLINICIAN)
    public TemplateDetails template(UUID templateId) {
        return versions.details(visible(templateId));
    }

    /**
     * A template as the library's preview shows it: a built-in one in the reader's language where the library has it
     * ({@code TemplateVersions.detailsIn}), so that a Spanish-reading clinician previews the words a Spanish-speaking
     * client gets; otherwise as {@link #template}. Never what an assignment copies (the client's language decides that).
     */
    @PreAuthorize(Roles.IS_CLINICIAN)
    public TemplateDetails preview(UUID templateId) {
        return versions.detailsIn(visible(templateId), viewerLanguage.pageLanguage());
    }

    private ExerciseTemplate visible(UUID templateId) {
        UUID clinicianId = currentUser.require(Role.CLINICIAN).accountId();
        return templates
                .findVisible(templateId, clinicianId)
                .orElseThrow(() -> new RecordNotFoundException("Exercise template"));
    }
}
