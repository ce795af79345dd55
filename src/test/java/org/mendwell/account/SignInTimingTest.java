package org.mendwell.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mendwell.support.Demo;
import org.mendwell.support.HttpVisitor;
import org.mendwell.support.SignInFixtures;
import org.mendwell.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A wrong password takes as long for an invited client who has no password yet as for an active
 * account or an unknown address, so the log-in form does not tell outsiders who was invited to a
 * therapy practice. A security property, not a benchmark: the three kinds are measured in turns, in
 * one run, and only their medians are compared.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.class)
class SignInTimingTest {

    static final int REFUSALS = 20;

    @LocalServerPort
    int port;

    @Autowired
    SignInFixtures fixtures;

    @Test
    void a_wrong_password_costs_the_same_for_an_invited_an_active_and_an_unknown_address() {
        var addresses = new LinkedHashMap<String, String>();
        addresses.put("invited, no password yet", Demo.TOBIAS);
        addresses.put("active", Demo.CLINICIAN);
        addresses.put("unknown", "nobody.here@mendwell.example");
        var timings = new LinkedHashMap<String, List<Long>>();
        addresses.keySet().forEach(kind -> timings.put(kind, new ArrayList<>()));

        for (int round = -3; round < REFUSALS; round++) { // three rounds to warm up, not counted
            var order = new ArrayList<>(addresses.keySet());
            Collections.rotate(order, Math.floorMod(round, order.size())); // no kind always goes first
            for (String kind : order) {
                long micros = refusalMicros(addresses.get(kind));
                if (round >= 0) {
                    timings.get(kind).add(micros);
                }
            }
        }

        var medians = new LinkedHashMap<String, Long>();
        timings.forEach((kind, values) -> medians.put(kind, median(values)));
        System.out.println("Median refusal in microseconds over " + REFUSALS + " tries: " + medians);
        long slowest = Collections.max(medians.values());
        long fastest = Collections.min(medians.values());
        assertThat((double) slowest / fastest).as("slowest / fastest median refusal, " + medians).isLessThanOrEqualTo(1.5);
    }

    /** One wrong password, with no failures counted before, so the throttle lets it through to the hash. */
    private long refusalMicros(String email) {
        fixtures.freshStart();
        var visitor = new HttpVisitor(port);
        String token = visitor.csrfTokenOfTheLogInPage();
        long start = System.nanoTime();
        var response = visitor.postForm("/login", Map.of("username", email, "password", "not the right password",
                "_csrf", token));
        long micros = (System.nanoTime() - start) / 1_000;
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?error"));
        return micros;
    }

    private static long median(List<Long> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
