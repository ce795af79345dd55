package org.mendwell.support;

import java.util.UUID;
import org.mendwell.client.domain.ClientRepository;
import org.springframework.stereotype.Component;

/** Client records found by their e-mail address, as tests name the demo practice's people ({@link Demo}). */
@Component
public class ClientIds {

    private final ClientRepository clients;

    ClientIds(ClientRepository clients) {
        this.clients = clients;
    }

    /** The id of the client record with this e-mail address; fails the test if there is none. */
    public UUID of(String email) {
        return clients.findByEmail(email)
                .orElseThrow(() -> new AssertionError("No client record for " + email))
                .getId();
    }
}
