package org.mendwell.support;

import org.mendwell.client.domain.Client;
import org.mendwell.client.domain.ClientRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo practice has one couple, Robin and Jonas. The access matrices need another couple of the same
 * clinician ({@link Visitor#OTHER_COUPLE}), so they link Hana and Samuel, both active clients of the first
 * clinician, in their own set-up; the classes that call this are {@link ChangesDemoPractice}.
 */
@Component
public class AnotherCouple {

    private final ClientRepository clients;

    AnotherCouple(ClientRepository clients) {
        this.clients = clients;
    }

    /** Links Hana and Samuel as partners, committed; nothing else about them changes. */
    @Transactional
    public void link() {
        Client hana = clients.findByEmail(Demo.HANA).orElseThrow();
        Client samuel = clients.findByEmail(Demo.SAMUEL).orElseThrow();
        hana.linkPartner(samuel);
    }
}
