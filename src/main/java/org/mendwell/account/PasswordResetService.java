package org.mendwell.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.mendwell.account.domain.Account;
import org.mendwell.account.domain.AccountRepository;
import org.mendwell.account.domain.PasswordReset;
import org.mendwell.account.domain.PasswordResetRepository;
import org.mendwell.account.security.SignInThrottle;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.PortalMail;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.shared.audit.Audited;
import org.mendwell.shared.audit.Audited.Access;
import org.mendwell.shared.audit.Audited.Subject;
import org.mendwell.shared.audit.NotAudited;
import org.mendwell.shared.i18n.Messages;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password reset by an e-mailed one-time link: 256 random bits, stored only as a hash, valid for
 * 30 minutes, used once. Asking for a link answers the same whether or not the address has an
 * account. A reset does not sign anyone in, so the second factor is still asked at the next sign-in,
 * and it ends every session of the account.
 */
@Service
@Transactional
public class PasswordResetService {

    public static final Duration VALIDITY = Duration.ofMinutes(30);
    /** A link the administrator asked for may wait in the owner's inbox for a working day. */
    static final Duration ADMINISTRATOR_VALIDITY = Duration.ofHours(24);
    /** One link per address per minute at most, so the form cannot be used to flood someone's inbox. */
    static final Duration RESEND_AFTER = Duration.ofMinutes(1);

    private final PasswordResetRepository resets;
    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final PasswordResetMailer mailer;
    private final SecurityNotices notices;
    private final Clock clock;
    private final Recipients recipients;
    private final PortalMail mail;
    private final SignInThrottle throttle;

    PasswordResetService(
            PasswordResetRepository resets,
            AccountRepository accounts,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            PasswordResetMailer mailer,
            SecurityNotices notices,
            Clock clock,
            PortalMail mail,
            SignInThrottle throttle,
            Recipients recipients) {
        this.recipients = recipients;
        this.mail = mail;
        this.throttle = throttle;
        this.notices = notices;
        this.resets = resets;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** Whether a link can be e-mailed at all: without a mail server, no page may say one was sent. */
    @NotAudited("whether the portal can send e-mail: the same answer for everyone, no account")
    public boolean sendsLinks() {
        return mail.isConfigured();
    }

    /**
     * E-mails a reset link when the address belongs to an active account with a password. Says
     * nothing either way; anyone may ask.
     */
    @Audited(value = Access.CHANGE, record = Subject.ACCOUNT)
    public void requestReset(String email) {
        if (email.isBlank() || email.length() > 254) {
            return;
        }
        Instant now = clock.instant();
        accounts.findByEmail(Account.normaliseEmail(email))
                .filter(account -> account.isActive() && account.getPasswordHash() != null)
                .filter(account -> resets.findByAccountIdOrderByCreatedAtDesc(account.getId()).stream()
                        .findFirst()
                        .map(latest -> !now.isBefore(latest.getCreatedAt().plus(RESEND_AFTER)))
                        .orElse(true))
                .ifPresent(account -> {
                    useUpOpenLinks(account, now);
                    String token = Tokens.newToken();
                    resets.save(new PasswordReset(account.getId(), Tokens.sha256(token), now, now.plus(VALIDITY)));
                    mailer.sendLater(recipients.of(account), mailer.linkFor(token));
                });
    }

    /**
     * A link an administrator asked for on behalf of a staff member. It goes to the owner's address only and
     * is never returned: the administrator cannot learn or choose the password. The caller checked the role.
     */
    void sendForAdministrator(Account account, UUID administratorId) {
        Instant now = clock.instant();
        mailer.sendForAdministrator(recipients.of(account), newAdministratorLink(account, administratorId, now), now);
    }

    /**
     * The same link for a staff account the administrator has just opened, which has no password yet: the
     * message welcomes the owner instead of speaking of a current password. The caller checked the role.
     */
    void sendFirstLinkForAdministrator(Account account, UUID administratorId) {
        Instant now = clock.instant();
        mailer.sendFirstForAdministrator(
                recipients.of(account), newAdministratorLink(account, administratorId, now), now);
    }

    private String newAdministratorLink(Account account, UUID administratorId, Instant now) {
        useUpOpenLinks(account, now);
        String token = Tokens.newToken();
        resets.save(new PasswordReset(account.getId(), Tokens.sha256(token), now, now.plus(ADMINISTRATOR_VALIDITY))
                .requestedBy(administratorId));
        return mailer.linkFor(token);
    }

    /** The e-mail address a link resets, if the link can still be used. */
    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.ACCOUNT)
    public Optional<String> open(String token) {
        return usable(token)
                .flatMap(reset -> accounts.findById(reset.getAccountId()))
                .map(Account::getEmail);
    }

    /** Sets the new password, uses the link up and ends every session of the account. */
    @Audited(value = Access.CHANGE, record = Subject.ACCOUNT)
    public void reset(String token, String newPassword) {
        PasswordReset reset = usable(token)
                .orElseThrow(
                        () -> InvalidInputException.of("token", Messages.ofPage("account.refusal.reset-link-used")));
        Account account =
                accounts.findById(reset.getAccountId()).orElseThrow(() -> new RecordNotFoundException("Account"));
        passwordPolicy
                .problemWith(newPassword, account.getEmail(), account.getDisplayName())
                .ifPresent(problem -> {
                    throw InvalidInputException.of("password", problem);
                });
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        account.endOtherSessions();
        if (reset.getRequestedBy() != null) {
            account.markResetByAdministrator(clock.instant());
        }
        // The owner proved who they are through their mailbox: strangers' wrong guesses no longer pause sign-in.
        throttle.forgetFailures(account.getEmail());
        useUpOpenLinks(account, clock.instant());
        notices.changed(recipients.of(account), "account.mail.changed.password-reset");
    }

    private void useUpOpenLinks(Account account, Instant now) {
        resets.findByAccountIdOrderByCreatedAtDesc(account.getId()).forEach(open -> open.markUsed(now));
    }

    private Optional<PasswordReset> usable(String token) {
        return Tokens.usable(token, resets::findByTokenHash, clock.instant());
    }
}
