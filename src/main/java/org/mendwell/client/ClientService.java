package org.mendwell.client;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.mendwell.account.AccountEmailChanged;
import org.mendwell.account.AccountLanguages;
import org.mendwell.account.ClientAccountActivated;
import org.mendwell.account.CurrentUser;
import org.mendwell.account.InvitationService;
import org.mendwell.account.PracticeStaff;
import org.mendwell.account.Role;
import org.mendwell.account.Roles;
import org.mendwell.client.domain.CaseloadRows;
import org.mendwell.client.domain.Client;
import org.mendwell.client.domain.ClientRepository;
import org.mendwell.client.domain.ClientStatusEvent;
import org.mendwell.client.domain.ClientStatusEventRepository;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.Paging;
import org.mendwell.shared.PlainText;
import org.mendwell.shared.audit.Audited;
import org.mendwell.shared.audit.Audited.Access;
import org.mendwell.shared.audit.Audited.Subject;
import org.mendwell.shared.audit.NotAudited;
import org.mendwell.shared.i18n.Messages;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinician's caseload and their clients' records, always scoped to the signed-in clinician; how a
 * client joins the caseload is {@link ClientInvitationService}, the client's own record {@link MyRecordService}. Every status change is recorded with who made it and
 * when.
 */
@Service
@Transactional
public class ClientService {

    /** Grid sort keys the caseload query accepts (CaseloadRows maps each to its column). */
    static final Set<String> CASELOAD_SORT_PROPERTIES =
            Set.of("fullName", "email", "status", "safetyFlag", "createdAt", "statusChangedAt");

    private final ClientRepository clients;
    private final OwnClients ownClients;
    private final ClientStatusEventRepository statusEvents;
    private final InvitationService invitations;
    private final CurrentUser currentUser;
    private final StatusChanges statusChanges;
    private final CaseloadRows caseloadRows;

    private final AccountLanguages accountLanguages;
    private final PracticeStaff staff;

    /** Other features' reasons a client needs attention, so the pickers let through what the caseload grid does. */
    private final List<CaseloadAttention> otherReasons;

    ClientService(
            ClientRepository clients,
            OwnClients ownClients,
            ClientStatusEventRepository statusEvents,
            InvitationService invitations,
            CurrentUser currentUser,
            StatusChanges statusChanges,
            CaseloadRows caseloadRows,
            AccountLanguages accountLanguages,
            PracticeStaff staff,
            List<CaseloadAttention> otherReasons) {
        this.staff = staff;
        this.otherReasons = otherReasons;
        this.accountLanguages = accountLanguages;
        this.statusChanges = statusChanges;
        this.caseloadRows = caseloadRows;
        this.clients = clients;
        this.ownClients = ownClients;
        this.statusEvents = statusEvents;
        this.invitations = invitations;
        this.currentUser = currentUser;
    }

    // ---- The clinician's caseload -------------------------------------------------------------

