package org.mendwell.account;

import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.mendwell.shared.PortalMail;
import org.mendwell.shared.time.ViewerTime;
import org.springframework.stereotype.Component;

/**
 * Tells a person by e-mail that their password or authenticator app changed, so that a change
 * they did not make does not go unnoticed. Sent after the change commits, off the request
 * thread; the text names no code, key or password.
 */
@Component
class SecurityNotices {

    private final PortalMail mail;
    private final ViewerTime time;

    SecurityNotices(PortalMail mail, ViewerTime time) {
        this.mail = mail;
        this.time = time;
    }

    /**
     * Tells the owner of a staff account what the practice's administrator did to it and when. Names the
     * action only: never a client, a password or a link.
     */
    void byAdministrator(String to, String name, @Nullable ZoneId recipientZone, String what, Instant at) {
        mail.sendAfterCommit(to, "The practice administrator changed your Mendwell account", """
                Hello %s,

                On %s the practice's administrator %s.

                If you did not expect this, talk to your practice.
                """.formatted(
                        name, time.ofRecipient(recipientZone).dateTimeWithZone(at), what));
    }

    void changed(String to, String name, String what) {
        String url = mail.link("account");
        mail.sendAfterCommit(to, "Your Mendwell sign-in settings changed", """
                Hello %s,

                %s

                If this was you, there is nothing to do. If it wasn't, reset your password now with \
                "Forgot password?" on the sign-in page, and tell your practice.

                Your account settings: %s
                """.formatted(name, what, url));
    }
}
