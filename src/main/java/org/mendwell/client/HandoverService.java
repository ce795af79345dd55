package org.mendwell.client;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.mendwell.account.CurrentUser;
import org.mendwell.account.PracticeStaff;
import org.mendwell.account.Role;
import org.mendwell.account.Roles;
import org.mendwell.client.domain.Client;
import org.mendwell.client.domain.ClientRepository;
import org.mendwell.client.domain.ClientStatusEvent;
import org.mendwell.client.domain.ClientStatusEventRepository;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.shared.audit.Audited;
import org.mendwell.shared.audit.Audited.Access;
import org.mendwell.shared.audit.Audited.Subject;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator hands a departing clinician's clients to colleagues, one client (or couple) at a time,
 * before the clinician's account is deactivated. The administrator sees names and statuses only, never
 * what a client answered. Each handover is audited and written into the client's history.
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

    HandoverService(ClientRepository clients, ClientStatusEventRepository statusEvents, PracticeStaff staff,
                    CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
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
        List<Client> inCare = clients.findByClinicianIdAndStatusInOrderByFullNameAscIdAsc(clinicianId,
                ClientStatus.IN_CARE);
        Set<UUID> listed = new HashSet<>();
        List<ClientInCare> entries = new ArrayList<>();
        for (Client client : inCare) {
            if (client.getPartnerId() != null && listed.contains(client.getPartnerId())) {
                continue;
            }
            listed.add(client.getId());
            String partnerName = client.getPartnerId() == null ? null
                    : clients.findById(client.getPartnerId()).map(Client::getFullName).orElse(null);
            entries.add(new ClientInCare(client.getId(), client.getFullName(), client.getStatus(), partnerName));
        }
        return entries;
    }

    /**
     * Gives the client, and their partner in a couple case, to another active clinician. What was given to
     * them and what they submitted follow them; the history says who handed them over, from whom to whom.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @Audited(value = Access.CHANGE, record = Subject.CLIENT)
    public void handOver(UUID clientId, UUID toClinicianId) {
        UUID administrator = currentUser.require(Role.ADMIN).accountId();
        Client client = clients.findById(clientId).orElseThrow(() -> new RecordNotFoundException("Client"));
        if (!staff.isActiveClinician(toClinicianId)) {
            throw InvalidInputException.of("clinician", "Choose a clinician whose account is active");
        }
        if (client.getClinicianId().equals(toClinicianId)) {
            throw InvalidInputException.of("clinician", "This client is already with that clinician");
        }
        UUID from = client.getClinicianId();
        String reason = "Handed over by the practice from " + staff.nameOf(from).orElse("a former clinician")
                + " to " + staff.nameOf(toClinicianId).orElseThrow();
        Instant now = clock.instant();
        List<Client> moving = new ArrayList<>(List.of(client));
        if (client.getPartnerId() != null) {
            clients.findById(client.getPartnerId()).filter(partner -> partner.getClinicianId().equals(from))
                    .ifPresent(moving::add);
        }
        moving.forEach(each -> each.handOverTo(toClinicianId));
        // The records first, then their history rows (whose foreign keys would otherwise lock them first).
        clients.flush();
        for (Client each : moving) {
            statusEvents.save(new ClientStatusEvent(each.getId(), each.getStatus(), each.getStatus(), administrator,
                    reason, now));
            events.publishEvent(new ClientHandedOver(each.getId(), from, toClinicianId));
        }
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
                .map(client -> new UnattendedRiskAlert(client.getFullName(),
                        staff.nameOf(client.getClinicianId()).orElse("a former clinician")))
                .toList();
    }
}
