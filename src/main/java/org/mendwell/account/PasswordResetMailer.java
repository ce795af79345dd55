package org.mendwell.account;

import org.mendwell.shared.PortalMail;
import org.springframework.stereotype.Component;

/**
 * E-mails password reset links. The mail goes out after the commit on another thread, so that
 * asking for a reset takes as long whether or not the address has an account. The log names no person and no token.
 */
@Component
class PasswordResetMailer {

    private final PortalMail mail;

    PasswordResetMailer(PortalMail mail) {
        this.mail = mail;
    }

    String linkFor(String token) {
        return mail.link("reset-password/" + token);
    }

    void sendLater(String to, String name, String url) {
        mail.sendAfterCommit(to, "Resetting your Mendwell password", """
                Hello %s,

                Someone, probably you, asked to reset the password of your Mendwell account.
                Choose a new password here (the link works once, for %d minutes):
                %s

                If you didn't ask for this, you can ignore this message: your password stays as it is.
                If you use an authenticator app, Mendwell will still ask for its code when you sign in.
                """.formatted(name, PasswordResetService.VALIDITY.toMinutes(), url));
    }
}
