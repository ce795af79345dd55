package org.mendwell.account;

import java.time.Instant;
import org.mendwell.account.Recipients.Recipient;
import org.mendwell.shared.PortalMail;
import org.mendwell.shared.i18n.Messages;
import org.springframework.stereotype.Component;

/**
 * Tells a person by e-mail that their password or authenticator app changed, so that a change
 * they did not make does not go unnoticed. Sent after the change commits, off the request
 * thread, in the recipient's language; the text names no code, key or password.
 */
@Component
class SecurityNotices {

    private final PortalMail mail;
    private final Messages messages;

    SecurityNotices(PortalMail mail, Messages messages) {
        this.mail = mail;
        this.messages = messages;
    }

    /**
     * Tells the owner of a staff account what the practice's administrator did to it and when. Names the
     * action only ({@code account.mail.by-administrator.*}): never a client, a password or a link.
     */
    void byAdministrator(Recipient to, String whatKey, Instant at) {
        mail.sendAfterCommit(
                to.email(),
                messages.text("account.mail.by-administrator.subject", to.locale()),
                messages.text(
                        "account.mail.by-administrator.body",
                        to.locale(),
                        to.name(),
                        to.time().dateTimeWithZone(at),
                        messages.text(whatKey, to.locale())));
    }

    /** @param whatKey what changed, {@code account.mail.changed.*}, with its arguments */
    void changed(Recipient to, String whatKey, Object... whatArguments) {
        mail.sendAfterCommit(
                to.email(),
                messages.text("account.mail.changed.subject", to.locale()),
                messages.text(
                        "account.mail.changed.body",
                        to.locale(),
                        to.name(),
                        messages.text(whatKey, to.locale(), whatArguments),
                        mail.link("account")));
    }
}
