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
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.mendwell.account.security.SecondStepSignIn;
import org.mendwell.shared.ui.TranslatedTitle;
import org.mendwell.shared.ui.UrgentHelp;

/** After a right password: the code from the authenticator app, or a recovery code. */
@Route(value = "login/code", autoLayout = false)
@AnonymousAllowed
class SecondStepView extends Main implements BeforeEnterObserver, TranslatedTitle {

    @Override
    public String titleKey() {
        return "account.second-step.title";
    }

    private final SecondStepSignIn secondStep;
    private final TextField code = new TextField();

    SecondStepView(SecondStepSignIn secondStep) {
        this.secondStep = secondStep;
        addClassName("mw-login");
        code.setLabel(getTranslation("account.code.field"));
        code.setHelperText(getTranslation("account.second-step.helper"));
        code.setWidthFull();
        code.setAutofocus(true);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "text");
        var verify = new Button(getTranslation("account.second-step.continue"), click -> verify());
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.setWidthFull();
        verify.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        var form = new Div(code, verify);
        form.addClassName("mw-narrow-form");
        add(
                new H1(getTranslation("account.second-step.heading")),
                new Paragraph(getTranslation("account.second-step.intro")),
                form,
                new Anchor("login", getTranslation("account.second-step.start-again")),
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
                code.setErrorMessage(getTranslation("account.code.wrong-or-recovery"));
                code.setInvalid(true);
            }
            case START_AGAIN -> getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        }
    }
}
