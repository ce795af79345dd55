package org.mendwell.client;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.account.AccountLanguages;
import org.mendwell.account.CurrentUser;
import org.mendwell.account.PracticeStaff;
import org.mendwell.account.Role;
import org.mendwell.account.Roles;
import org.mendwell.account.SignedInUser;
import org.mendwell.client.domain.Client;
import org.mendwell.client.domain.ClientRepository;
import org.mendwell.client.domain.ClientStatusEvent;
import org.mendwell.client.domain.ClientStatusEventRepository;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.PlainText;
import org.mendwell.shared.PortalMail;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.shared.audit.Audited;
import org.mendwell.shared.audit.Audited.Access;
import org.mendwell.shared.audit.Audited.Subject;
import org.mendwell.shared.audit.NotAudited;
import org.mendwell.shared.i18n.Messages;
import org.mendwell.shared.i18n.ViewerLanguage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator hands a departing clinician's clients to colleagues, one client (or couple) at a time,
 * before the clinician's account is deactivated, or while they stay, with a reason. The administrator sees names
 * and statuses only, never what a client answered. Each handover is audited, written into the client's history
 * and told to both clinicians and the client, so that moving a client to an account the administrator controls
 * cannot happen silently (security round 2, finding 1).
 */
@Service
@Transactional
public class HandoverService {

    private final ClientRepository clients;
    private final ClientStatusEventRepository statusEvents;
    private final PracticeStaff staff;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PortalMail mail;
    private final Messages messages;
    private final ViewerLanguage viewerLanguage;
    private final AccountLanguages accountLanguages;
    private final ObjectProvider<HandoverService> self;

