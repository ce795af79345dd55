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
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.mendwell.shared.ui.UrgentHelp;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | Mendwell")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    /** The session attribute holding the e-mail address of a failed sign-in, shown again once. */
    public static final String TYPED_EMAIL = LoginView.class.getName() + ".typedEmail";
    /** The longest e-mail address there can be; anything longer typed into the form is not kept. */
    public static final int LONGEST_EMAIL = 254;

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
        i18n.getErrorMessage()
                .setMessage("Check your e-mail address and password and try again. After several "
                        + "failed tries, signing in pauses for a while: wait a few minutes, or reset your password.");
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed =
                event.getLocation().getQueryParameters().getParameters().containsKey("error");
        form.setError(failed);
        var session = VaadinSession.getCurrent().getSession();
        if (session.getAttribute(TYPED_EMAIL) instanceof String typed) {
            session.removeAttribute(TYPED_EMAIL);
            if (failed) {
                keepTypedEmail(typed);
            }
        }
    }

    /**
     * After a failed sign-in the browser posted the form and came back: the address goes back into its
     * field. The form has no server-side API for its fields, which it renders itself once defined.
     */
    private void keepTypedEmail(String email) {
        form.getElement().executeJs("""
                customElements.whenDefined('vaadin-login-form').then(() => this.updateComplete).then(() => {
                  const email = this.querySelector('#vaadinLoginUsername');
                  if (email) { email.value = $0; }
                });""", email);
    }
}
