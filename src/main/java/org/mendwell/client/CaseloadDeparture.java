package org.mendwell.client;

import java.util.UUID;
import org.mendwell.account.ClinicianDeparture;
import org.mendwell.client.domain.ClientRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the account service how many of a clinician's clients would be left without a clinician. */
@Component
class CaseloadDeparture implements ClinicianDeparture {

    private final ClientRepository clients;

    CaseloadDeparture(ClientRepository clients) {
        this.clients = clients;
    }

    @Override
    @Transactional(readOnly = true)
    public long clientsInCare(UUID clinicianId) {
        return clients.countByClinicianIdAndStatusIn(clinicianId, ClientStatus.IN_CARE);
    }
}