    HandoverService(
            ClientRepository clients,
            ClientStatusEventRepository statusEvents,
            PracticeStaff staff,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock,
            PortalMail mail,
            Messages messages,
            ViewerLanguage viewerLanguage,
            AccountLanguages accountLanguages,
            ObjectProvider<HandoverService> self) {
        this.self = self;
        this.mail = mail;
        this.messages = messages;
        this.viewerLanguage = viewerLanguage;
        this.accountLanguages = accountLanguages;
        this.clients = clients;
        this.statusEvents = statusEvents;
        this.staff = staff;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The clinician's clients still in care, a couple as one entry, by name. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.ACCOUNT)
    public List<ClientInCare> clientsInCare(UUID clinicianId) {
        List<Client> inCare =
                clients.findByClinicianIdAndStatusInOrderByFullNameAscIdAsc(clinicianId, ClientStatus.IN_CARE);
        Set<UUID> listed = new HashSet<>();
        List<ClientInCare> entries = new ArrayList<>();
        for (Client client : inCare) {
            if (client.getPartnerId() != null && listed.contains(client.getPartnerId())) {
                continue;
            }
            listed.add(client.getId());
            String partnerName = client.getPartnerId() == null
                    ? null
                    : clients.findById(client.getPartnerId())
                            .map(Client::getFullName)
                            .orElse(null);
            entries.add(new ClientInCare(client.getId(), client.getFullName(), client.getStatus(), partnerName));
        }
        return entries;
    }

    /** The longest reason kept: it goes into the client's history beside the names (500 characters there). */
    static final int REASON_LIMIT = 300;

    static final String REASON_NEEDED = "client.handover.reason-needed";

    /**
     * Gives the client, and their partner in a couple case, to another clinician who has signed in at least
     * once. While the former clinician is still active (a handover before a departure included: this method
     * cannot know a deactivation will follow) the administrator must say why, and the reason is kept in the
     * client's history. What was given to the client and what they submitted follow them; both clinicians
     * and the client are told by e-mail, and the client in the portal at their next visit.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @Audited(value = Access.CHANGE, record = Subject.CLIENT)
    public void handOver(UUID clientId, UUID toClinicianId, @Nullable String reason) {
        SignedInUser administrator = currentUser.require(Role.ADMIN);
        Client client = clients.findById(clientId).orElseThrow(() -> new RecordNotFoundException("Client"));
        if (!staff.canTakeOverClients(toClinicianId)) {
            throw InvalidInputException.of("clinician", messages.viewer("client.handover.clinician-not-ready"));
        }
        if (client.getClinicianId().equals(toClinicianId)) {
            throw InvalidInputException.of("clinician", messages.viewer("client.handover.already-with"));
        }
        UUID from = client.getClinicianId();
        String why = reason == null ? "" : reason.strip();
        if (staff.isActiveClinician(from) && why.isEmpty()) {
            throw InvalidInputException.of("reason", messages.viewer(REASON_NEEDED));
        }
        if (why.length() > REASON_LIMIT) {
            throw InvalidInputException.of("reason", PlainText.overLimit(REASON_LIMIT, why.length()));
        }
        String plainProblem = PlainText.problem(why);
        if (plainProblem != null) {
            throw InvalidInputException.of("reason", plainProblem);
        }
        String toName = staff.nameOf(toClinicianId).orElseThrow();
        Instant now = clock.instant();
        List<Client> moving = new ArrayList<>(List.of(client));
        if (client.getPartnerId() != null) {
            clients.findById(client.getPartnerId())
                    .filter(partner -> partner.getClinicianId().equals(from))
                    .ifPresent(moving::add);
        }
        moving.forEach(each -> each.handOverTo(toClinicianId, now));
        // The records first, then their history rows (whose foreign keys would otherwise lock them first).
        clients.flush();
        for (Client each : moving) {
            statusEvents.save(ClientStatusEvent.handover(
                    each.getId(),
                    each.getStatus(),
                    administrator.accountId(),
                    from,
                    toClinicianId,
                    why.isEmpty() ? null : why,
                    now));
            events.publishEvent(new ClientHandedOver(each.getId(), from, toClinicianId));
            tellClient(each, toName);
        }
        staff.tellOfHandover(from, toClinicianId, administrator.displayName(), now, moving.size());
    }

    /**
     * Hands several clients over at once, each (a couple as one) to the colleague chosen for them, for the same
     * reason: a departing clinician's caseload. All move or none; each move is audited and written into the
     * client's history as {@link #handOver} does it (called through this service's proxy, so each is its own
     * audited change), and each clinician gets one e-mail saying how many clients moved. A refusal names the
     * client it is about: its fields are keyed {@code <clientId>/<field>}.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @NotAudited("each client's move is audited by handOver, which this calls through the service's proxy")
    public void handOverEach(Map<UUID, UUID> newClinicianOfClient, @Nullable String reason) {
        HandoverService audited = self.getObject();
        for (var move : newClinicianOfClient.entrySet()) {
            try {
                audited.handOver(move.getKey(), move.getValue(), reason);
            } catch (InvalidInputException refused) {
                var problems = new LinkedHashMap<String, String>();
                refused.problems().forEach((field, problem) -> problems.put(move.getKey() + "/" + field, problem));
                throw new InvalidInputException(problems);
            }
        }
    }

    /** The client's own address, in their language: the new clinician's name only, nothing about their care. */
    private void tellClient(Client client, String clinicianName) {
        var locale = viewerLanguage.recipientLocale(accountLanguages.of(client.getAccountId()));
        mail.sendAfterCommit(
                client.getEmail(),
                messages.text("client.handover.mail.subject", locale),
                messages.text("client.handover.mail.body", locale, client.getFullName(), clinicianName, mail.link("")));
    }

    /**
     * For the administrator's start page: clients with a risk alert open whose clinician is not active, so
     * that no caseload shows it. Names only; the answers stay with the clinician who takes the client over.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.CLIENT)
    public List<UnattendedRiskAlert> riskAlertsWithoutClinician() {
        return clients.findByRiskAlertAtIsNotNullOrderByRiskAlertAt().stream()
                .filter(client -> !staff.isActiveClinician(client.getClinicianId()))
                .map(client -> new UnattendedRiskAlert(
                        client.getFullName(),
                        staff.nameOf(client.getClinicianId()).orElse("a former clinician")))
                .toList();
    }
}
