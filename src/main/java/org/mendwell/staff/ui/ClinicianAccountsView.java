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
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mendwell.account.AccountService;
import org.mendwell.account.AccountSummary;
import org.mendwell.account.NewStaffAccount;
import org.mendwell.account.Roles;
import org.mendwell.client.ClientInCare;
import org.mendwell.client.HandoverService;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.time.PersonalTime;
import org.mendwell.shared.time.ViewerTime;
import org.mendwell.shared.ui.CancelFirst;
import org.mendwell.shared.ui.FieldErrors;
import org.mendwell.shared.ui.Focus;
import org.mendwell.shared.ui.TranslatedTitle;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The practice's clinician accounts, for the administrator. */
@Route("admin/clinicians")
@Menu(title = "staff.menu.clinicians", order = 10)
@RolesAllowed(Roles.ADMIN)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
class ClinicianAccountsView extends Main implements TranslatedTitle {

    @Override
    public String titleKey() {
        return "staff.accounts.title";
    }

    private final AccountService accounts;
    private final HandoverService handovers;
    private final Grid<AccountSummary> grid = new Grid<>();
    /** What the last action did, on the page where focus can land on it. */
    private final Paragraph result = new Paragraph();

    ClinicianAccountsView(AccountService accounts, HandoverService handovers, ViewerTime viewerTime) {
        PersonalTime time = viewerTime.viewer();
        this.accounts = accounts;
        this.handovers = handovers;
        addClassName("mw-page");

        var add = new Button(getTranslation("staff.accounts.new"), click -> openNewClinicianDialog());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var heading = new H2(getTranslation("staff.accounts.heading"));
        var toolbar = new HorizontalLayout(heading, add);
        toolbar.addClassName("mw-toolbar");

        grid.addColumn(AccountSummary::displayName)
                .setHeader(getTranslation("staff.accounts.column.name"))
                .setSortProperty("displayName")
                .setAutoWidth(true);
        // Next to the name, so that on a 360 px phone a row's actions are on screen without scrolling sideways
        // and cover nothing: frozen to the end, they hid the status that decides which action is right. The
        // buttons stack (mendwell.css), so that the column is as wide as its longest button: three in a line pushed
        // the status and the date out of sight on a 1366 px laptop in Spanish.
        grid.addColumn(new ComponentRenderer<>(this::actions))
                .setHeader(getTranslation("staff.accounts.column.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        // "Not signed in yet": the account exists but nobody has used its link, so no client can be handed to it.
        grid.addColumn(a -> getTranslation(
                        !a.active()
                                ? "staff.accounts.status.deactivated"
                                : a.locked()
                                        ? "staff.accounts.status.locked"
                                        : !a.hasSignedIn()
                                                ? "staff.accounts.status.not-signed-in"
                                                : "staff.accounts.status.active"))
                .setHeader(getTranslation("staff.accounts.column.status"))
                .setSortProperty("active")
                .setAutoWidth(true);
        grid.addColumn(AccountSummary::email)
                .setHeader(getTranslation("staff.accounts.column.email"))
                .setSortProperty("email")
                .setAutoWidth(true);
        grid.addColumn(a -> time.date(a.createdAt()))
                .setHeader(getTranslation("staff.accounts.column.since"))
                .setSortProperty("createdAt")
                .setAutoWidth(true);
        // Where the page is still too narrow for every column's widest text (a 1366 px laptop in Spanish cut
        // "Desactivada" and "6 dic 2026"), a cell's text wraps onto a second line rather than being cut.
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("staff.accounts.grid-label"));
        grid.setItemsPageable(pageable -> accounts.clinicians(pageable).getContent());
        grid.setSizeFull();

        result.addClassName("mw-confirmation");
        result.getElement().setAttribute("role", "status");
        result.setVisible(false);
        add(toolbar, result, grid);
        setSizeFull();
    }

    private HorizontalLayout actions(AccountSummary account) {
        var actions = new HorizontalLayout();
        actions.addClassName("mw-row-actions");
        if (account.active()) {
            actions.add(small(
                    new Button(getTranslation("staff.accounts.deactivate"), click -> openDeactivateDialog(account)),
                    getTranslation("staff.accounts.deactivate-name", account.displayName())));
            actions.add(small(
                    new Button(
                            getTranslation(account.locked() ? "staff.accounts.unlock" : "staff.accounts.lock"),
                            click -> setLocked(account, !account.locked())),
                    getTranslation(
                            account.locked() ? "staff.accounts.unlock-name" : "staff.accounts.lock-name",
                            account.displayName())));
            actions.add(small(
                    new Button(getTranslation("staff.accounts.send-reset"), click -> confirmResetLink(account)),
                    getTranslation("staff.accounts.send-reset-name", account.displayName())));
        } else {
            actions.add(small(
                    new Button(getTranslation("staff.accounts.reactivate"), click -> confirmReactivation(account)),
                    getTranslation("staff.accounts.reactivate-name", account.displayName())));
        }
        return actions;
    }

    private static Button small(Button button, String accessibleName) {
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(accessibleName);
        return button;
    }

    /**
     * Runs an account action, refreshes the grid and says what happened on the page, where focus goes: the
     * button pressed is gone (a closed dialog, a row redrawn), and focus would otherwise fall to the page's
     * start. A refusal is shown as the service gave it.
     */
    private boolean run(Runnable action, String done) {
        try {
            action.run();
            grid.getDataProvider().refreshAll();
            result.setText(done);
            result.setVisible(true);
            Focus.moveTo(result);
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
            run(
                    () -> accounts.setLocked(account.id(), false),
                    getTranslation("staff.accounts.can-sign-in-again", account.displayName()));
            return;
        }
        ask(
                getTranslation("staff.accounts.lock-dialog.heading", account.displayName()),
                getTranslation("staff.accounts.lock-dialog.text", howOwnerIsTold(account)),
                getTranslation("staff.accounts.lock-dialog.confirm"),
                () -> accounts.setLocked(account.id(), true),
                getTranslation("staff.accounts.locked", account.displayName()));
    }

    /** Reactivation asks first, as deactivation and locking do: the account can be signed in to at once. */
    private void confirmReactivation(AccountSummary account) {
        ask(
                getTranslation("staff.accounts.reactivate-dialog.heading", account.displayName()),
                getTranslation("staff.accounts.reactivate-dialog.text", account.displayName()),
                getTranslation("staff.accounts.reactivate-dialog.confirm"),
                () -> accounts.setActive(account.id(), true),
                getTranslation("staff.accounts.can-sign-in-again", account.displayName()));
    }

    /**
     * An account action after the administrator confirms it; Cancel, in the page's language, does nothing and has
     * the focus, so that Enter pressed once too often does not lock or reactivate an account.
     */
    private void ask(String heading, String text, String confirm, Runnable action, String done) {
        var dialog = new ConfirmDialog(heading, text, confirm, confirmed -> run(action, done));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("staff.cancel"));
        CancelFirst.focusCancelOnOpen(dialog).open();
    }

