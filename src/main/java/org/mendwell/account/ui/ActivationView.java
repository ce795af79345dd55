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
import org.mendwell.account.InvitationService;
import org.mendwell.account.InvitationService.InvitedPerson;
import org.mendwell.account.PasswordPolicy;
import org.mendwell.account.security.SessionSignIn;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.ui.FieldErrors;
import org.mendwell.shared.ui.Focus;
import org.mendwell.shared.ui.UrgentHelp;

/** Where an invited client chooses their password; then they are signed in and start their intake. */
@Route(value = "invitation/:token", autoLayout = false)
@PageTitle("Welcome | Mendwell")
@AnonymousAllowed
class ActivationView extends Main implements BeforeEnterObserver {

    private final InvitationService invitations;
    private final PasswordPolicy passwordPolicy;
    private final SessionSignIn sessionSignIn;

    ActivationView(InvitationService invitations, PasswordPolicy passwordPolicy, SessionSignIn sessionSignIn) {
        this.invitations = invitations;
        this.passwordPolicy = passwordPolicy;
        this.sessionSignIn = sessionSignIn;
        addClassName("mw-login");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        invitations.open(token).ifPresentOrElse(person -> showForm(token, person), this::showUnusable);
    }

    private void showUnusable() {
        add(
                new H1("This link no longer works"),
                new Paragraph("Invitation links work once and for seven days. Ask your clinician to send you a "
                        + "new one. If you have already chosen a password, sign in instead."),
                new Anchor("login", "Go to sign in"),
                UrgentHelp.note());
    }

    private void showForm(String token, InvitedPerson person) {
        var newPassword =
                new NewPasswordFields(passwordPolicy, "Choose a password", person.email(), person.displayName());
        var errors = newPassword.bindTo(new FieldErrors());
        var choose = new Button("Choose password and continue", click -> {
            try {
                String email = invitations.activate(token, newPassword.value());
                sessionSignIn.signIn(email);
                Focus.headingAfterNextPageLoad();
                getUI().ifPresent(ui -> ui.getPage().setLocation("intake"));
            } catch (InvalidInputException invalid) {
                if (invalid.problems().containsKey("token")) {
                    removeAll();
                    showUnusable();
                } else {
                    errors.show(invalid);
                }
            }
        });
        choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        choose.setWidthFull();

        var form = new Div(newPassword, choose);
        form.addClassName("mw-activation-form");
        add(
                new H1("Welcome, " + person.displayName()),
                new Paragraph("Your clinician has invited you to Mendwell. Choose a password for " + person.email()
                        + "; next you'll fill in a short intake, at your own pace."),
                form,
                UrgentHelp.note());
    }
}
