package org.mendwell.staff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mendwell.account.AccountService;
import org.mendwell.account.AccountSummary;
import org.mendwell.account.NewStaffAccount;
import org.mendwell.account.Roles;
import org.mendwell.client.ClientInCare;
import org.mendwell.client.HandoverService;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.time.PersonalTime;
import org.mendwell.shared.time.ViewerTime;
import org.mendwell.shared.ui.FieldErrors;
import org.mendwell.shared.ui.Focus;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The practice's clinician accounts, for the administrator. */
@Route("admin/clinicians")
@PageTitle("Clinicians | Mendwell")
@Menu(title = "staff.menu.clinicians", order = 10)
@RolesAllowed(Roles.ADMIN)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
class ClinicianAccountsView extends Main {

    private final AccountService accounts;
    private final HandoverService handovers;
    private final Grid<AccountSummary> grid = new Grid<>();

    ClinicianAccountsView(AccountService accounts, HandoverService handovers, ViewerTime viewerTime) {
        PersonalTime time = viewerTime.viewer();
        this.accounts = accounts;
        this.handovers = handovers;
        addClassName("mw-page");

        var add = new Button("New clinician", click -> openNewClinicianDialog());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var heading = new H2("Clinician accounts");
        var toolbar = new HorizontalLayout(heading, add);
        toolbar.addClassName("mw-toolbar");

        grid.addColumn(AccountSummary::displayName)
                .setHeader("Name")
                .setSortProperty("displayName")
                .setAutoWidth(true);
        grid.addColumn(AccountSummary::email)
                .setHeader("E-mail")
                .setSortProperty("email")
                .setAutoWidth(true);
        // "Not signed in yet": the account exists but nobody has used its link, so no client can be handed to it.
        grid.addColumn(a -> !a.active()
                        ? "Deactivated"
                        : a.locked() ? "Locked" : !a.hasSignedIn() ? "Not signed in yet" : "Active")
                .setHeader("Status")
                .setSortProperty("active");
        grid.addColumn(a -> time.date(a.createdAt())).setHeader("Since").setSortProperty("createdAt");
        // Frozen to the end so that on a phone the actions stay on screen while the other columns scroll;
        // there the buttons stack (mendwell.css) to keep the column narrow.
        grid.addColumn(new ComponentRenderer<>(this::actions))
                .setHeader("Actions")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Clinician accounts");
        grid.setItemsPageable(pageable -> accounts.clinicians(pageable).getContent());
        grid.setSizeFull();

        add(toolbar, grid);
        setSizeFull();
    }

    private HorizontalLayout actions(AccountSummary account) {
        var actions = new HorizontalLayout();
        actions.addClassName("mw-row-actions");
        if (account.active()) {
            actions.add(small(
                    new Button("Deactivate", click -> openDeactivateDialog(account)),
                    "Deactivate " + account.displayName()));
            actions.add(small(
                    new Button(account.locked() ? "Unlock" : "Lock", click -> setLocked(account, !account.locked())),
                    (account.locked() ? "Unlock " : "Lock ") + account.displayName()));
            actions.add(small(
                    new Button("Send reset link", click -> confirmResetLink(account)),
                    "Send " + account.displayName() + " a link to choose a new password"));
        } else {
            actions.add(small(
                    new Button(
                            "Reactivate",
                            click -> run(
                                    () -> accounts.setActive(account.id(), true),
                                    account.displayName() + " can sign in again")),
                    "Reactivate " + account.displayName()));
        }
        return actions;
    }

    private static Button small(Button button, String accessibleName) {
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(accessibleName);
        return button;
    }

    /** Runs an account action, refreshes the grid and says what happened; a refusal is shown as the service gave it. */
    private boolean run(Runnable action, String done) {
        try {
            action.run();
            grid.getDataProvider().refreshAll();
            Notification.show(done).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            return true;
        } catch (InvalidInputException refused) {
            refused.problems()
                    .values()
                    .forEach(message -> Notification.show(message, 8000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR));
            return false;
        }
    }

    private void setLocked(AccountSummary account, boolean locked) {
        if (!locked) {
            run(() -> accounts.setLocked(account.id(), false), account.displayName() + " can sign in again");
            return;
        }
        var dialog = new ConfirmDialog(
                "Lock " + account.displayName() + "?",
                "Nobody can sign in to this account, " + "and any open session ends, until you unlock it. "
                        + howOwnerIsTold(account),
                "Lock account",
                confirmed -> run(
                        () -> accounts.setLocked(account.id(), true), account.displayName() + "'s account is locked"));
        dialog.setCancelable(true);
        dialog.open();
    }

    /** What really happens next: an e-mail only when the portal can send one. */
    private String howOwnerIsTold(AccountSummary account) {
        return accounts.ownersAreToldByEmail()
                ? account.displayName() + " is told by e-mail."
                : "This portal cannot send e-mail yet, so Mendwell cannot tell " + account.displayName()
                        + ": please let them know yourself.";
    }

    private void confirmResetLink(AccountSummary account) {
        var dialog = new ConfirmDialog(
                "Send a reset link to " + account.displayName() + "?",
                "Mendwell e-mails " + account.email()
                        + " a link to choose a new password. You will not see the link or the password.",
                "Send link",
                confirmed -> run(
                        () -> accounts.sendPasswordReset(account.id()),
                        "We are sending a link to " + account.email() + ". If it has not arrived in 10 minutes, "
                                + "check the audit trail for e-mails the mail server did not send."));
        dialog.setCancelable(true);
        dialog.open();
    }

