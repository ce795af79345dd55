package org.mendwell.account;

import org.mendwell.shared.PortalMail;
import org.springframework.stereotype.Component;

/**
 * Tells a person by e-mail that their password or authenticator app changed, so that a change
 * they did not make does not go unnoticed. Sent after the change commits, off the request
 * thread; the text names no code, key or password.
 */
@Component
class SecurityNotices {

    private final PortalMail mail;

    SecurityNotices(PortalMail mail) {
        this.mail = mail;
    }

    static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
            .ofPattern("d MMMM yyyy 'at' HH:mm 'UTC'", java.util.Locale.ENGLISH).withZone(java.time.ZoneOffset.UTC);

    /**
     * Tells the owner of a staff account what the practice's administrator did to it and when. Names the
     * action only: never a client, a password or a link.
     */
    void byAdministrator(String to, String name, String what, java.time.Instant at) {
        mail.sendAfterCommit(to, "The practice administrator changed your Mendwell account", """
                Hello %s,

                On %s the practice's administrator %s.

                If you did not expect this, talk to your practice.
                """.formatted(name, WHEN.format(at), what));
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
