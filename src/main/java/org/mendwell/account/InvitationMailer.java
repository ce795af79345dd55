package org.mendwell.account;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.mendwell.shared.PortalMail;
import org.springframework.stereotype.Component;

/**
 * E-mails invitation links when SMTP is configured (spring.mail.host). Without it the link is only
 * shown to the clinician to pass on. A failed send never loses the invitation: the clinician still
 * sees the link. The log names no person and no token.
 */
@Component
class InvitationMailer {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(ZoneOffset.UTC);

    private final PortalMail mail;

    InvitationMailer(PortalMail mail) {
        this.mail = mail;
    }

    String linkFor(String token) {
        return mail.link("invitation/" + token);
    }

    boolean send(String to, String name, String invitedBy, String url, Instant expiresAt) {
        return mail.send(to, "Your invitation to Mendwell", """
                Hello %s,

                %s has invited you to Mendwell, the practice's portal for your intake and the exercises \
                you'll do between sessions.

                Choose your password here (the link works once, until %s):
                %s

                If you weren't expecting this, you can ignore this message.
                """.formatted(name, invitedBy, DAY.format(expiresAt), url));
    }
}
