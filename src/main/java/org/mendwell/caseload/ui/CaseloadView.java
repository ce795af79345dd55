package org.mendwell.caseload.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.mendwell.account.Roles;
import org.mendwell.client.CaseloadFilter;
import org.mendwell.client.CaseloadRow;
import org.mendwell.client.ClientService;
import org.mendwell.client.ClientStatus;
import org.mendwell.homework.ReviewService;

/** The clinician's home: their own clients, filtered, paged and sorted in the database. */
@Route("caseload")
@PageTitle("Caseload | Mendwell")
@Menu(title = "Caseload", order = 10)
@RolesAllowed(Roles.CLINICIAN)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
class CaseloadView extends Main {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final ClientService clients;
    private final ReviewService reviews;
    private final java.util.Map<java.util.UUID, Long> unreviewed = new java.util.HashMap<>();
    private final Grid<CaseloadRow> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<ClientStatus> status = new Select<>();
    private final Checkbox flaggedOnly = new Checkbox("Needs attention only");
    private final Span summary = new Span();

    CaseloadView(ClientService clients, ReviewService reviews) {
        this.clients = clients;
        this.reviews = reviews;
        addClassName("mw-page");

        search.setPlaceholder("Search by name or e-mail");
        search.setAriaLabel("Search clients");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        status.setAriaLabel("Status");
        status.setPlaceholder("Any status");
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setItems(ClientStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        flaggedOnly.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        var invite = new Button("New client", VaadinIcon.PLUS.create(),
                click -> new InviteDialog(clients, this::afterInvite).open());
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        var heading = new H2("Your clients");
        var toolbar = new HorizontalLayout(heading, summary, search, status, flaggedOnly, invite);
        toolbar.addClassName("mw-toolbar");
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        grid.addColumn(CaseloadView::nameWithPartner).setHeader("Name").setSortProperty("fullName")
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(row -> Badges.status(row.status()))).setHeader("Status")
                .setSortProperty("status").setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(row -> Badges.safety(row.safetyFlag(), row.riskAlert())))
                .setHeader("Safety")
                .setSortProperty("safetyFlag").setAutoWidth(true);
        grid.addColumn(row -> unreviewed.getOrDefault(row.clientId(), 0L)).setHeader("To review")
                .setAutoWidth(true);
        grid.addColumn(row -> DATE.format(row.since())).setHeader("Client since").setSortProperty("createdAt")
                .setAutoWidth(true);
        grid.addColumn(CaseloadRow::email).setHeader("E-mail").setSortProperty("email").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Your clients");
        grid.setItemsPageable(pageable -> {
            var rows = clients.caseload(new CaseloadFilter(search.getValue(), status.getValue(),
                    flaggedOnly.getValue()), pageable).getContent();
            // One more statement per page, not one per row.
            var counts = reviews.unreviewedCounts(rows.stream().map(CaseloadRow::clientId).toList());
            // A client with nothing left to review has no row in the counts: overwrite, never keep a stale number.
            rows.forEach(row -> unreviewed.put(row.clientId(), counts.getOrDefault(row.clientId(), 0L)));
            return rows;
        });
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.setSizeFull();

        add(toolbar, grid);
        setSizeFull();
        refreshSummary();
    }

    private static String nameWithPartner(CaseloadRow row) {
        return row.partnerName() == null ? row.fullName() : row.fullName() + " (with " + row.partnerName() + ")";
    }

    private void open(CaseloadRow row) {
        getUI().ifPresent(ui -> ui.navigate(ClientView.class, row.clientId().toString()));
    }

    private void afterInvite() {
        grid.getDataProvider().refreshAll();
        refreshSummary();
    }

    private void refreshSummary() {
        long size = clients.caseloadSize();
        long toReview = clients.intakesAwaitingReview();
        long submissions = reviews.unreviewedTotal();
        summary.setText((size == 1 ? "1 client" : size + " clients")
                + (toReview == 0 ? "" : " · " + toReview + (toReview == 1 ? " intake" : " intakes") + " to review")
                + (submissions == 0 ? "" : " · " + submissions + (submissions == 1 ? " submission" : " submissions")
                + " to review"));
    }
}
