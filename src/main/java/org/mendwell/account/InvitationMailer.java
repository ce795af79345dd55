package org.mendwell.account;

import org.mendwell.account.Recipients.Recipient;
import org.mendwell.shared.PortalMail;
import org.mendwell.shared.i18n.Messages;
import org.springframework.stereotype.Component;

/**
 * E-mails invitation links when SMTP is configured (spring.mail.host). Without it the link is only
 * shown to the clinician to pass on. A failed send never loses the invitation: the clinician still
 * sees the link. The log names no person and no token.
 */
@Component
class InvitationMailer {

    private final PortalMail mail;
    private final Messages messages;

    InvitationMailer(PortalMail mail, Messages messages) {
        this.mail = mail;
        this.messages = messages;
    }

    String linkFor(String token) {
        return mail.link("invitation/" + token);
    }

    /**
     * In the language the account has (the one it was invited in, else the practice's). The expiry day comes
     * written for the recipient (their zone if known, else the practice's), the same words the clinician is shown.
     */
    boolean send(Recipient to, String invitedBy, String url, String expiresOn) {
        return mail.send(
                to.email(),
                messages.text("account.mail.invitation.subject", to.locale()),
                messages.text("account.mail.invitation.body", to.locale(), to.name(), invitedBy, expiresOn, url));
    }
}
