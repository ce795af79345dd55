package org.mendwell.client;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.account.AccountService;
import org.mendwell.account.CurrentUser;
import org.mendwell.account.InvitationLink;
import org.mendwell.account.InvitationService;
import org.mendwell.account.Role;
import org.mendwell.account.Roles;
import org.mendwell.account.SignedInUser;
import org.mendwell.client.domain.Client;
import org.mendwell.client.domain.ClientRepository;
import org.mendwell.client.domain.ClientStatusEvent;
import org.mendwell.client.domain.ClientStatusEventRepository;
import org.mendwell.shared.InputValidator;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.audit.Audited;
import org.mendwell.shared.audit.Audited.Access;
import org.mendwell.shared.audit.Audited.Subject;
import org.mendwell.shared.i18n.Messages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a client joins the signed-in clinician's caseload: invited (alone, with a new partner or with a partner
 * already on the caseload), with a sign-in account that has no password yet and a one-time link, which the
 * clinician can send again or take back until the client chooses a password. Reading and changing a client's
 * record once there is {@link ClientService}.
 */
@Service
@Transactional
public class ClientInvitationService {

    /**
     * The one answer for an address already in use, whoever uses it: the administrator can see whose it is. A
     * message key, like the other refusals here, worded in the clinician's language.
     */
    public static final String CANNOT_INVITE = "client.invite.cannot-invite";

    public static final String TOO_MANY_REFUSED = "client.invite.too-many-refused";

    private final ClientRepository clients;
    private final OwnClients ownClients;
    private final ClientStatusEventRepository statusEvents;
    private final AccountService accounts;
    private final InvitationService invitations;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final RefusedInvites refusedInvites;
    private final Clock clock;

    ClientInvitationService(
            ClientRepository clients,
            OwnClients ownClients,
            ClientStatusEventRepository statusEvents,
            AccountService accounts,
            InvitationService invitations,
            CurrentUser currentUser,
            InputValidator validator,
            RefusedInvites refusedInvites,
            Clock clock) {
        this.clients = clients;
        this.ownClients = ownClients;
        this.statusEvents = statusEvents;
        this.accounts = accounts;
        this.invitations = invitations;
        this.currentUser = currentUser;
        this.validator = validator;
        this.refusedInvites = refusedInvites;
        this.clock = clock;
    }

    /**
     * Adds a client (and optionally their partner) to the signed-in clinician's caseload as INVITED,
     * with a sign-in account without a password and a one-time invitation link. An address already in
     * use gets the same answer whoever uses it, and a clinician with many such refusals in the last hour
     * is refused unchecked for a while (see {@link RefusedInvites}); each refusal is in the audit trail.
     */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Audited(value = Access.CHANGE, record = Subject.CLIENT)
    public Invited invite(InviteClient request) {
        SignedInUser clinician = currentUser.require(Role.CLINICIAN);
        if (refusedInvites.tooMany(clinician.accountId())) {
            throw InvalidInputException.of("email", Messages.ofPage(TOO_MANY_REFUSED));
        }
        try {
            return inviteChecked(clinician, request);
        } catch (InvalidInputException refused) {
            // Only an address in use answers anything about someone else; a typo in a name is not a probe.
            if (refused.problems().containsValue(Messages.ofPage(CANNOT_INVITE))) {
                refusedInvites.refused(clinician.accountId());
            }
            throw refused;
        }
    }

    /** A new link for a client who has not chosen a password yet; earlier links stop working. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Audited(value = Access.CHANGE, record = Subject.CLIENT)
    public InvitationLink resendInvitation(UUID clientId) {
        Client client = ownClients.of(clientId);
        // In the language the account already has: the one it was invited in, or its owner's choice.
        return invitations.issue(client.getAccountId(), currentUser.require().displayName(), null);
    }

    @PreAuthorize(Roles.IS_CLINICIAN)
    @Audited(value = Access.CHANGE, record = Subject.CLIENT)
    public void revokeInvitation(UUID clientId) {
        invitations.revoke(ownClients.of(clientId).getAccountId());
    }

    private Invited inviteChecked(SignedInUser clinician, InviteClient request) {
        Map<String, String> problems = new HashMap<>(validator.problems(request));
        Client existingPartner = null;
        if (request.existingPartnerId() != null) {
            existingPartner = clients.findByIdAndClinicianId(request.existingPartnerId(), clinician.accountId())
                    .orElse(null);
            if (existingPartner == null) {
                problems.put("existingPartnerId", Messages.ofPage("client.invite.partner-not-yours"));
            } else if (existingPartner.getPartnerId() != null) {
                problems.put(
                        "existingPartnerId",
                        Messages.ofPage("client.invite.partner-already-linked", existingPartner.getFullName()));
            }
            if (request.invitesNewPartner()) {
                problems.put("partnerFullName", Messages.ofPage("client.invite.partner-both"));
            }
        } else if (request.invitesNewPartner()) {
            if (request.partnerFullName() == null || request.partnerFullName().isBlank()) {
                problems.putIfAbsent("partnerFullName", Messages.ofPage("client.invite.partner-name-required"));
            }
            if (request.partnerEmail() == null || request.partnerEmail().isBlank()) {
                problems.putIfAbsent("partnerEmail", Messages.ofPage("client.invite.partner-email-required"));
            } else if (request.partnerEmail()
                    .strip()
                    .equalsIgnoreCase(request.email().strip())) {
                problems.putIfAbsent("partnerEmail", Messages.ofPage("client.invite.partner-same-email"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }

        Client client = newClient(clinician, request.fullName(), request.email(), "email");
        Client newPartner = null;
        if (request.invitesNewPartner()) {
            newPartner = newClient(clinician, request.partnerFullName(), request.partnerEmail(), "partnerEmail");
            client.linkPartner(newPartner);
        } else if (existingPartner != null) {
            client.linkPartner(existingPartner);
        }
        InvitationLink link = invitations.issue(client.getAccountId(), clinician.displayName(), request.language());
        InvitationLink partnerLink = newPartner == null
                ? null
                : invitations.issue(newPartner.getAccountId(), clinician.displayName(), request.language());
        return new Invited(
                row(client, existingPartner != null ? existingPartner : newPartner),
                link,
                newPartner == null ? null : row(newPartner, client),
                partnerLink);
    }

    private Client newClient(
            SignedInUser clinician, @Nullable String fullName, @Nullable String email, String emailField) {
        UUID accountId;
        try {
            accountId = accounts.openClientAccount(email, fullName);
        } catch (InvalidInputException taken) {
            // Whose the address is (another clinician's client, a colleague) is not this clinician's to learn.
            throw InvalidInputException.of(emailField, Messages.ofPage(CANNOT_INVITE));
        }
        Instant now = clock.instant();
        Client client = clients.save(new Client(clinician.accountId(), accountId, fullName, email, now));
        statusEvents.save(
                new ClientStatusEvent(client.getId(), null, ClientStatus.INVITED, clinician.accountId(), null, now));
        return client;
    }

    private static CaseloadRow row(Client c, @Nullable Client partner) {
        return new CaseloadRow(
                c.getId(),
                c.getFullName(),
                c.getEmail(),
                c.getStatus(),
                c.hasSafetyFlag(),
                c.getRiskAlertAt() != null,
                c.getCreatedAt(),
                c.getStatusChangedAt(),
                partner == null ? null : partner.getFullName());
    }
}
