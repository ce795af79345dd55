package org.mendwell.client.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
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
import org.mendwell.client.CaseloadRow;
import org.mendwell.client.ClientService;
import org.mendwell.client.NewClient;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.ui.FieldErrors;

/** The clinician's home: their own clients, paged and sorted in the database. */
@Route("caseload")
@PageTitle("Caseload | Mendwell")
@Menu(title = "Caseload", order = 10)
@RolesAllowed(Roles.CLINICIAN)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
class CaseloadView extends Main {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final ClientService clients;
    private final Grid<CaseloadRow> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Span count = new Span();

    CaseloadView(ClientService clients) {
        this.clients = clients;
        addClassName("mw-page");

        search.setPlaceholder("Search by name or e-mail");
        search.setAriaLabel("Search clients");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        var add = new Button("New client", VaadinIcon.PLUS.create(), click -> openNewClientDialog());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        var heading = new H2("Your clients");
        var toolbar = new HorizontalLayout(heading, count, search, add);
        toolbar.addClassName("mw-toolbar");
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        grid.addColumn(CaseloadRow::fullName).setHeader("Name").setSortProperty("fullName").setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(CaseloadView::statusBadge)).setHeader("Status")
                .setSortProperty("status").setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(CaseloadView::safetyBadge)).setHeader("Safety")
                .setSortProperty("safetyFlag").setAutoWidth(true);
        grid.addColumn(row -> DATE.format(row.since())).setHeader("Client since").setSortProperty("createdAt")
                .setAutoWidth(true);
        grid.addColumn(CaseloadRow::email).setHeader("E-mail").setSortProperty("email").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Your clients");
        grid.setItemsPageable(pageable -> clients.caseload(search.getValue(), pageable).getContent());
        grid.setSizeFull();

        add(toolbar, grid);
        setSizeFull();
        refreshCount();
    }

    private void refreshCount() {
        long size = clients.caseloadSize();
        count.setText(size == 1 ? "1 client" : size + " clients");
    }

    private static Span statusBadge(CaseloadRow row) {
        var badge = new Span(row.status().label());
        badge.getElement().getThemeList().add("badge pill");
        return badge;
    }

    private static Span safetyBadge(CaseloadRow row) {
        var badge = new Span(row.safetyFlag() ? "Needs attention" : "—");
        if (row.safetyFlag()) {
            badge.getElement().getThemeList().add("badge error pill");
        }
        return badge;
    }

    private void openNewClientDialog() {
        var dialog = new Dialog("New client");
        var name = new TextField("Full name");
        var email = new EmailField("E-mail");
        name.setRequiredIndicatorVisible(true);
        email.setRequiredIndicatorVisible(true);
        var errors = new FieldErrors().bind("fullName", name).bind("email", email);
        var save = new Button("Add client", click -> {
            try {
                var added = clients.addClient(new NewClient(name.getValue(), email.getValue()));
                dialog.close();
                grid.getDataProvider().refreshAll();
                refreshCount();
                Notification.show(added.fullName() + " was added to your caseload")
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(name, email));
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
    }
}
