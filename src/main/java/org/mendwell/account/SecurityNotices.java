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
