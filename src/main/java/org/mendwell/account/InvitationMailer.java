package org.mendwell.account;

import java.time.Instant;
import org.mendwell.shared.PortalMail;
import org.mendwell.shared.time.ViewerTime;
import org.springframework.stereotype.Component;

/**
 * E-mails invitation links when SMTP is configured (spring.mail.host). Without it the link is only
 * shown to the clinician to pass on. A failed send never loses the invitation: the clinician still
 * sees the link. The log names no person and no token.
 */
@Component
class InvitationMailer {

    private final PortalMail mail;
    private final ViewerTime time;

    InvitationMailer(PortalMail mail, ViewerTime time) {
        this.mail = mail;
        this.time = time;
    }

    String linkFor(String token) {
        return mail.link("invitation/" + token);
    }

    /** The expiry day is the practice's: someone not yet signed in has told us no zone of their own. */
    boolean send(String to, String name, String invitedBy, String url, Instant expiresAt) {
        var practice = time.ofRecipient(null);
        return mail.send(to, "Your invitation to Mendwell", """
                Hello %s,

                %s has invited you to Mendwell, the practice's portal for your intake and the exercises \
                you'll do between sessions.

                Choose your password here (the link works once, until %s):
                %s

                If you weren't expecting this, you can ignore this message.
                """.formatted(
                        name, invitedBy, practice.dayWithYear(practice.dateOf(expiresAt)), url));
    }
}
