package org.mendwell.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.mendwell.account.PasswordResetService;
import org.mendwell.shared.i18n.ViewerLanguage;
import org.mendwell.shared.ui.TranslatedTitle;
import org.mendwell.shared.ui.UrgentHelp;

/** Asks for a password reset link. The answer is the same whether or not the address has an account. */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
class ForgotPasswordView extends Main implements TranslatedTitle {

    @Override
    public String titleKey() {
        return "account.forgot.title";
    }

    static final String SENT = "account.forgot.sent";
    static final String NO_MAIL = "account.forgot.no-mail";

    ForgotPasswordView(PasswordResetService resets, ViewerLanguage viewerLanguage) {
        addClassName("mw-login");
        var email = new EmailField(getTranslation("account.forgot.email"));
        email.setWidthFull();
        email.setRequiredIndicatorVisible(true);
        var sentMessage = new Paragraph();
        sentMessage.setId("reset-requested");
        sentMessage.getElement().setAttribute("role", "status");
        var send = new Button(getTranslation("account.forgot.send"), click -> {
            if (email.getValue().isBlank()) {
                email.setErrorMessage(getTranslation("account.forgot.email-required"));
                email.setInvalid(true);
                return;
            }
            if (!resets.sendsLinks()) {
                sentMessage.setText(getTranslation(NO_MAIL));
                return;
            }
            resets.requestReset(email.getValue());
            sentMessage.setText(getTranslation(SENT));
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setWidthFull();
        var form = new Div(email, send, sentMessage);
        form.addClassName("mw-narrow-form");
        add(
                new VisitorLanguage(viewerLanguage),
                new H1(getTranslation("account.forgot.heading")),
                new Paragraph(getTranslation("account.forgot.intro")),
                form,
                new Anchor("login", getTranslation("account.forgot.back")),
                UrgentHelp.note());
    }
}
