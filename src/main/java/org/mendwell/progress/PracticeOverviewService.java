package org.mendwell.progress;

import java.time.Clock;
import java.util.List;
import org.mendwell.account.Roles;
import org.mendwell.shared.audit.NotAudited;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The administrator's view of how the practice is doing: per clinician, how many clients are active,
 * how much of the homework due in the last 30 days was done, and how much is overdue. Counts only:
 * the administrator manages the practice and never reads a client's name or answers.
 */
@Service
public class PracticeOverviewService {

    private final PracticeFigures figures;
    private final Clock clock;

    PracticeOverviewService(PracticeFigures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @NotAudited("counts per clinician; no client record, name or answer")
    public List<ClinicianOverview> perClinician() {
        return figures.perClinician(clock.instant());
    }
}
