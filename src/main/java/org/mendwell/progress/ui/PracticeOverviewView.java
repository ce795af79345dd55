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
import org.mendwell.shared.ui.TranslatedTitle;

/**
 * The administrator's home: how each clinician's caseload is doing, in counts only; above it, by name only,
 * any client whose risk alert no clinician can see because their clinician's account is not active.
 */
@Route("admin")
@Menu(title = "progress.menu.practice-overview", order = 5)
@RolesAllowed(Roles.ADMIN)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
class PracticeOverviewView extends Main implements TranslatedTitle {

    PracticeOverviewView(PracticeOverviewService overview, HandoverService handovers) {
        addClassName("mw-page");

        var grid = new Grid<ClinicianOverview>();
        grid.addColumn(ClinicianOverview::clinicianName)
                .setHeader(getTranslation("progress.overview.column.clinician"))
                .setSortable(true)
                .setComparator(Comparator.comparing(ClinicianOverview::clinicianName))
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(row -> getTranslation(
                        row.accountActive()
                                ? "progress.overview.account.active"
                                : "progress.overview.account.deactivated"))
                .setHeader(getTranslation("progress.overview.column.account"))
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(ClinicianOverview::activeClients)
                .setHeader(getTranslation("progress.overview.column.active-clients"))
                .setSortable(true)
                .setComparator(Comparator.comparingInt(ClinicianOverview::activeClients))
                .setAutoWidth(true);
        grid.addColumn(row -> CompletionText.of(row.submittedLast30Days(), row.dueLast30Days()))
                .setHeader(getTranslation("progress.overview.column.done-30-days"))
                .setSortable(true)
                .setComparator(Comparator.comparing(
                        ClinicianOverview::completionRate, Comparator.nullsLast(Comparator.naturalOrder())))
                .setAutoWidth(true);
        grid.addColumn(ClinicianOverview::overdue)
                .setHeader(getTranslation("progress.overview.column.overdue"))
                .setSortable(true)
                .setComparator(Comparator.comparingInt(ClinicianOverview::overdue))
                .setAutoWidth(true);
        // As the client's grid of exercises: a cell wraps instead of cutting a name or a figure with "…".
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("mw-progress-grid");
        grid.setAriaLabel(getTranslation("progress.overview.grid"));
        // A practice has a handful of clinicians: one statement fetches them all, sorting happens here.
        grid.setItems(overview.perClinician());
        grid.setSizeFull();

        add(new H2(getTranslation("progress.overview.title")));
        var unattended = handovers.riskAlertsWithoutClinician();
        if (!unattended.isEmpty()) {
            add(unattendedRiskAlerts(unattended));
        }
        add(new Paragraph(getTranslation("progress.overview.intro")), grid);
        setSizeFull();
    }

    /**
     * Clients whose answer about self-harm no clinician can see, because their clinician's account is not
     * active: the one place in the portal where an administrator is told, by name and nothing more.
     */
    @Override
    public String titleKey() {
        return "progress.overview.title";
    }

    private Component unattendedRiskAlerts(List<UnattendedRiskAlert> unattended) {
        var names = new UnorderedList();
        unattended.forEach(client -> names.add(new ListItem(getTranslation(
                "progress.overview.unattended.client", client.clientName(), client.formerClinicianName()))));
        var box = new Div(
                new H3(getTranslation("progress.overview.unattended.heading")),
                new Paragraph(getTranslation("progress.overview.unattended.text", unattended.size())),
                names,
                new Paragraph(
                        new Text(getTranslation("progress.overview.unattended.before-link")),
                        new Anchor("admin/clinicians", getTranslation("progress.overview.unattended.link")),
                        new Text(getTranslation("progress.overview.unattended.after-link"))));
        box.addClassName("mw-risk-alert");
        box.addClassName("mw-unattended-risk");
        box.getElement().setAttribute("role", "alert");
        return box;
    }
}
