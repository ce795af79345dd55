package org.mendwell.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import org.mendwell.account.Roles;
import org.mendwell.client.HandoverService;
import org.mendwell.client.UnattendedRiskAlert;
import org.mendwell.progress.ClinicianOverview;
import org.mendwell.progress.CompletionText;
import org.mendwell.progress.PracticeOverviewService;

/**
 * The administrator's home: how each clinician's caseload is doing, in counts only; above it, by name only,
 * any client whose risk alert no clinician can see because their clinician's account is not active.
 */
@Route("admin")
@PageTitle("Practice overview | Mendwell")
@Menu(title = "progress.menu.practice-overview", order = 5)
@RolesAllowed(Roles.ADMIN)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
class PracticeOverviewView extends Main {

    PracticeOverviewView(PracticeOverviewService overview, HandoverService handovers) {
        addClassName("mw-page");

        var grid = new Grid<ClinicianOverview>();
        grid.addColumn(ClinicianOverview::clinicianName)
                .setHeader("Clinician")
                .setSortable(true)
                .setComparator(Comparator.comparing(ClinicianOverview::clinicianName))
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(row -> row.accountActive() ? "Active" : "Deactivated")
                .setHeader("Account")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(ClinicianOverview::activeClients)
                .setHeader("Active clients")
                .setSortable(true)
                .setComparator(Comparator.comparingInt(ClinicianOverview::activeClients))
                .setAutoWidth(true);
        grid.addColumn(row -> CompletionText.of(row.submittedLast30Days(), row.dueLast30Days()))
                .setHeader("Done (30 days)")
                .setSortable(true)
                .setComparator(Comparator.comparing(
                        ClinicianOverview::completionRate, Comparator.nullsLast(Comparator.naturalOrder())))
                .setAutoWidth(true);
        grid.addColumn(ClinicianOverview::overdue)
                .setHeader("Overdue")
                .setSortable(true)
                .setComparator(Comparator.comparingInt(ClinicianOverview::overdue))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Clinicians' caseloads");
        // A practice has a handful of clinicians: one statement fetches them all, sorting happens here.
        grid.setItems(overview.perClinician());
        grid.setSizeFull();

        add(new H2("Practice overview"));
        var unattended = handovers.riskAlertsWithoutClinician();
        if (!unattended.isEmpty()) {
            add(unattendedRiskAlerts(unattended));
        }
        add(
                new Paragraph("Exercises done out of those due in the last 30 days, and those overdue now, for each "
                        + "clinician's clients together. Client names and answers stay with their clinician."),
                grid);
        setSizeFull();
    }

    /**
     * Clients whose answer about self-harm no clinician can see, because their clinician's account is not
     * active: the one place in the portal where an administrator is told, by name and nothing more.
     */
    private static Component unattendedRiskAlerts(List<UnattendedRiskAlert> unattended) {
        var names = new UnorderedList();
        unattended.forEach(client ->
                names.add(new ListItem(client.clientName() + " (client of " + client.formerClinicianName() + ")")));
        var box = new Div(
                new H3("Needs a clinician today"),
                new Paragraph(
                        unattended.size() == 1
                                ? "This client gave an answer about self-harm, and their clinician's account is not active, so "
                                        + "no clinician sees it."
                                : "These clients gave an answer about self-harm, and their clinician's account is not active, "
                                        + "so no clinician sees it."),
                names,
                new Paragraph(
                        new Text("Please follow your practice's risk procedure today, and hand the clients to "
                                + "an active colleague under "),
                        new Anchor("admin/clinicians", "Clinicians"),
                        new Text(": the alert then waits on the new clinician's caseload, with the answers.")));
        box.addClassName("mw-risk-alert");
        box.addClassName("mw-unattended-risk");
        box.getElement().setAttribute("role", "alert");
        return box;
    }
}