    /** One page of the signed-in clinician's caseload, filtered in the database. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.CASELOAD)
    public Page<CaseloadRow> caseload(CaseloadFilter filter, Pageable pageable) {
        UUID clinicianId = currentUser.require(Role.CLINICIAN).accountId();
        return caseloadRows.page(
                clinicianId,
                filter,
                CaseloadAttention.of(otherReasons, clinicianId, filter),
                Paging.restrictSort(pageable, CASELOAD_SORT_PROPERTIES, Sort.by("fullName", "id")));
    }

    @PreAuthorize(Roles.IS_CLINICIAN)
    @Transactional(readOnly = true)
    @NotAudited("a count of the caseload, no record")
    public long caseloadSize() {
        return clients.countByClinicianId(currentUser.require(Role.CLINICIAN).accountId());
    }

    /** How many of the clinician's clients have submitted an intake that waits for review. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Transactional(readOnly = true)
    @NotAudited("a count, no record")
    public long intakesAwaitingReview() {
        return clients.countByClinicianIdAndStatus(
                currentUser.require(Role.CLINICIAN).accountId(), ClientStatus.INTAKE_SUBMITTED);
    }

    // ---- Reading a record -------------------------------------------------------------------

    /** One of the signed-in clinician's clients; another clinician's client is reported as not found. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.CLIENT)
    public ClientDetails details(UUID clientId) {
        Client client = ownClients.of(clientId);
        Client partner = client.getPartnerId() == null
                ? null
                : clients.findById(client.getPartnerId()).orElse(null);
        List<ClientDetails.StatusChange> history = statusEvents.findByClientIdOrderByOccurredAtAsc(clientId).stream()
                .map(e -> new ClientDetails.StatusChange(
                        e.getFromStatus(),
                        e.getToStatus(),
                        e.getActorId().equals(client.getAccountId())
                                ? "Client"
                                : e.getActorId().equals(client.getClinicianId()) ? "Clinician" : "Practice",
                        e.getReason(),
                        e.getOccurredAt(),
                        e.getHandedTo() == null || e.getHandedFrom() == null
                                ? null
                                : new ClientDetails.HandedOver(
                                        staff.nameOf(e.getHandedFrom()), staff.nameOf(e.getHandedTo()))))
                .toList();
        return new ClientDetails(
                client.getId(),
                client.getFullName(),
                client.getEmail(),
                client.getStatus(),
                client.hasSafetyFlag(),
                client.getRiskAlertAt(),
                client.getCreatedAt(),
                client.getPartnerId(),
                partner == null ? null : partner.getFullName(),
                client.getArchiveReason(),
                invitations.latest(client.getAccountId()),
                history,
                client.getVersion(),
                accountLanguages.of(client.getAccountId()).orElse(null));
    }

    /** For other features: a client of the signed-in clinician, or not found. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.CLIENT)
    public ClientRef ownedClient(UUID clientId) {
        return ref(ownClients.of(clientId));
    }

    // ---- Status changes ---------------------------------------------------------------------
    // Each takes the lock version the clinician's page read (ClientDetails.version): a record changed
    // since, in another tab or another session, is refused under "version" and nothing changes.

    @PreAuthorize(Roles.IS_CLINICIAN)
    @Audited(value = Access.CHANGE, record = Subject.CLIENT)
    public ClientStatus accept(UUID clientId, long loadedVersion) {
        return statusChanges.move(ownClientAsLoaded(clientId, loadedVersion), ClientStatus.ACTIVE, null);
    }

    @PreAuthorize(Roles.IS_CLINICIAN)
    @Audited(value = Access.CHANGE, record = Subject.CLIENT)
    public ClientStatus archive(UUID clientId, long loadedVersion, String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", Messages.ofPage("client.archive.reason-needed"));
        }
        if (reason.length() > 500) {
            throw InvalidInputException.of("reason", PlainText.overLimit(500, reason.length()));
        }
        Client client = ownClientAsLoaded(clientId, loadedVersion);
        ClientStatus archived = statusChanges.move(client, ClientStatus.ARCHIVED, reason.strip());
        if (client.getStatus() == ClientStatus.ARCHIVED) {
            // An archived client's invitation must not open an intake nobody will read.
            invitations.revoke(client.getAccountId());
        }
        return archived;
    }

    @PreAuthorize(Roles.IS_CLINICIAN)
    @Audited(value = Access.CHANGE, record = Subject.CLIENT)
    public ClientStatus discharge(UUID clientId, long loadedVersion) {
        return statusChanges.move(ownClientAsLoaded(clientId, loadedVersion), ClientStatus.DISCHARGED, null);
    }

    /**
     * Brings a discharged client back, or an archived client back to where they were: a client
     * archived before submitting their intake returns to being invited or to their intake, never
     * straight to active without intake and consent.
     */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Audited(value = Access.CHANGE, record = Subject.CLIENT)
    public ClientStatus reactivate(UUID clientId, long loadedVersion) {
        Client client = ownClientAsLoaded(clientId, loadedVersion);
        ClientStatus target = ClientStatus.ACTIVE;
        if (client.getStatus() == ClientStatus.ARCHIVED) {
            ClientStatus before = statusEvents.findByClientIdOrderByOccurredAtAsc(clientId).stream()
                    .filter(event -> event.getToStatus() == ClientStatus.ARCHIVED)
                    .reduce((first, second) -> second)
                    .map(ClientStatusEvent::getFromStatus)
                    .orElse(null);
            if (before == ClientStatus.INVITED || before == ClientStatus.INTAKE_IN_PROGRESS) {
                target = before;
            }
        }
        return statusChanges.move(client, target, null);
    }

    /** An invited client chose their password: their intake is now in progress. */
    @EventListener
    void onClientAccountActivated(ClientAccountActivated event) {
        clients.findByAccountId(event.accountId())
                .filter(client -> client.getStatus() == ClientStatus.INVITED)
                .ifPresent(client -> statusChanges.record(
                        client, ClientStatus.INTAKE_IN_PROGRESS, event.accountId(), null, event.at()));
    }

    /**
     * The clinician signed off the client's last open risk alert, each with a note (homework's
     * ReviewService, which checked ownership): the caseload stops highlighting the client.
     */
    @EventListener
    void onRiskAlertsSignedOff(RiskAlertsSignedOff event) {
        clients.findById(event.clientId()).ifPresent(Client::acknowledgeRiskAlert);
    }

    /** A client changed the address they sign in with: reminders and the caseload follow it. */
    @EventListener
    void onAccountEmailChanged(AccountEmailChanged event) {
        clients.findByAccountId(event.accountId()).ifPresent(client -> client.followEmail(event.email()));
    }

    // ---- Internals ----------------------------------------------------------------------------

    /** The clinician's own client, as the page that asks for a change read it. */
    private Client ownClientAsLoaded(UUID clientId, long loadedVersion) {
        Client client = ownClients.of(clientId);
        if (client.getVersion() != loadedVersion) {
            throw changedElsewhere(client);
        }
        return client;
    }

    private static InvalidInputException changedElsewhere(Client client) {
        return InvalidInputException.of(
                "version",
                Messages.ofPage(
                        "client.refusal.changed-after-opened", StatusChanges.statusInSentence(client.getStatus())));
    }

    static ClientRef ref(Client c) {
        return new ClientRef(
                c.getId(),
                c.getAccountId(),
                c.getClinicianId(),
                c.getPartnerId(),
                c.getStatus(),
                c.getFullName(),
                c.hasSafetyFlag());
    }
}