    /**
     * Deactivation asks for confirmation, and first for a new clinician for each client still in care: the
     * service refuses to leave any client without one.
     */
    private void openDeactivateDialog(AccountSummary account) {
        List<ClientInCare> inCare = handovers.clientsInCare(account.id());
        var dialog = new Dialog("Deactivate " + account.displayName() + "?");
        dialog.add(new Paragraph(account.displayName() + " will no longer be able to sign in. Their records are "
                + "kept. " + howOwnerIsTold(account)));
        List<AccountSummary> colleagues =
                accounts.clinicians(PageRequest.of(0, 500, Sort.by("displayName"))).getContent().stream()
                        .filter(c -> c.active() && !c.locked() && c.hasSignedIn() && !c.id().equals(account.id()))
                        .toList();
        var reason = new TextArea("Why are these clients moving?");
        reason.setHelperText("For example: leaving the practice. Kept in each client's history; both clinicians and "
                + "each client are told who their clinician is now.");
        reason.setMaxLength(300);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        Map<ClientInCare, ComboBox<AccountSummary>> choices = new LinkedHashMap<>();
        if (inCare.isEmpty()) {
            dialog.add(new Paragraph("No clients are in care with " + account.displayName() + "."));
        } else {
            dialog.add(new Paragraph("Choose who takes over each client still in care. The new clinician sees "
                    + "their record, exercises and submissions from now on; the client's history records the "
                    + "handover. Only colleagues who have signed in at least once can take clients over."));
            var everyone = new ComboBox<AccountSummary>("Hand every client to");
            everyone.setItems(colleagues);
            everyone.setItemLabelGenerator(AccountSummary::displayName);
            everyone.setWidthFull();
            dialog.add(reason, everyone);
            var list = new FormLayout();
            for (ClientInCare client : inCare) {
                var choice = new ComboBox<AccountSummary>(
                        client.partnerName() == null
                                ? client.fullName()
                                : client.fullName() + " and " + client.partnerName() + " (couple)");
                choice.setHelperText(client.status().label());
                choice.setItems(colleagues);
                choice.setItemLabelGenerator(AccountSummary::displayName);
                choice.setRequiredIndicatorVisible(true);
                choice.addValueChangeListener(change -> choice.setInvalid(false));
                choices.put(client, choice);
                list.add(choice);
            }
            everyone.addValueChangeListener(
                    change -> choices.values().forEach(choice -> choice.setValue(change.getValue())));
            dialog.add(list);
        }
        reason.addValueChangeListener(change -> reason.setInvalid(false));
        var confirm = new Button(inCare.isEmpty() ? "Deactivate" : "Hand over and deactivate", click -> {
            // Every missing answer is marked at once, in the order of the dialog; on a phone the first
            // one may be far above or below the button, so focus goes there and brings it into view.
            List<Component> missing = new java.util.ArrayList<>();
            if (!choices.isEmpty() && reason.getValue().isBlank()) {
                reason.setErrorMessage("Write why these clients move to another clinician");
                reason.setInvalid(true);
                missing.add(reason);
            }
            for (var choice : choices.values()) {
                if (choice.getValue() == null) {
                    choice.setErrorMessage("Choose a clinician for this client");
                    choice.setInvalid(true);
                    missing.add(choice);
                }
            }
            if (!missing.isEmpty()) {
                Focus.field(missing.getFirst());
                return;
            }
            for (var entry : choices.entrySet()) {
                if (!handOver(entry.getKey(), entry.getValue(), reason)) {
                    return;
                }
            }
            if (run(() -> accounts.setActive(account.id(), false), account.displayName() + " is deactivated")) {
                dialog.close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), confirm);
        dialog.open();
    }

    private boolean handOver(ClientInCare client, ComboBox<AccountSummary> choice, TextArea reason) {
        try {
            handovers.handOver(client.clientId(), choice.getValue().id(), reason.getValue());
            return true;
        } catch (InvalidInputException refused) {
            String aboutReason = refused.problems().get("reason");
            if (aboutReason != null) {
                reason.setErrorMessage(aboutReason);
                reason.setInvalid(true);
            }
            var others = refused.problems().entrySet().stream()
                    .filter(p -> !p.getKey().equals("reason"))
                    .map(Map.Entry::getValue)
                    .toList();
            if (!others.isEmpty()) {
                choice.setErrorMessage(String.join(" ", others));
                choice.setInvalid(true);
            }
            return false;
        }
    }

    private void openNewClinicianDialog() {
        var dialog = new Dialog("New clinician");
        var name = new TextField("Name");
        var email = new EmailField("E-mail");
        email.setHelperText("Mendwell e-mails this address a link to choose a password. You will not see the link "
                + "or the password.");
        for (var field : new com.vaadin.flow.component.HasValue<?, ?>[] {name, email}) {
            field.setRequiredIndicatorVisible(true);
        }
        var errors = new FieldErrors().bind("displayName", name).bind("email", email);
        var save = new Button("Create account", click -> {
            try {
                var created = accounts.createClinician(new NewStaffAccount(email.getValue(), name.getValue()));
                dialog.close();
                grid.getDataProvider().refreshAll();
                Notification.show("Account created for " + created.displayName() + ". We are sending a link to choose "
                                + "a password to " + created.email()
                                + ". If it has not arrived in 10 minutes, check the audit "
                                + "trail for e-mails the mail server did not send.")
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
