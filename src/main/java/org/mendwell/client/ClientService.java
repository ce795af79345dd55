package org.mendwell.client;

import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.mendwell.account.AccountService;
import org.mendwell.account.CurrentUser;
import org.mendwell.account.Role;
import org.mendwell.account.Roles;
import org.mendwell.client.domain.Client;
import org.mendwell.client.domain.ClientRepository;
import org.mendwell.shared.InputValidator;
import org.mendwell.shared.Paging;
import org.mendwell.shared.RecordNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The caseload and client records, always scoped to the signed-in clinician or client. */
@Service
@Transactional
public class ClientService {

    /** Grid sort keys the caseload query accepts: entity properties, so nothing else reaches the ORDER BY. */
    static final Set<String> CASELOAD_SORT_PROPERTIES = Set.of("fullName", "email", "status", "safetyFlag",
            "createdAt", "statusChangedAt");

    private final ClientRepository clients;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final InputValidator validator;
    private final Clock clock;

    ClientService(ClientRepository clients, AccountService accounts, CurrentUser currentUser,
                  InputValidator validator, Clock clock) {
        this.clients = clients;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.validator = validator;
        this.clock = clock;
    }

    /** One page of the signed-in clinician's caseload, filtered by name or e-mail. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Transactional(readOnly = true)
    public Page<CaseloadRow> caseload(String text, Pageable pageable) {
        UUID clinicianId = currentUser.require(Role.CLINICIAN).accountId();
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return clients.caseload(clinicianId, needle,
                Paging.restrictSort(pageable, CASELOAD_SORT_PROPERTIES, Sort.by("fullName", "id")));
    }

    @PreAuthorize(Roles.IS_CLINICIAN)
    @Transactional(readOnly = true)
    public long caseloadSize() {
        return clients.countByClinicianId(currentUser.require(Role.CLINICIAN).accountId());
    }

    /**
     * Adds a client to the signed-in clinician's caseload, with a sign-in account that has no
     * password yet: the client chooses one through their invitation.
     */
    @PreAuthorize(Roles.IS_CLINICIAN)
    public CaseloadRow addClient(NewClient request) {
        var clinician = currentUser.require(Role.CLINICIAN);
        validator.check(request);
        UUID accountId = accounts.openClientAccount(request.email(), request.fullName());
        var client = clients.save(new Client(clinician.accountId(), accountId, request.fullName(), request.email(),
                clock.instant()));
        return row(client);
    }

    /** The signed-in client's own record. */
    @PreAuthorize(Roles.IS_CLIENT)
    @Transactional(readOnly = true)
    public ClientProfile myProfile() {
        UUID accountId = currentUser.require(Role.CLIENT).accountId();
        return clients.findByAccountId(accountId)
                .map(c -> new ClientProfile(c.getId(), c.getFullName(), c.getStatus()))
                .orElseThrow(() -> new RecordNotFoundException("Client record"));
    }

    /** One of the signed-in clinician's clients; another clinician's client is reported as not found. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Transactional(readOnly = true)
    public CaseloadRow client(UUID clientId) {
        UUID clinicianId = currentUser.require(Role.CLINICIAN).accountId();
        return clients.findByIdAndClinicianId(clientId, clinicianId).map(ClientService::row)
                .orElseThrow(() -> new RecordNotFoundException("Client"));
    }

    private static CaseloadRow row(Client c) {
        return new CaseloadRow(c.getId(), c.getFullName(), c.getEmail(), c.getStatus(), c.hasSafetyFlag(),
                c.getCreatedAt(), c.getStatusChangedAt());
    }
}
