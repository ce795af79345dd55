package org.mendwell.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mendwell.account.domain.Account;
import org.mendwell.account.domain.AccountRepository;
import org.mendwell.account.domain.EmailChange;
import org.mendwell.account.domain.EmailChangeRepository;
import org.mendwell.account.security.DeviceCookies;
import org.mendwell.account.security.SecondFactor;
import org.mendwell.account.security.SignInThrottle;
import org.mendwell.shared.InputValidator;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.shared.audit.Audited;
import org.mendwell.shared.audit.Audited.Access;
import org.mendwell.shared.audit.Audited.Subject;
import org.mendwell.shared.i18n.Messages;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's own sign-in address, password and authenticator app. Every change asks again for the
 * password, and for a code when the app is set up, so a session left open is not enough to take
 * the account over; a new address also needs the link sent to it. Wrong answers count against the
 * sign-in throttle.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class MyAccountService {

    /** Said instead of "we sent a link" when this portal cannot send e-mail: nothing was asked for (a key). */
    public static final String CANNOT_SEND_LINK = "account.refusal.cannot-send-link";

    /** How long the link to a new sign-in address works: as long as a password reset link. */
    public static final Duration EMAIL_LINK_VALIDITY = PasswordResetService.VALIDITY;

    static final Duration EMAIL_LINK_RESEND_AFTER = PasswordResetService.RESEND_AFTER;

    static final String ADDRESS_UNAVAILABLE = "account.refusal.address-unavailable";
    private static final String ADDRESS_TAKEN_MEANWHILE = "account.refusal.address-taken-meanwhile";

    static final String TOO_MANY_UNAVAILABLE = "account.refusal.too-many-unavailable";

    /**
     * The throttle's "address" for re-authentication on the account page: one per account, so that
     * nobody's wrong guesses pause anyone else's account page.
     */
    static String accountPage(Account me) {
        return "account-page:" + me.getId();
    }

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final SecondFactor secondFactor;
    private final PracticeSecurity practiceSecurity;
    private final SignInThrottle throttle;
    private final CurrentUser currentUser;
    private final SecurityNotices notices;
    private final InputValidator validator;
    private final ApplicationEventPublisher events;
    private final EmailChangeRepository emailChanges;
    private final EmailChangeMailer emailChangeMailer;
    private final RefusedAddressChanges refusedAddresses;
    private final DeviceCookies deviceCookies;
    private final Clock clock;
    private final Recipients recipients;

    MyAccountService(
            AccountRepository accounts,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            SecondFactor secondFactor,
            PracticeSecurity practiceSecurity,
            SignInThrottle throttle,
            CurrentUser currentUser,
            SecurityNotices notices,
            InputValidator validator,
            ApplicationEventPublisher events,
            EmailChangeRepository emailChanges,
            EmailChangeMailer emailChangeMailer,
            RefusedAddressChanges refusedAddresses,
            DeviceCookies deviceCookies,
            Clock clock,
            Recipients recipients) {
        this.recipients = recipients;
        this.refusedAddresses = refusedAddresses;
        this.deviceCookies = deviceCookies;
        this.emailChanges = emailChanges;
        this.emailChangeMailer = emailChangeMailer;
        this.clock = clock;
        this.notices = notices;
        this.validator = validator;
        this.events = events;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.secondFactor = secondFactor;
        this.practiceSecurity = practiceSecurity;
        this.throttle = throttle;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.SELF)
    public MySecurity security() {
        Account me = me();
        Instant now = clock.instant();
        String pendingEmail = emailChanges.findByAccountIdOrderByCreatedAtDesc(me.getId()).stream()
                .findFirst()
                .filter(latest -> latest.isUsable(now))
                .map(EmailChange::getNewEmail)
                .orElse(null);
        return new MySecurity(
                me.hasMfa(), me.hasMfa() ? secondFactor.recoveryCodesLeft(me) : 0, mfaRequired(me), pendingEmail);
    }

    /** Changes the password and ends the account's other sessions (the caller keeps its own). */
    @Audited(value = Access.CHANGE, record = Subject.SELF)
    public void changePassword(String currentPassword, String code, String newPassword) {
        Account me = me();
        // Before re-authenticating, so that a refused new password does not spend the code. Comparing the
        // two typed values needs no hash and tells nothing: it is not known yet whether either is right.
        if (newPassword.equals(currentPassword)) {
            throw InvalidInputException.of("password", Messages.ofPage("account.refusal.same-password"));
        }
        passwordPolicy
                .problemWith(newPassword, me.getEmail(), me.getDisplayName())
                .ifPresent(problem -> {
                    throw InvalidInputException.of("password", problem);
                });
        reauthenticate(currentPassword, code);
        me.setPasswordHash(passwordEncoder.encode(newPassword));
        me.endOtherSessions();
        deviceCookies.renewForThisBrowser(me.getId());
        notices.changed(recipients.of(me), "account.mail.changed.password-changed");
    }

    /**
     * Asks to sign in with another address, after the password (and code): e-mails a link to the new
     * address and tells the old one. Nothing changes until the link is opened ({@link #confirmEmailChange}),
     * so nobody can take an address they cannot read mail at. An address already used for signing in is
     * refused, and such refusals have a limit of their own (RefusedAddressChanges), so the form cannot test many
     * addresses and the owner's sign-in is not paused by them.
     *
     * <p>The address asked for is not reserved while the link is out: a clinician may still invite its
     * owner, and then the link no longer works. Reserving it, even for the link's half hour, would let a
     * client keep anyone from being invited by asking again every half hour.
     */
    @Audited(value = Access.CHANGE, record = Subject.SELF)
    public void requestEmailChange(String currentPassword, String code, String newEmail) {
        // Before re-authenticating, so that a mistyped address does not spend the code.
        Map<String, String> problems = new HashMap<>(validator.problems(new NewEmailAddress(newEmail.strip())));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!emailChangeMailer.canSend()) {
            throw InvalidInputException.of("newEmail", Messages.ofPage(CANNOT_SEND_LINK));
        }
        String address = Account.normaliseEmail(newEmail);
        Account me = me();
        if (address.equals(me.getEmail())) {
            throw InvalidInputException.of("newEmail", Messages.ofPage("account.refusal.same-address"));
        }
        Instant now = clock.instant();
        if (emailChanges.findByAccountIdOrderByCreatedAtDesc(me.getId()).stream()
                .findFirst()
                .filter(latest -> now.isBefore(latest.getCreatedAt().plus(EMAIL_LINK_RESEND_AFTER)))
                .isPresent()) {
            // One link a minute at most, so the form cannot be used to flood someone else's inbox.
            throw InvalidInputException.of("newEmail", Messages.ofPage("account.refusal.link-just-sent"));
        }
        if (refusedAddresses.tooMany(me.getId())) {
            throw InvalidInputException.of("newEmail", Messages.ofPage(TOO_MANY_UNAVAILABLE));
        }
        reauthenticate(currentPassword, code);
        if (accounts.existsByEmail(address)) {
            refusedAddresses.refused(me.getId());
            throw InvalidInputException.of("newEmail", Messages.ofPage(ADDRESS_UNAVAILABLE));
        }
        useUpEmailLinks(me, now);
        String token = Tokens.newToken();
        emailChanges.save(
                new EmailChange(me.getId(), address, Tokens.sha256(token), now, now.plus(EMAIL_LINK_VALIDITY)));
        emailChangeMailer.sendLater(recipients.of(me, address), token);
        notices.changed(
                recipients.of(me),
                "account.mail.changed.email-requested",
                masked(address),
                EMAIL_LINK_VALIDITY.toMinutes());
    }

    /**
     * Makes the address a link was sent to the one the signed-in person signs in with: the link proves
     * the mailbox, the session proves the account that asked. Ends the account's other sessions and
     * tells the old address. A link for another account is refused and stays usable by its owner.
     *
     * @return the new sign-in address
     */
    @Audited(value = Access.CHANGE, record = Subject.SELF)
    public String confirmEmailChange(String token) {
        Instant now = clock.instant();
        EmailChange change = Tokens.usable(token, emailChanges::findByTokenHash, now)
                .orElseThrow(
                        () -> InvalidInputException.of("token", Messages.ofPage("account.refusal.email-link-used")));
        Account me = me();
        if (!change.getAccountId().equals(me.getId())) {
            throw InvalidInputException.of("token", Messages.ofPage("account.refusal.email-link-other-account"));
        }
        String address = change.getNewEmail();
        if (accounts.existsByEmail(address)) {
            throw InvalidInputException.of("token", Messages.ofPage(ADDRESS_TAKEN_MEANWHILE));
        }
        String oldEmail = me.getEmail();
        me.changeEmail(address);
        me.endOtherSessions();
        useUpEmailLinks(me, now);
        events.publishEvent(new AccountEmailChanged(me.getId(), address));
        try {
            accounts.flush();
        } catch (DataIntegrityViolationException takenMeanwhile) {
            throw InvalidInputException.of("token", Messages.ofPage(ADDRESS_TAKEN_MEANWHILE));
        }
        notices.changed(recipients.of(me, oldEmail), "account.mail.changed.email-changed", masked(address));
        return address;
    }

    private void useUpEmailLinks(Account me, Instant now) {
        emailChanges.findByAccountIdOrderByCreatedAtDesc(me.getId()).forEach(open -> open.markUsed(now));
    }

    /** Enough of an address for its owner to recognise it, not enough to hand it to whoever reads the old mailbox. */
    static String masked(String email) {
        int at = email.indexOf('@');
        return at <= 1 ? "***" + email.substring(Math.max(at, 0)) : email.charAt(0) + "***" + email.substring(at);
    }

    /** Starts setting up an authenticator app; returns the otpauth address for the QR code. */
    @Audited(value = Access.CHANGE, record = Subject.SELF)
    public String startMfaEnrolment(String currentPassword) {
        Account me = reauthenticate(currentPassword, "");
        if (me.hasMfa()) {
            throw InvalidInputException.of("code", Messages.ofPage("account.refusal.mfa-already"));
        }
        return secondFactor.startEnrolment(me);
    }

    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.SELF)
    public String mfaEnrolmentSecret() {
        return secondFactor
                .pendingSecret(me())
                .orElseThrow(
                        () -> InvalidInputException.of("code", Messages.ofPage("account.refusal.mfa-start-again")));
    }

    /** Puts the app in force when its code is right; returns ten recovery codes, shown this once. */
    @Audited(value = Access.CHANGE, record = Subject.SELF)
    public List<String> confirmMfaEnrolment(String code) {
        Account me = me();
        List<String> codes;
        try (var checking = reserveCheck(me, "code")) {
            codes = secondFactor.confirmEnrolment(me, code).orElseThrow(() -> {
                checking.failed();
                return InvalidInputException.of("code", Messages.ofPage("account.code.wrong"));
            });
            checking.passed();
        }
        notices.changed(recipients.of(me), "account.mail.changed.mfa-set-up");
        return codes;
    }

    /** Turns the app off, unless the practice requires it for this person; ends the other sessions. */
    @Audited(value = Access.CHANGE, record = Subject.SELF)
    public void disableMfa(String currentPassword, String code) {
        Account me = reauthenticate(currentPassword, code);
        if (mfaRequired(me)) {
            throw InvalidInputException.of("code", Messages.ofPage("account.refusal.mfa-required"));
        }
        secondFactor.disable(me);
        me.endOtherSessions();
        notices.changed(recipients.of(me), "account.mail.changed.mfa-off");
    }

    @Audited(value = Access.CHANGE, record = Subject.SELF)
    public List<String> newRecoveryCodes(String currentPassword, String code) {
        Account me = reauthenticate(currentPassword, code);
        if (!me.hasMfa()) {
            throw InvalidInputException.of("code", Messages.ofPage("account.refusal.mfa-first"));
        }
        return secondFactor.newRecoveryCodes(me);
    }

    private boolean mfaRequired(Account me) {
        return me.getRole() != Role.CLIENT && practiceSecurity.staffMfaRequired();
    }

    private Account me() {
        return accounts.findById(currentUser.require().accountId())
                .orElseThrow(() -> new RecordNotFoundException("Account"));
    }

    /** The password, and a code when the app is set up; reports each wrong one against its field. */
    private Account reauthenticate(String currentPassword, String code) {
        Account me = me();
        try (var checking = reserveCheck(me, "currentPassword")) {
            Map<String, String> problems = new HashMap<>();
            if (me.getPasswordHash() == null || !passwordEncoder.matches(currentPassword, me.getPasswordHash())) {
                problems.put("currentPassword", Messages.ofPage("account.refusal.wrong-password"));
            }
            if (me.hasMfa() && problems.isEmpty() && !secondFactor.verify(me, code)) {
                problems.put("code", AuthenticatorWords.wrongCodeOrRecoveryCode());
            }
            if (!problems.isEmpty()) {
                checking.failed();
                throw new InvalidInputException(problems);
            }
            checking.passed();
            return me;
        }
    }

    /** Reserves one check with the throttle before the slow hash, so parallel guesses are counted too. */
    private SignInThrottle.Attempt reserveCheck(Account me, String field) {
        return throttle.reserve(me.getEmail(), accountPage(me))
                .orElseThrow(() -> InvalidInputException.of(field, Messages.ofPage("account.refusal.paused")));
    }
}
