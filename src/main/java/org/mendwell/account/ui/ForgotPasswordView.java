package org.mendwell.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.mendwell.account.PasswordResetService;
import org.mendwell.shared.ui.UrgentHelp;

/** Asks for a password reset link. The answer is the same whether or not the address has an account. */
@Route(value = "forgot-password", autoLayout = false)
@PageTitle("Forgot password | Mendwell")
@AnonymousAllowed
class ForgotPasswordView extends Main {

    static final String SENT = "If an account uses this address, we are sending it a link to choose a new password. "
            + "The link works once, for 30 minutes. If it has not arrived in 10 minutes, check your spam folder, then "
            + "ask again here or contact your practice.";
    static final String NO_MAIL = "This portal cannot send e-mail yet, so no link was sent. Please contact your "
            + "practice: the administrator can set up e-mail for the portal, and then you can ask for a link here. "
            + "Until then your password stays as it is.";

    ForgotPasswordView(PasswordResetService resets) {
        addClassName("mw-login");
        var email = new EmailField("E-mail");
        email.setWidthFull();
        email.setRequiredIndicatorVisible(true);
        var sentMessage = new Paragraph();
        sentMessage.setId("reset-requested");
        sentMessage.getElement().setAttribute("role", "status");
        var send = new Button("Send me a link", click -> {
            if (email.getValue().isBlank()) {
                email.setErrorMessage("Enter the e-mail address you sign in with");
                email.setInvalid(true);
                return;
            }
            if (!resets.sendsLinks()) {
                sentMessage.setText(NO_MAIL);
                return;
            }
            resets.requestReset(email.getValue());
            sentMessage.setText(SENT);
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setWidthFull();
        var form = new Div(email, send, sentMessage);
        form.addClassName("mw-narrow-form");
        add(
                new H1("Forgot your password?"),
                new Paragraph("Enter the e-mail address you sign in with, and we'll send you a link to choose a "
                        + "new password."),
                form,
                new Anchor("login", "Back to sign in"),
                UrgentHelp.note());
    }
}
