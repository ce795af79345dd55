package org.mendwell.client;

import java.util.Optional;
import java.util.UUID;
import org.mendwell.account.CurrentUser;
import org.mendwell.account.Role;
import org.mendwell.client.domain.Client;
import org.mendwell.client.domain.ClientRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The id of the signed-in client's own record and nothing else, for what every page needs about its
 * viewer (their time zone) without an audited read of the record on each page. Empty for staff.
 */
@Component
@Transactional(readOnly = true)
public class SignedInClient {

    private final ClientRepository clients;
    private final CurrentUser currentUser;

    SignedInClient(ClientRepository clients, CurrentUser currentUser) {
        this.clients = clients;
        this.currentUser = currentUser;
    }

    public Optional<UUID> clientId() {
        return currentUser
                .find()
                .filter(user -> user.is(Role.CLIENT))
                .flatMap(user -> clients.findByAccountId(user.accountId()))
                .map(Client::getId);
    }
}
