package org.mendwell.client;

import java.util.List;
import org.mendwell.client.domain.ClientRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one read the reminder job needs from client records. The job runs on a schedule with nobody
 * signed in, so it cannot use {@link ClientService}, whose every method asks who is asking; this
 * component answers one narrow question instead and is not meant for views.
 */
@Component
@Transactional(readOnly = true)
public class ClientsForReminders {

    private final ClientRepository clients;

    ClientsForReminders(ClientRepository clients) {
        this.clients = clients;
    }

    /** Active clients who have not turned reminders off. */
    public List<ReminderRecipient> activeWithRemindersOn() {
        return clients.activeWithRemindersOn();
    }
}
