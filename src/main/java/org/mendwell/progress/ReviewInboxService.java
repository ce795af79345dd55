package org.mendwell.progress;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.mendwell.account.CurrentUser;
import org.mendwell.account.Role;
import org.mendwell.account.Roles;
import org.mendwell.homework.ExerciseNames;
import org.mendwell.shared.audit.Audited;
import org.mendwell.shared.audit.Audited.Access;
import org.mendwell.shared.audit.Audited.Subject;
import org.mendwell.shared.audit.NotAudited;
import org.mendwell.shared.i18n.Language;
import org.mendwell.shared.i18n.ViewerLanguage;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The signed-in clinician's review inbox: intakes submitted and waiting for review, and submitted
 * exercises not yet reviewed, together, risk and safety answers first and then oldest first, paged in the database. It counts exactly
 * what the caseload's "N intakes to review · N submissions to review" counts (a client in status
 * INTAKE_SUBMITTED; a submission SUBMITTED with no review), so the link and the list agree.
 *
 * <p>Native SQL over the client, intake, submission and assignment tables, like {@link CaseloadFigures};
 * it runs unchanged on H2 (MariaDB mode) and MariaDB. The submission branch stands first in the union so
 * that the title column takes its type from {@code assignment.title}; an exercise is named in the reader's language
 * ({@link ExerciseNames}).
 *
 * <p>Each item says whether it carries a risk answer (a PHQ-9 with its self-harm item above zero, or an
 * intake with a yes to a safety question) and whether the client replied to the clinician's feedback since
 * the clinician last wrote: a reply puts a reviewed submission back in the inbox, at its own place in time.
 */
@Service
public class ReviewInboxService {

    private static final String ITEMS =
            """
            select s.id as item_id, 'SUBMISSION' as kind, s.client_id, c.full_name,
            """ + ExerciseNames.ASSIGNMENT_TITLE_SQL + """
             as title, """ + ExerciseNames.ASSIGNMENT_TITLE_LANGUAGE_SQL + """
             as language, s.submitted_at,
                   case when s.risk_alert = true then 1 else 0 end as risk_answer,
                   case when exists (select 1 from submission_comment r
                                     where r.submission_id = s.id and r.from_clinician = false
                                       and not exists (select 1 from submission_comment f
                                                       where f.submission_id = s.id and f.from_clinician = true
                                                         and f.created_at > r.created_at))
                        then 1 else 0 end as client_replied
            from submission s
              join client c on c.id = s.client_id
              join assignment a on a.id = s.assignment_id
            where s.clinician_id = :clinicianId and s.status = 'SUBMITTED' and s.reviewed_at is null
            union all
            select c.id as item_id, 'INTAKE' as kind, c.id as client_id, c.full_name, 'Intake' as title,
                   'en' as language,
                   coalesce(i.submitted_at, c.status_changed_at) as submitted_at,
                   case when c.safety_flag = true then 1 else 0 end as risk_answer, 0 as client_replied
            from client c
              left join intake i on i.client_id = c.id
            where c.clinician_id = :clinicianId and c.status = 'INTAKE_SUBMITTED'
            """;

    private static final String PAGE = "select * from (" + ITEMS
            + ") x order by x.risk_answer desc, x.submitted_at, x.item_id" + " limit :limit offset :offset";

    private static final String COUNT = "select count(*) from (" + ITEMS + ") x";

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ViewerLanguage viewerLanguage;

    ReviewInboxService(JdbcClient jdbc, CurrentUser currentUser, ViewerLanguage viewerLanguage) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.viewerLanguage = viewerLanguage;
    }

    /**
     * One page of what waits for the clinician's review: anything with a risk or safety answer first, then the
     * rest, each oldest first; the page's own sort is not used. Seventeen items oldest first put a new PHQ-9
     * with a self-harm answer below the fold.
     */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Audited(value = Access.READ, record = Subject.CASELOAD)
    public List<ReviewItem> page(Pageable pageable) {
        return jdbc.sql(PAGE)
                .param("clinicianId", clinicianId().toString())
                .param("language", viewerLanguage.pageLanguage().code())
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query((row, number) -> new ReviewItem(
                        ReviewItem.Kind.valueOf(row.getString("kind")),
                        UUID.fromString(row.getString("item_id")),
                        UUID.fromString(row.getString("client_id")),
                        row.getString("full_name"),
                        row.getString("title"),
                        row.getString("language"),
                        row.getObject("submitted_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        row.getInt("risk_answer") == 1,
                        row.getInt("client_replied") == 1))
                .list();
    }

    /** How many items wait, for the grid's size. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @NotAudited("a count, no record")
    public long count() {
        return jdbc.sql(COUNT)
                .param("clinicianId", clinicianId().toString())
                .param("language", Language.ENGLISH.code()) // the names are not counted
                .query(Long.class)
                .single();
    }

    private UUID clinicianId() {
        return currentUser.require(Role.CLINICIAN).accountId();
    }
}
