package org.mendwell.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.client.ClientService;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.TestSecurityContextHolder;

/**
 * The verifier finds each kind of tampering: an entry changed, an entry changed by someone who also
 * recomputed its hash, an entry removed from the middle, and the newest entries removed. Each test
 * puts the rows back afterwards and checks that the chain is whole again.
 */
@MendwellTest
class AuditChainTest {

    @Autowired
    SignIn signIn;

    @Autowired
    ClientService clients;

    @Autowired
    AuditService audit;

    @Autowired
    AuditTrail trail;

    @Autowired
    ClientIds clientIds;

    @Autowired
    JdbcClient jdbc;

    private List<AuditEntry> written;

    /** A few real entries: a clinician opens three client records. */
    @BeforeEach
    void writeSomeEntries() {
        signIn.as(Demo.CLINICIAN);
        for (String email : new String[] {Demo.CLIENT, Demo.HANA, Demo.SAMUEL}) {
            UUID id = clientIds.of(email);
            clients.details(id);
        }
        long last = (Long) trail.head()[0];
        written = trail.search(AuditFilter.NONE, 0, 3, true).reversed();
        assertThat(written).extracting(AuditEntry::seq).containsExactly(last - 2, last - 1, last);
        signIn.as(Demo.ADMIN);
    }

    @AfterEach
    void chainIsWholeAgain() {
        signIn.as(Demo.ADMIN);
        var check = audit.verify();
        assertThat(check.intact())
                .as("after putting the rows back: " + check.finding())
                .isTrue();
        TestSecurityContextHolder.clearContext();
    }

    private void putBack(AuditEntry e) {
        jdbc.sql("DELETE FROM audit_event WHERE seq = ?").param(e.seq()).update();
        jdbc.sql("INSERT INTO audit_event (seq, occurred_at, actor_id, actor_email, actor_role, action, operation, "
                        + "record_type, record_id, client_id, remote_address, previous_hash, hash) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        e.seq(),
                        LocalDateTime.ofInstant(e.occurredAt(), ZoneOffset.UTC),
                        text(e.actorId()),
                        e.actorEmail(),
                        e.actorRole(),
                        e.action().name(),
                        e.operation(),
                        e.recordType(),
                        text(e.recordId()),
                        text(e.clientId()),
                        e.remoteAddress(),
                        e.previousHash(),
                        e.hash())
                .update();
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    @Test
    void an_untouched_trail_is_intact() {
        var check = audit.verify();
        assertThat(check.intact()).as(check.finding()).isTrue();
        assertThat(check.entriesChecked())
                .isGreaterThanOrEqualTo(written.getLast().seq());
    }

    @Test
    void a_changed_entry_is_found() {
        var middle = written.get(1);
        jdbc.sql("UPDATE audit_event SET actor_email = 'someone.else@mendwell.example' WHERE seq = ?")
                .param(middle.seq())
                .update();
        try {
            var check = audit.verify();
            assertThat(check.intact()).isFalse();
            assertThat(check.brokenAt()).isEqualTo(middle.seq());
            assertThat(check.finding()).contains("changed after it was written");
        } finally {
            putBack(middle);
        }
    }

    @Test
    void an_entry_changed_with_its_hash_recomputed_breaks_the_link_from_the_next_one() {
        var middle = written.get(1);
        var forged = new AuditEntry(
                middle.seq(),
                middle.occurredAt(),
                middle.actorId(),
                "someone.else@mendwell.example",
                middle.actorRole(),
                middle.action(),
                middle.operation(),
                middle.recordType(),
                middle.recordId(),
                middle.clientId(),
                middle.remoteAddress(),
                middle.previousHash(),
                "");
        jdbc.sql("UPDATE audit_event SET actor_email = ?, hash = ? WHERE seq = ?")
                .params(forged.actorEmail(), ChainHash.of(forged), middle.seq())
                .update();
        try {
            var check = audit.verify();
            assertThat(check.intact()).isFalse();
            assertThat(check.brokenAt()).isEqualTo(written.getLast().seq());
            assertThat(check.finding()).contains("does not follow");
        } finally {
            putBack(middle);
        }
    }

    @Test
    void an_entry_removed_from_the_middle_is_found() {
        var middle = written.get(1);
        jdbc.sql("DELETE FROM audit_event WHERE seq = ?").param(middle.seq()).update();
        try {
            var check = audit.verify();
            assertThat(check.intact()).isFalse();
            assertThat(check.brokenAt()).isEqualTo(middle.seq());
            assertThat(check.finding()).contains("missing");
        } finally {
            putBack(middle);
        }
    }

    @Test
    void the_newest_entries_removed_are_found() {
        // Check first, so that no entry of the verifier's own follows the ones removed.
        Objects.requireNonNull(audit.verify());
        var newest = trail.search(AuditFilter.NONE, 0, 2, true);
        for (var entry : newest) {
            jdbc.sql("DELETE FROM audit_event WHERE seq = ?").param(entry.seq()).update();
        }
        try {
            var check = audit.verify();
            assertThat(check.intact()).isFalse();
            assertThat(check.finding()).contains("removed");
        } finally {
            newest.forEach(this::putBack);
        }
    }
}
