package org.mendwell.account;

import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.mendwell.shared.PortalMail;
import org.mendwell.shared.time.ViewerTime;
import org.springframework.stereotype.Component;

/**
 * E-mails password reset links. The mail goes out after the commit on another thread, so that
 * asking for a reset takes as long whether or not the address has an account. The log names no person and no token.
 */
@Component
class PasswordResetMailer {

    private final PortalMail mail;
    private final ViewerTime time;

    PasswordResetMailer(PortalMail mail, ViewerTime time) {
        this.mail = mail;
        this.time = time;
    }

    String linkFor(String token) {
        return mail.link("reset-password/" + token);
    }

    void sendForAdministrator(String to, String name, @Nullable ZoneId recipientZone, String url, Instant at) {
        mail.sendAfterCommit(to, "Your practice administrator sent you a password link", """
                Hello %s,

                On %s your practice's administrator asked Mendwell to send you a link to choose a new password.
                The administrator does not see this link or your password. Choose your new password here (the
                link works once, for %d hours):
                %s

                Your current password keeps working until you use the link. If you did not expect this, talk to
                your practice before you use it.
                """.formatted(
                        name,
                        time.ofRecipient(recipientZone).dateTimeWithZone(at),
                        PasswordResetService.ADMINISTRATOR_VALIDITY.toHours(),
                        url));
    }

    void sendFirstForAdministrator(String to, String name, @Nullable ZoneId recipientZone, String url, Instant at) {
        mail.sendAfterCommit(to, "Your Mendwell account: choose your password", """
                Hello %s,

                On %s your practice's administrator opened a Mendwell clinician account for you with this address.
                The account has no password yet, and the administrator does not see this link or the password you
                choose. Choose your password here (the link works once, for %d hours):
                %s

                If the link has expired, ask the administrator to send a new one. If you did not expect this, talk to
                your practice before you use it.
                """.formatted(
                        name,
                        time.ofRecipient(recipientZone).dateTimeWithZone(at),
                        PasswordResetService.ADMINISTRATOR_VALIDITY.toHours(),
                        url));
    }

    void sendLater(String to, String name, String url) {
        mail.sendAfterCommit(to, "Resetting your Mendwell password", """
                Hello %s,

                Someone, probably you, asked to reset the password of your Mendwell account.
                Choose a new password here (the link works once, for %d minutes):
                %s

                If you didn't ask for this, you can ignore this message: your password stays as it is.
                If you use an authenticator app, Mendwell will still ask for its code when you sign in.
                """.formatted(
                        name, PasswordResetService.VALIDITY.toMinutes(), url));
    }
}
