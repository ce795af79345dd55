package org.mendwell.account;

import org.mendwell.account.Recipients.Recipient;
import org.mendwell.shared.PortalMail;
import org.mendwell.shared.i18n.Messages;
import org.springframework.stereotype.Component;

/**
 * E-mails the link that makes a new address the one a person signs in with, to that address: opening
 * it proves the mailbox is theirs. Sent after the commit, off the request thread; the log names no
 * person and no token.
 */
@Component
class EmailChangeMailer {

    private final PortalMail mail;
    private final Messages messages;

    EmailChangeMailer(PortalMail mail, Messages messages) {
        this.mail = mail;
        this.messages = messages;
    }

    /** Without a mail server no link can prove the new address, so no change may be asked for. */
    boolean canSend() {
        return mail.isConfigured();
    }

    /**
     * No name in it: the address is not proven yet, and a typo must not tell a stranger who uses a therapy
     * practice's portal. In the language of the person who asked.
     */
    void sendLater(Recipient to, String token) {
        String url = mail.link("confirm-email/" + token);
        mail.sendAfterCommit(
                to.email(),
                messages.text("account.mail.email-change.subject", to.locale()),
                messages.text(
                        "account.mail.email-change.body",
                        to.locale(),
                        MyAccountService.EMAIL_LINK_VALIDITY.toMinutes(),
                        url));
    }
}
