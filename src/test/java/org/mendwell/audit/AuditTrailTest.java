package org.mendwell.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mendwell.client.ClientService;
import org.mendwell.client.ClientStatus;
import org.mendwell.homework.AssignmentService;
import org.mendwell.homework.ReviewService;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.shared.i18n.Messages;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.Phq9Answers;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.TestSecurityContextHolder;

/**
 * What the audit trail records when people use the services: reads, changes and refusals, with who,
 * which record and whose, written once per call. Not transactional: entries must really commit.
 */
@MendwellTest
@ChangesDemoPractice
class AuditTrailTest {

    @Autowired
    SignIn signIn;

    @Autowired
    ClientIds clientIds;

    @Autowired
    ClientService clients;

    @Autowired
    AssignmentService assignments;

    @Autowired
    AuditService audit;

    @Autowired
    org.mendwell.progress.ClientProgressService progress;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.mendwell.support.ExerciseFixtures exercises;

    @Autowired
    org.mendwell.homework.CompletionService completion;

    @Autowired
    ReviewService review;

    @AfterEach
    void signOut() {
        TestSecurityContextHolder.clearContext();
    }

    /** The entries written since the given sequence number, oldest first, read straight from the table. */
    private List<AuditEntry> since(long seq) {
        signIn.as(Demo.ADMIN);
        return audit.entries(AuditFilter.NONE, PageRequest.of(0, 1000)).stream()
                .filter(e -> e.seq() > seq && !e.operation().startsWith("AuditService"))
                .sorted(java.util.Comparator.comparingLong(AuditEntry::seq))
                .toList();
    }

    private long last() {
        return jdbc.sql("SELECT last_seq FROM audit_chain_head WHERE id = 1")
                .query(Long.class)
                .single();
    }

    @Test
    void a_clinician_reading_a_client_record_is_recorded_once_with_who_what_and_whose() {
        long before = last();
        signIn.as(Demo.CLINICIAN);
        UUID robin = clientIds.of(Demo.CLIENT);
        clients.details(robin);

        var entries = since(before);
        assertThat(entries).hasSize(1);
        var read = entries.getFirst();
        assertThat(read.action()).isEqualTo(AuditAction.READ);
        assertThat(read.operation()).isEqualTo("ClientService.details");
        assertThat(read.actorEmail()).isEqualTo(Demo.CLINICIAN);
        assertThat(read.actorRole()).isEqualTo("CLINICIAN");
        assertThat(read.recordType()).isEqualTo("CLIENT");
        assertThat(read.recordId()).isEqualTo(robin);
        assertThat(read.clientId()).isEqualTo(robin);
    }

