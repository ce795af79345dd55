package org.mendwell.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.mendwell.account.AuthenticatorWords;
import org.mendwell.account.security.SecondStepSignIn;
import org.mendwell.shared.ui.UrgentHelp;

/** After a right password: the code from the authenticator app, or a recovery code. */
@Route(value = "login/code", autoLayout = false)
@PageTitle("Enter your code | Mendwell")
@AnonymousAllowed
class SecondStepView extends Main implements BeforeEnterObserver {

    private final SecondStepSignIn secondStep;
    private final TextField code = new TextField(AuthenticatorWords.CODE_FIELD);

    SecondStepView(SecondStepSignIn secondStep) {
        this.secondStep = secondStep;
        addClassName("mw-login");
        code.setHelperText("Six digits. Lost your phone? Type one of your recovery codes instead.");
        code.setWidthFull();
        code.setAutofocus(true);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "text");
        var verify = new Button("Continue", click -> verify());
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.setWidthFull();
        verify.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        var form = new Div(code, verify);
        form.addClassName("mw-narrow-form");
        add(
                new H1("One more step"),
                new Paragraph("Open your authenticator app and type the code it shows for Mendwell."),
                form,
                new Anchor("login", "Start again"),
                UrgentHelp.note());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (secondStep.pending().filter(p -> !p.mustEnrol()).isEmpty()) {
            event.forwardTo(LoginView.class);
        }
    }

    private void verify() {
        switch (secondStep.withCode(code.getValue())) {
            case SIGNED_IN -> getUI().ifPresent(ui -> ui.getPage().setLocation("./"));
            case WRONG_CODE -> {
                code.setErrorMessage(AuthenticatorWords.WRONG_CODE_OR_RECOVERY_CODE);
                code.setInvalid(true);
            }
            case START_AGAIN -> getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        }
    }
}
