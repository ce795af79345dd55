package org.mendwell.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.mendwell.account.security.SecondStepSignIn;
import org.mendwell.shared.ui.TranslatedTitle;
import org.mendwell.shared.ui.UrgentHelp;

/** When the practice requires an authenticator app for staff and this person has none yet: set it up to sign in. */
@Route(value = "login/enrol", autoLayout = false)
@AnonymousAllowed
class EnrolAtSignInView extends Main implements BeforeEnterObserver, TranslatedTitle {

    @Override
    public String titleKey() {
        return "account.enrol.title";
    }

    private final SecondStepSignIn secondStep;

    EnrolAtSignInView(SecondStepSignIn secondStep) {
        this.secondStep = secondStep;
        addClassName("mw-login");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var uri = secondStep.startEnrolment();
        if (uri.isEmpty()) {
            event.forwardTo(LoginView.class);
            return;
        }
        var enrolment = new MfaEnrolmentForm(
                uri.get(),
                secondStep.enrolmentSecret().orElse(""),
                code -> secondStep.confirmEnrolment(code),
                codes -> showCodes(codes));
        add(
                new H1(getTranslation("account.enrol.heading")),
                new Paragraph(getTranslation("account.enrol.intro")),
                enrolment,
                UrgentHelp.note());
    }

    private void showCodes(java.util.List<String> codes) {
        removeAll();
        var go = new Button(
                getTranslation("account.enrol.continue"),
                click -> getUI().ifPresent(ui -> ui.getPage().setLocation("./")));
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("account.enrol.done-heading")), new RecoveryCodesList(codes), new Div(go));
    }
}
