package org.mendwell.account;

import java.time.Instant;
import org.mendwell.account.Recipients.Recipient;
import org.mendwell.shared.PortalMail;
import org.mendwell.shared.i18n.Messages;
import org.springframework.stereotype.Component;

/**
 * E-mails password reset links, in the account's language. The mail goes out after the commit on another thread,
 * so that asking for a reset takes as long whether or not the address has an account. The log names no person and
 * no token.
 */
@Component
class PasswordResetMailer {

    private final PortalMail mail;
    private final Messages messages;

    PasswordResetMailer(PortalMail mail, Messages messages) {
        this.mail = mail;
        this.messages = messages;
    }

    String linkFor(String token) {
        return mail.link("reset-password/" + token);
    }

    void sendForAdministrator(Recipient to, String url, Instant at) {
        sendFromAdministrator(to, "account.mail.admin-reset", url, at);
    }

    void sendFirstForAdministrator(Recipient to, String url, Instant at) {
        sendFromAdministrator(to, "account.mail.first-password", url, at);
    }

    private void sendFromAdministrator(Recipient to, String message, String url, Instant at) {
        mail.sendAfterCommit(
                to.email(),
                messages.text(message + ".subject", to.locale()),
                messages.text(
                        message + ".body",
                        to.locale(),
                        to.name(),
                        to.time().dateTimeWithZone(at),
                        PasswordResetService.ADMINISTRATOR_VALIDITY.toHours(),
                        url));
    }

    void sendLater(Recipient to, String url) {
        mail.sendAfterCommit(
                to.email(),
                messages.text("account.mail.reset.subject", to.locale()),
                messages.text(
                        "account.mail.reset.body",
                        to.locale(),
                        to.name(),
                        PasswordResetService.VALIDITY.toMinutes(),
                        url));
    }
}
