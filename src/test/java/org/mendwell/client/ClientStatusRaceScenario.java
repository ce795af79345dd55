package org.mendwell.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The same clinician in two tabs makes the same status change at the same moment, both from the
 * version their page read. Whichever way the two interleave (one sees the other's change before it
 * writes, or both write and the database's version check stops the second), exactly one change
 * happens and the other is told, under "version"; the history grows by one.
 */
abstract class ClientStatusRaceScenario {

    @Autowired
    ClientService clients;

    @Autowired
    ClientIds clientIds;

    @Autowired
    SignIn signIn;

    @Test
    void two_tabs_changing_one_client_at_once_change_it_once_and_the_other_is_told() throws Exception {
        UUID oskar = clientIds.of(Demo.OSKAR);
        signIn.as(Demo.CLINICIAN);
        ClientDetails opened = clients.details(oskar);
        // Whatever earlier runs on a shared database left: a move that is allowed from there.
        boolean active = opened.status() == ClientStatus.ACTIVE;

        ExecutorService tabs = Executors.newFixedThreadPool(2);
        List<Object> outcomes = new ArrayList<>();
        try {
            var go = new CountDownLatch(1);
            List<Future<Object>> running = new ArrayList<>();
            for (int tab = 0; tab < 2; tab++) {
                running.add(tabs.submit(() -> {
                    signIn.as(Demo.CLINICIAN);
                    go.await();
                    try {
                        return active
                                ? clients.discharge(oskar, opened.version())
                                : clients.reactivate(oskar, opened.version());
                    } catch (InvalidInputException refused) {
                        return refused.problems().keySet();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            go.countDown();
            for (Future<Object> tab : running) {
                outcomes.add(tab.get(30, TimeUnit.SECONDS));
            }
        } finally {
            tabs.shutdownNow();
        }

        ClientStatus target = active ? ClientStatus.DISCHARGED : ClientStatus.ACTIVE;
        assertThat(outcomes).as("one change and one refusal").containsExactlyInAnyOrder(target, Set.of("version"));
        ClientDetails now = clients.details(oskar);
        assertThat(now.status()).isEqualTo(target);
        assertThat(now.history()).as("changed once").hasSize(opened.history().size() + 1);
    }
}
