package org.mendwell.account.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.mendwell.shared.i18n.ViewerLanguage;
import org.mendwell.shared.ui.PasswordFields;
import org.mendwell.shared.ui.TranslatedTitle;
import org.mendwell.shared.ui.UrgentHelp;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, TranslatedTitle {

    @Override
    public String titleKey() {
        return "account.login.title";
    }

    /** The session attribute holding the e-mail address of a failed sign-in, shown again once. */
    public static final String TYPED_EMAIL = LoginView.class.getName() + ".typedEmail"; // the same in every language
    /** The longest e-mail address there can be; anything longer typed into the form is not kept. */
    public static final int LONGEST_EMAIL = 254;

    private final LoginForm form = new LoginForm();

    public LoginView(ViewerLanguage viewerLanguage) {
        addClassName("mw-login");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(click -> form.getUI().ifPresent(ui -> ui.navigate("forgot-password")));
        form.setI18n(i18n());
        PasswordFields.revealInPageLanguage(form);

        var title = new H1("Mendwell"); // the same in every language
        var intro = new Paragraph(getTranslation("account.login.intro"));
        intro.addClassName("mw-login-intro");
        add(new VisitorLanguage(viewerLanguage), title, intro, form, UrgentHelp.note());
    }

    private LoginI18n i18n() {
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("account.login.form-title"));
        i18n.getForm().setUsername(getTranslation("account.login.email"));
        i18n.getForm().setPassword(getTranslation("account.login.password"));
        i18n.getForm().setSubmit(getTranslation("account.login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("account.login.forgot"));
        // One message for every failure, so the page never tells whether an e-mail address has an account.
        i18n.getErrorMessage().setTitle(getTranslation("account.login.error-title"));
        // Also shown while sign-in is paused after repeated failures, for known and unknown addresses alike.
        i18n.getErrorMessage().setMessage(getTranslation("account.login.error-text"));
        // The fields' own "is required" messages, shown when the form is sent with a field left empty.
        i18n.getErrorMessage().setUsername(getTranslation("account.login.email-required"));
        i18n.getErrorMessage().setPassword(getTranslation("account.login.password-required"));
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
