package org.mendwell.client;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.account.CurrentUser;
import org.mendwell.client.domain.Client;
import org.mendwell.client.domain.ClientRepository;
import org.mendwell.client.domain.ClientStatusEvent;
import org.mendwell.client.domain.ClientStatusEventRepository;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.i18n.Messages;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * A client's move from one status to the next with its history row, shared by the clinician's changes
 * ({@link ClientService}) and the client's own ({@link MyRecordService}). Callers check who may ask.
 */
@Component
class StatusChanges {

    private final ClientRepository clients;
    private final ClientStatusEventRepository statusEvents;
    private final CurrentUser currentUser;
    private final Clock clock;

    StatusChanges(
            ClientRepository clients, ClientStatusEventRepository statusEvents, CurrentUser currentUser, Clock clock) {
        this.clients = clients;
        this.statusEvents = statusEvents;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    ClientStatus move(Client client, ClientStatus target, @Nullable String reason) {
        if (!client.getStatus().canMoveTo(target)) {
            throw InvalidInputException.of(
                    "status",
                    Messages.ofPage(
                            "client.refusal.cannot-move",
                            statusInSentence(client.getStatus()),
                            statusInSentence(target)));
        }
        record(client, target, currentUser.require().accountId(), reason, clock.instant());
        return target;
    }

    void record(Client client, ClientStatus target, UUID actor, @Nullable String reason, Instant at) {
        ClientStatus from = client.getStatus();
        client.changeStatus(target, at, reason);
        try {
            // The record's row is written (and locked) before its history row, whose foreign key would
            // otherwise share-lock it first and let two simultaneous changes deadlock on MariaDB. A
            // change committed elsewhere since the check is caught here by the version in the UPDATE.
            clients.flush();
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            throw InvalidInputException.of("version", Messages.ofPage("client.refusal.changed-a-moment-ago"));
        }
        statusEvents.save(new ClientStatusEvent(client.getId(), from, target, actor, reason, at));
    }

    /** A status's name inside a sentence, in the reader's language: "intake submitted", "admisión enviada". */
    static String statusInSentence(ClientStatus status) {
        return Messages.ofPage(status.key()).toLowerCase(Locale.ROOT);
    }
}