    /** What really happens next: an e-mail only when the portal can send one. */
    private String howOwnerIsTold(AccountSummary account) {
        return accounts.ownersAreToldByEmail()
                ? getTranslation("staff.accounts.told-by-email", account.displayName())
                : getTranslation("staff.accounts.not-told", account.displayName());
    }

    private void confirmResetLink(AccountSummary account) {
        ask(
                getTranslation("staff.accounts.reset-dialog.heading", account.displayName()),
                getTranslation("staff.accounts.reset-dialog.text", account.email()),
                getTranslation("staff.accounts.reset-dialog.confirm"),
                () -> accounts.sendPasswordReset(account.id()),
                getTranslation("staff.accounts.reset-sending", account.email()));
    }

    /**
     * Deactivation asks for confirmation, and first for a new clinician for each client still in care: the
     * service refuses to leave any client without one.
     */
    private void openDeactivateDialog(AccountSummary account) {
        List<ClientInCare> inCare = handovers.clientsInCare(account.id());
        var dialog = new Dialog(getTranslation("staff.deactivate.heading", account.displayName()));
        dialog.add(
                new Paragraph(getTranslation("staff.deactivate.text", account.displayName(), howOwnerIsTold(account))));
        List<AccountSummary> colleagues =
                accounts.clinicians(PageRequest.of(0, 500, Sort.by("displayName"))).getContent().stream()
                        .filter(c -> c.active() && !c.locked() && c.hasSignedIn() && !c.id().equals(account.id()))
                        .toList();
        var reason = new TextArea(getTranslation("staff.deactivate.reason"));
        reason.setHelperText(getTranslation("staff.deactivate.reason-helper"));
        reason.setMaxLength(300);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        Map<ClientInCare, ComboBox<AccountSummary>> choices = new LinkedHashMap<>();
        if (inCare.isEmpty()) {
            dialog.add(new Paragraph(getTranslation("staff.deactivate.no-clients", account.displayName())));
        } else {
            dialog.add(new Paragraph(getTranslation("staff.deactivate.choose-intro")));
            var everyone = new ComboBox<AccountSummary>(getTranslation("staff.deactivate.everyone"));
            everyone.setItems(colleagues);
            everyone.setItemLabelGenerator(AccountSummary::displayName);
            everyone.setWidthFull();
            dialog.add(reason, everyone);
            var list = new FormLayout();
            for (ClientInCare client : inCare) {
                var choice = new ComboBox<AccountSummary>(
                        client.partnerName() == null
                                ? client.fullName()
                                : getTranslation("staff.deactivate.couple", client.fullName(), client.partnerName()));
                choice.setHelperText(getTranslation(client.status().key()));
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
        var confirm = new Button(
                getTranslation(inCare.isEmpty() ? "staff.deactivate.confirm" : "staff.deactivate.confirm-handover"),
                click -> {
                    // Every missing answer is marked at once, in the order of the dialog; on a phone the first
                    // one may be far above or below the button, so focus goes there and brings it into view.
                    List<Component> missing = new java.util.ArrayList<>();
                    if (!choices.isEmpty() && reason.getValue().isBlank()) {
                        reason.setErrorMessage(getTranslation("staff.deactivate.reason-required"));
                        reason.setInvalid(true);
                        missing.add(reason);
                    }
                    for (var choice : choices.values()) {
                        if (choice.getValue() == null) {
                            choice.setErrorMessage(getTranslation("staff.deactivate.choice-required"));
                            choice.setInvalid(true);
                            missing.add(choice);
                        }
                    }
                    if (!missing.isEmpty()) {
                        Focus.field(missing.getFirst());
                        return;
                    }
                    if (!choices.isEmpty() && !handOverEach(choices, reason)) {
                        return;
                    }
                    if (run(
                            () -> accounts.setActive(account.id(), false),
                            getTranslation("staff.deactivate.done", account.displayName()))) {
                        dialog.close();
                    }
                });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(new Button(getTranslation("staff.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    /**
     * Every client to the colleague chosen for them in one go, so that all move or none and each colleague gets one
     * e-mail; a refusal is said next to the choice (or the reason) it is about.
     */
    private boolean handOverEach(Map<ClientInCare, ComboBox<AccountSummary>> choices, TextArea reason) {
        var moves = new LinkedHashMap<UUID, UUID>();
        choices.forEach((client, choice) ->
                moves.put(client.clientId(), choice.getValue().id()));
        try {
            handovers.handOverEach(moves, reason.getValue());
            return true;
        } catch (InvalidInputException refused) {
            refused.problems().forEach((key, problem) -> {
                int slash = key.indexOf('/');
                String field = key.substring(slash + 1);
                if (field.equals("reason")) {
                    reason.setErrorMessage(problem);
                    reason.setInvalid(true);
                    return;
                }
                choices.entrySet().stream()
                        .filter(entry ->
                                entry.getKey().clientId().toString().equals(key.substring(0, Math.max(slash, 0))))
                        .findFirst()
                        .ifPresent(entry -> {
                            entry.getValue().setErrorMessage(problem);
                            entry.getValue().setInvalid(true);
                        });
            });
            return false;
        }
    }

    private void openNewClinicianDialog() {
        var dialog = new Dialog(getTranslation("staff.new.heading"));
        var name = new TextField(getTranslation("staff.new.name"));
        var email = new EmailField(getTranslation("staff.new.email"));
        email.setHelperText(getTranslation("staff.new.email-helper"));
        for (var field : new com.vaadin.flow.component.HasValue<?, ?>[] {name, email}) {
            field.setRequiredIndicatorVisible(true);
        }
        var errors = new FieldErrors().bind("displayName", name).bind("email", email);
        var save = new Button(getTranslation("staff.new.create"), click -> {
            try {
                var created = accounts.createClinician(new NewStaffAccount(email.getValue(), name.getValue()));
                dialog.close();
                grid.getDataProvider().refreshAll();
                Notification.show(getTranslation("staff.new.created", created.displayName(), created.email()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(name, email));
        dialog.getFooter().add(new Button(getTranslation("staff.cancel"), click -> dialog.close()), save);
        dialog.open();
    }
}
