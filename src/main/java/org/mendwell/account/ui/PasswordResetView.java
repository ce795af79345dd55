package org.mendwell.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.mendwell.account.PasswordPolicy;
import org.mendwell.account.PasswordResetService;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.ui.FieldErrors;
import org.mendwell.shared.ui.UrgentHelp;

/**
 * Where a reset link leads: choose a new password, then sign in as usual. It does not sign the
 * person in, so someone who only has the mailbox still meets the second factor.
 */
@Route(value = "reset-password/:token", autoLayout = false)
@PageTitle("Choose a new password | Mendwell")
@AnonymousAllowed
class PasswordResetView extends Main implements BeforeEnterObserver {

    private final PasswordResetService resets;
    private final PasswordPolicy passwordPolicy;

    PasswordResetView(PasswordResetService resets, PasswordPolicy passwordPolicy) {
        this.resets = resets;
        this.passwordPolicy = passwordPolicy;
        addClassName("mw-login");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        resets.open(token).ifPresentOrElse(email -> showForm(token, email), this::showUnusable);
    }

    private void showUnusable() {
        removeAll();
        add(
                new H1("This link no longer works"),
                new Paragraph("Reset links work once and for 30 minutes. You can ask for a new one."),
                new Anchor("forgot-password", "Ask for a new link"),
                new Anchor("login", "Go to sign in"),
                UrgentHelp.note());
    }

    private void showForm(String token, String email) {
        var newPassword = new NewPasswordFields(passwordPolicy, "New password", email);
        var errors = newPassword.bindTo(new FieldErrors());
        var save = new Button("Save new password", click -> {
            try {
                resets.reset(token, newPassword.value());
                showDone();
            } catch (InvalidInputException invalid) {
                if (invalid.problems().containsKey("token")) {
                    showUnusable();
                } else {
                    errors.show(invalid);
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setWidthFull();
        var form = new Div(newPassword, save);
        form.addClassName("mw-narrow-form");
        add(new H1("Choose a new password"), new Paragraph("For " + email + "."), form, UrgentHelp.note());
    }

    private void showDone() {
        removeAll();
        add(
                new H1("Your password is changed"),
                new Paragraph("You were signed out everywhere. Sign in with your new password; if you use an "
                        + "authenticator app, it will ask for a code as usual."),
                new Anchor("login", "Go to sign in"));
    }
}
