package org.mendwell.client;

import java.util.UUID;
import org.mendwell.account.CurrentUser;
import org.mendwell.account.Role;
import org.mendwell.client.domain.Client;
import org.mendwell.client.domain.ClientRepository;
import org.mendwell.shared.RecordNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The signed-in clinician's own client by id, the one scoping rule the clinician's client services share: another
 * clinician's client is "not found", exactly as a missing one is.
 */
@Component
class OwnClients {

    private final ClientRepository clients;
    private final CurrentUser currentUser;

    OwnClients(ClientRepository clients, CurrentUser currentUser) {
        this.clients = clients;
        this.currentUser = currentUser;
    }

    Client of(UUID clientId) {
        UUID clinicianId = currentUser.require(Role.CLINICIAN).accountId();
        return clients.findByIdAndClinicianId(clientId, clinicianId)
                .orElseThrow(() -> new RecordNotFoundException("Client"));
    }
}
