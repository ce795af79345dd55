package org.mendwell.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.account.Recipients.Recipient;
import org.mendwell.account.domain.Account;
import org.mendwell.account.domain.AccountRepository;
import org.mendwell.account.domain.Invitation;
import org.mendwell.account.domain.InvitationRepository;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.shared.audit.Audited;
import org.mendwell.shared.audit.Audited.Access;
import org.mendwell.shared.audit.Audited.Subject;
import org.mendwell.shared.i18n.Language;
import org.mendwell.shared.i18n.Messages;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links with which an invited client chooses a password. The token is 256 random bits,
 * stored only as its SHA-256 hash, valid for seven days, single use, and revoked when a new one is
 * issued. Clinicians issue and revoke them for their own clients only; opening one needs no sign-in,
 * because the token itself is the proof.
 */
@Service
@Transactional
public class InvitationService {

    public static final Duration VALIDITY = Duration.ofDays(7);

    private final InvitationRepository invitations;
    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final InvitationMailer mailer;
    private final ApplicationEventPublisher events;
    private final CurrentUser currentUser;
    private final ClientAccountOwnership ownership;
    private final Clock clock;
    private final Recipients recipients;

    InvitationService(
            InvitationRepository invitations,
            AccountRepository accounts,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            InvitationMailer mailer,
            ApplicationEventPublisher events,
            CurrentUser currentUser,
            ClientAccountOwnership ownership,
            Clock clock,
            Recipients recipients) {
        this.recipients = recipients;
        this.invitations = invitations;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.mailer = mailer;
        this.events = events;
        this.currentUser = currentUser;
        this.ownership = ownership;
        this.clock = clock;
    }

    /**
     * Issues a new link for an account that has not chosen a password yet, revoking earlier links,
     * and e-mails it when mail is configured. A language given is the invitation's: the account starts with it,
     * so the e-mail, the activation page and everything after are in it until the client chooses another;
     * without one the account keeps the language it has (the practice's for e-mails until someone chooses).
     */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Audited(value = Access.CHANGE, record = Subject.ACCOUNT)
    public InvitationLink issue(UUID accountId, String invitedBy, @Nullable Language language) {
        Account account = ownClientAccount(accountId);
        if (account.getPasswordHash() != null) {
            throw InvalidInputException.of("invitation", Messages.ofPage("account.refusal.already-activated"));
        }
        if (language != null) {
            account.setLanguage(language.code());
        }
        Instant now = clock.instant();
        revokeOpen(accountId, now);
        String token = Tokens.newToken();
        var invitation = invitations.save(new Invitation(accountId, Tokens.sha256(token), now, now.plus(VALIDITY)));
        String url = mailer.linkFor(token);
        Recipient to = recipients.of(account);
        // One day, decided once on the recipient's calendar: the e-mail and the clinician's dialog name the same day,
        // each in its reader's language.
        LocalDate expiresDay = to.time().dateOf(invitation.getExpiresAt());
        boolean emailed = mailer.send(to, invitedBy, url, to.time().dayWithYear(expiresDay));
        return new InvitationLink(url, invitation.getExpiresAt(), expiresDay, emailed);
    }

    @PreAuthorize(Roles.IS_CLINICIAN)
    @Audited(value = Access.CHANGE, record = Subject.ACCOUNT)
    public void revoke(UUID accountId) {
        revokeOpen(ownClientAccount(accountId).getId(), clock.instant());
    }

    @PreAuthorize(Roles.IS_CLINICIAN)
    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.ACCOUNT)
    public Optional<InvitationState> latest(UUID accountId) {
        ownClientAccount(accountId);
        Instant now = clock.instant();
        return invitations.findByAccountIdOrderByCreatedAtDesc(accountId).stream()
                .findFirst()
                .map(i -> InvitationState.of(i.getCreatedAt(), i.getExpiresAt(), i.getUsedAt(), i.getRevokedAt(), now));
    }

    /** Whom a link invites, if it can still be used. Anyone holding the link may ask. */
    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.ACCOUNT)
    public Optional<InvitedPerson> open(String token) {
        return usable(token)
                .flatMap(invitation -> accounts.findById(invitation.getAccountId()))
                .map(account -> new InvitedPerson(
                        account.getEmail(),
                        account.getDisplayName(),
                        Language.ofCode(account.getLanguage()).orElse(null)));
    }

    /**
     * Sets the password chosen through a link and uses the link up.
     *
     * @return the e-mail address to sign in with
     */
    @Audited(value = Access.CHANGE, record = Subject.ACCOUNT)
    public String activate(String token, String password) {
        Invitation invitation = usable(token)
                .orElseThrow(
                        () -> InvalidInputException.of("token", Messages.ofPage("account.refusal.invitation-used")));
        Account account =
                accounts.findById(invitation.getAccountId()).orElseThrow(() -> new RecordNotFoundException("Account"));
        passwordPolicy
                .problemWith(password, account.getEmail(), account.getDisplayName())
                .ifPresent(problem -> {
                    throw InvalidInputException.of("password", problem);
                });
        Instant now = clock.instant();
        account.setPasswordHash(passwordEncoder.encode(password));
        invitation.markUsed(now);
        events.publishEvent(new ClientAccountActivated(account.getId(), now));
        return account.getEmail();
    }

    /** A client account on the signed-in clinician's caseload; anything else is not found. */
    private Account ownClientAccount(UUID accountId) {
        UUID clinicianId = currentUser.require(Role.CLINICIAN).accountId();
        return accounts.findById(accountId)
                .filter(account -> account.getRole() == Role.CLIENT && ownership.isClientOf(clinicianId, accountId))
                .orElseThrow(() -> new RecordNotFoundException("Account"));
    }

    private Optional<Invitation> usable(String token) {
        return Tokens.usable(token, invitations::findByTokenHash, clock.instant());
    }

    private void revokeOpen(UUID accountId, Instant now) {
        invitations.findByAccountIdOrderByCreatedAtDesc(accountId).forEach(invitation -> invitation.revoke(now));
    }

    /**
     * Who an invitation is for, shown on the page where they choose a password, and the language they were
     * invited in (none for an invitation without one: the page then follows their browser).
     */
    public record InvitedPerson(
            String email, String displayName, @Nullable Language language) {}
}
