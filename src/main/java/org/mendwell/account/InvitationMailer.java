package org.mendwell.account;

import java.time.Instant;
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
     * In the language the account has (the practice's until the client chooses) and the practice's day: someone
     * not yet signed in has told us no zone of their own.
     */
    boolean send(Recipient to, String invitedBy, String url, Instant expiresAt) {
        return mail.send(
                to.email(),
                messages.text("account.mail.invitation.subject", to.locale()),
                messages.text(
                        "account.mail.invitation.body",
                        to.locale(),
                        to.name(),
                        invitedBy,
                        to.time().dayWithYear(to.time().dateOf(expiresAt)),
                        url));
    }
}
