package org.mendwell.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.value.ValueChangeMode;
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
        add(new H1("This link no longer works"),
                new Paragraph("Invitation links work once and for seven days. Ask your clinician to send you a "
                        + "new one. If you have already chosen a password, sign in instead."),
                new Anchor("login", "Go to sign in"), UrgentHelp.note());
    }

    private void showForm(String token, InvitedPerson person) {
        var password = new PasswordField("Choose a password");
        password.setHelperText("At least 12 characters. A few unrelated words make a strong password that is "
                + "easy to remember.");
        password.setValueChangeMode(ValueChangeMode.EAGER);
        password.setWidthFull();
        var repeat = new PasswordField("Type it again");
        repeat.setWidthFull();

        var meter = new ProgressBar(0, 4, 0);
        meter.getElement().setAttribute("aria-label", "Password strength");
        var meterLabel = new Span();
        meterLabel.addClassName("mw-strength-label");
        meterLabel.setId("password-strength");
        password.addValueChangeListener(change -> {
            var strength = passwordPolicy.strength(change.getValue(), person.email(), person.displayName());
            meter.setValue(strength.score());
            meterLabel.setText(change.getValue().isEmpty() ? ""
                    : "Strength: " + strength.label() + (strength.advice().isBlank() ? "" : ". " + strength.advice()));
        });

        var errors = new FieldErrors().bind("password", password).bind("repeat", repeat);
        var choose = new Button("Choose password and continue", click -> {
            if (!password.getValue().equals(repeat.getValue())) {
                errors.show(InvalidInputException.of("repeat", "The two passwords are not the same"));
                return;
            }
            try {
                String email = invitations.activate(token, password.getValue());
                sessionSignIn.signIn(email);
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

        var form = new Div(password, meter, meterLabel, repeat, choose);
        form.addClassName("mw-activation-form");
        add(new H1("Welcome, " + person.displayName()),
                new Paragraph("Your clinician has invited you to Mendwell. Choose a password for "
                        + person.email() + "; next you'll fill in a short intake, at your own pace."),
                form, UrgentHelp.note());
    }
}
