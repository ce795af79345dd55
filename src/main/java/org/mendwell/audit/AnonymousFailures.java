package org.mendwell.audit;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import org.jspecify.annotations.Nullable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What people who are not signed in get refused or fail to find (an unknown or used-up link, a refused
 * public form), counted here and written to the trail as one summary entry per operation and interval:
 * "InvitationService.open|150|3|60" (a {@link RefusalSummary}, worded when shown). One chained entry each would let anyone append to
 * the trail at will, each append taking the practice-wide chain-head lock. A signed-in person's refusals
 * stay one entry each: they have a name to put on them.
 *
 * <p>Counts live in this instance's memory until the next summary; a crash loses at most one interval's
 * counts (one minute by default). The addresses kept per operation are capped, so a flood from many
 * addresses costs bounded memory; beyond the cap they are still counted.
 */
@Component
class AnonymousFailures {

    static final int MAX_ADDRESSES = 1_000;

    private final AuditTrail trail;
    private final TransactionTemplate separate;
    private final Clock clock;
    private Map<String, Tally> tallies = new HashMap<>();
    private Instant since;

    AnonymousFailures(AuditTrail trail, PlatformTransactionManager transactions, Clock clock) {
        this.trail = trail;
        this.separate = new TransactionTemplate(transactions);
        separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.since = clock.instant();
    }

    /** Counts one failure; nothing is written to the trail until the next summary. */
    synchronized void count(String operation, @Nullable String address) {
        tallies.computeIfAbsent(operation, o -> new Tally()).add(address == null ? "unknown" : address);
    }

    /**
     * Writes one entry per operation that failed since the last summary, in a transaction of its own, and
     * starts counting afresh. Every instance summarises its own counts, so no scheduler lock is needed.
     *
     * @return the entries written
     */
    @Scheduled(
            fixedDelayString = "${mendwell.audit.anonymous-summary-every:PT1M}",
            initialDelayString = "${mendwell.audit.anonymous-summary-every:PT1M}")
    public List<AuditEntry> summarise() {
        Map<String, Tally> counted;
        Instant from;
        synchronized (this) {
            if (tallies.isEmpty()) {
                since = clock.instant();
                return List.of();
            }
            counted = tallies;
            from = since;
            tallies = new HashMap<>();
            since = clock.instant();
        }
        long seconds = Math.max(1, Duration.between(from, clock.instant()).toSeconds());
        return separate.execute(status -> counted.entrySet().stream()
                .sorted(Entry.comparingByKey())
                .map(entry -> trail.append(
                        new AuditTrail.Actor(null, null, null, entry.getValue().busiest()),
                        AuditAction.REFUSED_SUMMARY,
                        entry.getValue().describe(entry.getKey(), seconds),
                        null,
                        null,
                        null))
                .toList());
    }

    /** What was counted when the instance stops is written too (graceful shutdown; a crash loses it). */
    @PreDestroy
    void summariseOnShutdown() {
        summarise();
    }

    private static final class Tally {
        private long times;
        private long uncounted;
        private final Map<String, Long> byAddress = new HashMap<>();

        void add(String address) {
            times++;
            if (byAddress.containsKey(address) || byAddress.size() < MAX_ADDRESSES) {
                byAddress.merge(address, 1L, Long::sum);
            } else {
                uncounted++;
            }
        }

        /** The address with the most failures, for the entry's address column. */
        @Nullable
        String busiest() {
            return byAddress.entrySet().stream()
                    .max(Entry.comparingByValue())
                    .map(Entry::getKey)
                    .orElse(null);
        }

        String describe(String operation, long seconds) {
            boolean more = uncounted > 0;
            return new RefusalSummary(operation, times, more ? MAX_ADDRESSES : byAddress.size(), more, seconds)
                    .stored();
        }
    }
}
