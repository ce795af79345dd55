package org.mendwell.account;

import org.mendwell.shared.PortalMail;
import org.springframework.stereotype.Component;

/**
 * E-mails the link that makes a new address the one a person signs in with, to that address: opening
 * it proves the mailbox is theirs. Sent after the commit, off the request thread; the log names no
 * person and no token.
 */
@Component
class EmailChangeMailer {

    private final PortalMail mail;

    EmailChangeMailer(PortalMail mail) {
        this.mail = mail;
    }

    /** Without a mail server no link can prove the new address, so no change may be asked for. */
    boolean canSend() {
        return mail.isConfigured();
    }

    /**
     * No name in it: the address is not proven yet, and a typo must not tell a stranger who uses a therapy
     * practice's portal.
     */
    void sendLater(String to, String token) {
        String url = mail.link("confirm-email/" + token);
        mail.sendAfterCommit(to, "Confirm your new Mendwell sign-in address", """
                Hello,

                You asked to sign in to Mendwell with this e-mail address. To confirm that it is yours, \
                open this link while signed in to Mendwell with your current address (it works once, \
                for %d minutes):
                %s

                Until then you keep signing in with your current address. If you didn't ask for this, \
                you can ignore this message: nothing changes.
                """.formatted(
                        MyAccountService.EMAIL_LINK_VALIDITY.toMinutes(), url));
    }
}
