package org.mendwell.client;

import java.util.UUID;
import org.mendwell.account.ClientAccountOwnership;
import org.mendwell.client.domain.ClientRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the account feature which client accounts are on which clinician's caseload. */
@Component
class CaseloadOwnership implements ClientAccountOwnership {

    private final ClientRepository clients;

    CaseloadOwnership(ClientRepository clients) {
        this.clients = clients;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isClientOf(UUID clinicianId, UUID clientAccountId) {
        return clients.existsByAccountIdAndClinicianId(clientAccountId, clinicianId);
    }
}