    @Test
    void a_client_reading_their_own_exercises_is_recorded_against_their_own_record() {
        long before = last();
        signIn.as(Demo.CLIENT);
        assignments.myExercises();

        var entries = since(before);
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.READ);
            assertThat(e.actorRole()).isEqualTo("CLIENT");
            assertThat(e.clientId()).isEqualTo(clientIds.of(Demo.CLIENT));
        });
    }

    @Test
    void a_change_is_recorded_with_the_client_it_changed() {
        UUID hana = clientIds.of(Demo.HANA);
        signIn.as(Demo.CLINICIAN);
        long version = clients.details(hana).version();
        long before = last();
        clients.discharge(hana, version);

        assertThat(since(before)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.CHANGE);
            assertThat(e.operation()).isEqualTo("ClientService.discharge");
            assertThat(e.clientId()).isEqualTo(hana);
        });
    }

    @Test
    void a_change_whose_audit_entry_cannot_be_written_does_not_happen() {
        UUID samuel = clientIds.of(Demo.SAMUEL);
        signIn.as(Demo.CLINICIAN);
        var opened = clients.details(samuel);
        assertThat(opened.status()).isEqualTo(ClientStatus.ACTIVE);
        // Without its chain head the trail cannot take an entry; the change must fail with it.
        jdbc.sql("DELETE FROM audit_chain_head").update();
        try {
            assertThatThrownBy(() -> clients.discharge(samuel, opened.version()))
                    .isInstanceOf(RuntimeException.class);
        } finally {
            jdbc.sql("INSERT INTO audit_chain_head (id, last_seq, last_hash) SELECT 1, MAX(seq), "
                            + "(SELECT e.hash FROM audit_event e WHERE e.seq = (SELECT MAX(seq) FROM audit_event)) "
                            + "FROM audit_event")
                    .update();
        }
        assertThat(clients.details(samuel).status()).isEqualTo(ClientStatus.ACTIVE);
    }

    @Test
    void another_clinicians_client_is_refused_and_the_refusal_names_the_client_it_was_aimed_at() {
        UUID robin = clientIds.of(Demo.CLIENT);
        long before = last();
        signIn.as(Demo.CLINICIAN_2);
        assertThatThrownBy(() -> clients.details(robin)).isInstanceOf(RecordNotFoundException.class);

        assertThat(since(before)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.REFUSED);
            assertThat(e.actorEmail()).isEqualTo(Demo.CLINICIAN_2);
            assertThat(e.clientId()).isEqualTo(robin);
        });
    }

    @Test
    void an_empty_risk_alert_sign_off_note_is_a_message_for_the_form_not_a_refusal_in_the_trail() {
        UUID hana = clientIds.of(Demo.HANA);
        UUID phq9 = exercises.giveToday(Demo.HANA, "phq-9");
        completion.submit(phq9, Phq9Answers.selfHarmOnSeveralDays());
        signIn.as(Demo.CLINICIAN);
        UUID alert = review.openRiskAlerts(hana).getFirst().submissionId();
        long before = last();

        assertThatThrownBy(() -> review.signOffRiskAlert(alert, "  "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsEntry("note", Messages.ofPage(ReviewService.SIGN_OFF_NOTE_MISSING)));
        assertThat(since(before)).extracting(AuditEntry::action).doesNotContain(AuditAction.REFUSED);

        // Signed off for real, so that no other test meets an open alert on Hana.
        signIn.as(Demo.CLINICIAN);
        review.signOffRiskAlert(alert, "Phoned Hana; she is safe and has her plan.");
    }

    @Test
    void the_wrong_role_is_refused_and_recorded() {
        long before = last();
        signIn.as(Demo.CLIENT);
        assertThatThrownBy(() -> clients.details(clientIds.of(Demo.HANA))).isInstanceOf(AccessDeniedException.class);

        assertThat(since(before)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.REFUSED);
            assertThat(e.actorRole()).isEqualTo("CLIENT");
        });
    }

    @Test
    void only_an_administrator_reads_the_trail() {
        for (String someone : new String[] {Demo.CLINICIAN, Demo.CLIENT}) {
            signIn.as(someone);
            assertThatThrownBy(() -> audit.entries(AuditFilter.NONE, PageRequest.of(0, 10)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.verify()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> audit.exportCsv(AuditFilter.NONE, new java.io.StringWriter()))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void the_trail_is_filtered_by_client_user_and_action_in_the_database() {
        UUID robin = clientIds.of(Demo.CLIENT);
        signIn.as(Demo.CLINICIAN);
        clients.details(robin);
        signIn.as(Demo.CLINICIAN_2);
        assertThatThrownBy(() -> clients.details(robin)).isInstanceOf(RecordNotFoundException.class);

        signIn.as(Demo.ADMIN);
        var aboutRobin = audit.entries(new AuditFilter("", robin, null, null, null), PageRequest.of(0, 100));
        assertThat(aboutRobin)
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.clientId()).isEqualTo(robin));
        var refusedToSecond = audit.entries(
                new AuditFilter("clinician2@", robin, AuditAction.REFUSED, null, null), PageRequest.of(0, 100));
        assertThat(refusedToSecond).isNotEmpty().allSatisfy(e -> {
            assertThat(e.actorEmail()).isEqualTo(Demo.CLINICIAN_2);
            assertThat(e.action()).isEqualTo(AuditAction.REFUSED);
        });
        assertThat(audit.entries(new AuditFilter("nobody-by-this-name", null, null, null, null), PageRequest.of(0, 10)))
                .isEmpty();
    }

    @Test
    void an_export_is_recorded_once_and_a_refused_one_only_as_refused() throws Exception {
        UUID robin = clientIds.of(Demo.CLIENT);
        long before = last();
        signIn.as(Demo.CLINICIAN);
        progress.exportCsv(robin, new java.io.StringWriter());
        signIn.as(Demo.CLINICIAN_2);
        assertThatThrownBy(() -> progress.exportCsv(robin, new java.io.StringWriter()))
                .isInstanceOf(RecordNotFoundException.class);

        assertThat(since(before))
                .extracting(AuditEntry::action, AuditEntry::actorEmail, AuditEntry::clientId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AuditAction.READ, Demo.CLINICIAN, robin),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.REFUSED, Demo.CLINICIAN_2, robin));
    }
}
