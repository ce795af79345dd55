package org.mendwell.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.mendwell.account.AccountService;
import org.mendwell.account.AccountSummary;
import org.mendwell.account.NewStaffAccount;
import org.mendwell.account.Roles;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.ui.FieldErrors;

/** The practice's clinician accounts, for the administrator. */
@Route("admin/clinicians")
@PageTitle("Clinicians | Mendwell")
@Menu(title = "Clinicians", order = 10)
@RolesAllowed(Roles.ADMIN)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
class ClinicianAccountsView extends Main {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final AccountService accounts;
    private final Grid<AccountSummary> grid = new Grid<>();

    ClinicianAccountsView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("mw-page");

        var add = new Button("New clinician", click -> openNewClinicianDialog());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var heading = new H2("Clinician accounts");
        var toolbar = new HorizontalLayout(heading, add);
        toolbar.addClassName("mw-toolbar");

        grid.addColumn(AccountSummary::displayName).setHeader("Name").setSortProperty("displayName")
                .setAutoWidth(true);
        grid.addColumn(AccountSummary::email).setHeader("E-mail").setSortProperty("email").setAutoWidth(true);
        grid.addColumn(a -> a.active() ? "Active" : "Deactivated").setHeader("Status").setSortProperty("active");
        grid.addColumn(a -> DATE.format(a.createdAt())).setHeader("Since").setSortProperty("createdAt");
        grid.addColumn(new ComponentRenderer<>(this::actions)).setHeader("Actions").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Clinician accounts");
        grid.setItemsPageable(pageable -> accounts.clinicians(pageable).getContent());
        grid.setSizeFull();

        add(toolbar, grid);
        setSizeFull();
    }

    private HorizontalLayout actions(AccountSummary account) {
        var toggle = new Button(account.active() ? "Deactivate" : "Reactivate", click -> {
            try {
                accounts.setActive(account.id(), !account.active());
                grid.getDataProvider().refreshAll();
            } catch (InvalidInputException refused) {
                refused.problems().values().forEach(message -> Notification.show(message)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR));
            }
        });
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        toggle.setAriaLabel((account.active() ? "Deactivate " : "Reactivate ") + account.displayName());
        var password = new Button("Set password", click -> openPasswordDialog(account));
        password.addThemeVariants(ButtonVariant.LUMO_SMALL);
        password.setAriaLabel("Set a new password for " + account.displayName());
        return new HorizontalLayout(toggle, password);
    }

    private void openNewClinicianDialog() {
        var dialog = new Dialog("New clinician");
        var name = new TextField("Name");
        var email = new EmailField("E-mail");
        var password = new PasswordField("First password");
        password.setHelperText("At least 12 characters. Share it safely; they can change it later.");
        for (var field : new com.vaadin.flow.component.HasValue<?, ?>[] {name, email, password}) {
            field.setRequiredIndicatorVisible(true);
        }
        var errors = new FieldErrors().bind("displayName", name).bind("email", email).bind("password", password);
        var save = new Button("Create account", click -> {
            try {
                var created = accounts.createClinician(new NewStaffAccount(email.getValue(), name.getValue(),
                        password.getValue()));
                dialog.close();
                grid.getDataProvider().refreshAll();
                Notification.show("Account created for " + created.displayName())
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(name, email, password));
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
    }

    private void openPasswordDialog(AccountSummary account) {
        var dialog = new Dialog("New password for " + account.displayName());
        var password = new PasswordField("New password");
        password.setHelperText("At least 12 characters.");
        var errors = new FieldErrors().bind("password", password);
        var save = new Button("Set password", click -> {
            try {
                accounts.setPassword(account.id(), password.getValue());
                dialog.close();
                Notification.show("Password changed").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(password, new Span());
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
    }
}
