package org.mendwell.progress;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.mendwell.account.CurrentUser;
import org.mendwell.account.Role;
import org.mendwell.account.Roles;
import org.mendwell.client.CaseloadAttention;
import org.mendwell.client.CaseloadFilter;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.PlainText;
import org.mendwell.shared.audit.Audited;
import org.mendwell.shared.audit.Audited.Access;
import org.mendwell.shared.audit.Audited.Subject;
import org.mendwell.shared.audit.NotAudited;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The signed-in clinician's caseload with each client's progress figures, filtered, sorted and paged
 * in the database: a page costs one statement and its count one more (with "needs attention", a few more for
 * the other features' reasons, {@link CaseloadAttention}, whatever the caseload's size). There is no clinician
 * parameter: the clinician is always the one signed in.
 *
 * <p>The reads are deliberately not transactional: each is one statement, so a transaction would
 * only add round trips (autocommit off, commit) to every page the grid fetches.
 */
@Service
public class CaseloadOverviewService {

    public static final int SEARCH_LIMIT = 120;

    private final CaseloadFigures figures;
    private final SavedCaseloadFilters savedFilters;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final List<CaseloadAttention> otherReasons;

    CaseloadOverviewService(
            CaseloadFigures figures,
            SavedCaseloadFilters savedFilters,
            CurrentUser currentUser,
            Clock clock,
            List<CaseloadAttention> otherReasons) {
        this.figures = figures;
        this.otherReasons = otherReasons;
        this.savedFilters = savedFilters;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** One page of the caseload; sort keys are those of {@link CaseloadSort}, anything else is refused. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Audited(value = Access.READ, record = Subject.CASELOAD)
    public List<CaseloadEntry> page(CaseloadFilter filter, Pageable pageable) {
        UUID clinicianId = clinicianId();
        return figures.page(
                clinicianId, checked(filter), alsoNeedingAttention(clinicianId, filter), pageable, clock.instant());
    }

    /** How many clients the filter lets through, for the grid's size. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @NotAudited("a count of the caseload, no record")
    public long count(CaseloadFilter filter) {
        UUID clinicianId = clinicianId();
        return figures.count(clinicianId, checked(filter), alsoNeedingAttention(clinicianId, filter));
    }

    /**
     * The filter with the other features' reasons worked out once ({@link CaseloadQuery}), for a grid that counts
     * and then fetches pages: with "needs attention" each would otherwise ask every reason again.
     */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @NotAudited("which of the clinician's own clients a filter lets through, as ids; the pages read are audited")
    public CaseloadQuery query(CaseloadFilter filter) {
        UUID clinicianId = clinicianId();
        return new CaseloadQuery(clinicianId, checked(filter), alsoNeedingAttention(clinicianId, filter));
    }

    /** {@link #page(CaseloadFilter, Pageable)} for a query made by {@link #query}: another clinician's is refused. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Audited(value = Access.READ, record = Subject.CASELOAD)
    public List<CaseloadEntry> page(CaseloadQuery query, Pageable pageable) {
        return figures.page(ownQuery(query), query.filter(), query.alsoNeedingAttention(), pageable, clock.instant());
    }

    /** {@link #count(CaseloadFilter)} for a query made by {@link #query}: another clinician's is refused. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @NotAudited("a count of the caseload, no record")
    public long count(CaseloadQuery query) {
        return figures.count(ownQuery(query), query.filter(), query.alsoNeedingAttention());
    }

    /** The filter the clinician saved as their default, or no filter at all. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @NotAudited("the clinician's own filter setting, no client record")
    public CaseloadFilter defaultFilter() {
        return savedFilters.of(clinicianId()).orElse(CaseloadFilter.NONE);
    }

    /** Remembers the filter for the signed-in clinician's next visit; saving an empty filter forgets it. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @NotAudited("the clinician's own filter setting, no client record")
    public void saveDefaultFilter(CaseloadFilter filter) {
        savedFilters.save(clinicianId(), checked(filter), clock.instant());
    }

    private UUID clinicianId() {
        return currentUser.require(Role.CLINICIAN).accountId();
    }

    private UUID ownQuery(CaseloadQuery query) {
        UUID clinicianId = clinicianId();
        if (!query.clinicianId().equals(clinicianId)) {
            throw new AccessDeniedException("A caseload query made for another clinician");
        }
        return clinicianId;
    }

    /** A few statements for the whole caseload, whatever its size, and only for "needs attention". */
    private Set<UUID> alsoNeedingAttention(UUID clinicianId, CaseloadFilter filter) {
        return CaseloadAttention.of(otherReasons, clinicianId, filter);
    }

    private static CaseloadFilter checked(CaseloadFilter filter) {
        if (filter.text().length() > SEARCH_LIMIT) {
            throw InvalidInputException.of(
                    "text",
                    "Searches are "
                            + PlainText.overLimit(SEARCH_LIMIT, filter.text().length()));
        }
        return filter;
    }
}
