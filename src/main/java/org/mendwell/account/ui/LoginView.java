package org.mendwell.account.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.mendwell.shared.ui.UrgentHelp;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | Mendwell")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("mw-login");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(click -> form.getUI().ifPresent(ui -> ui.navigate("forgot-password")));
        form.setI18n(i18n());

        var title = new H1("Mendwell");
        var intro = new Paragraph("Your practice portal: exercises between sessions, and your clinician's notes.");
        intro.addClassName("mw-login-intro");
        add(title, intro, form, UrgentHelp.note());
    }

    private static LoginI18n i18n() {
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("E-mail");
        i18n.getForm().setSubmit("Sign in");
        i18n.getForm().setForgotPassword("Forgot password?");
        // One message for every failure, so the page never tells whether an e-mail address has an account.
        i18n.getErrorMessage().setTitle("Those details didn't work");
        // Also shown while sign-in is paused after repeated failures, for known and unknown addresses alike.
        i18n.getErrorMessage().setMessage("Check your e-mail address and password and try again. After several "
                + "failed tries, signing in pauses for a while: wait a few minutes, or reset your password.");
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
