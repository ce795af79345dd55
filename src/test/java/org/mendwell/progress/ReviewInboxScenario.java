package org.mendwell.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.client.ClientService;
import org.mendwell.homework.ReviewService;
import org.mendwell.support.CaseloadFixtures;
import org.mendwell.support.MutableClock;
import org.mendwell.support.SignIn;
import org.mendwell.support.StatementCounter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Run on H2 ({@link ReviewInboxTest}) and MariaDB ({@link ReviewInboxMariaDbTest}): the union, its
 * order and its limit are proven on both. The review inbox against a small caseload with known times: Ada's two unreviewed check-ins (3 and
 * 1 days ago) and a reviewed one, Ben's intake submitted 2 days ago, Cara's intake still in progress,
 * and another clinician's client with an unreviewed check-in of 5 days ago.
 */
@Transactional
// The clock and the statement counter, through the progress fixtures' configuration: one application with them.
@Import(ProgressFixtures.Config.class)
abstract class ReviewInboxScenario {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    SignIn signIn;

    @Autowired
    ReviewInboxService inbox;

    @Autowired
    ClientService clients;

    @Autowired
    ReviewService reviews;

    UUID ada;
    UUID ben;
    UUID adaOlder;
    UUID adaNewer;

    @BeforeEach
    void aCaseloadWithThingsToReview() {
        clock.pin(CaseloadFixtures.NOW);
        var fixtures = new CaseloadFixtures(jdbc);
        UUID clinician = fixtures.clinician("Dr Inbox", "dr.inbox@mendwell.example");
        ada = fixtures.client(clinician, "Ada Inbox", "ACTIVE");
        ben = fixtures.client(clinician, "Ben Inbox", "INTAKE_SUBMITTED");
        UUID cara = fixtures.client(clinician, "Cara Inbox", "INTAKE_IN_PROGRESS");
        UUID checkIn = fixtures.assignment(ada, clinician, "ACTIVE");
        adaOlder = fixtures.submitted(checkIn, ada, clinician, fixtures.ago(days(3)), fixtures.ago(days(3)), null, 5);
        adaNewer = fixtures.submitted(checkIn, ada, clinician, fixtures.ago(days(1)), fixtures.ago(days(1)), null, 6);
        fixtures.submitted(
                checkIn, ada, clinician, fixtures.ago(days(4)), fixtures.ago(days(4)), fixtures.ago(days(2)), 7);
        intake(ben, fixtures.ago(days(2)));
        intake(cara, null);

        UUID otherClinician = fixtures.clinician("Dr Elsewhere", "dr.elsewhere@mendwell.example");
        UUID dora = fixtures.client(otherClinician, "Dora Elsewhere", "ACTIVE");
        UUID doraCheckIn = fixtures.assignment(dora, otherClinician, "ACTIVE");
        fixtures.submitted(doraCheckIn, dora, otherClinician, fixtures.ago(days(5)), fixtures.ago(days(5)), null, 4);

        signIn.as("dr.inbox@mendwell.example");
    }

    @Test
    void the_inbox_lists_unreviewed_submissions_and_submitted_intakes_of_the_clinicians_own_caseload_oldest_first() {
        var items = inbox.page(PageRequest.of(0, 20));

        assertThat(items)
                .extracting(ReviewItem::kind, ReviewItem::id, ReviewItem::clientName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ReviewItem.Kind.SUBMISSION, adaOlder, "Ada Inbox"),
                        org.assertj.core.groups.Tuple.tuple(ReviewItem.Kind.INTAKE, ben, "Ben Inbox"),
                        org.assertj.core.groups.Tuple.tuple(ReviewItem.Kind.SUBMISSION, adaNewer, "Ada Inbox"));
        assertThat(items.getFirst().title()).isEqualTo("Daily check-in");
        assertThat(items.getFirst().submittedAt()).isEqualTo(CaseloadFixtures.NOW.minus(days(3)));
    }

    @Test
    void the_inbox_counts_what_the_caseload_summary_counts() {
        assertThat(inbox.count()).isEqualTo(3).isEqualTo(clients.intakesAwaitingReview() + reviews.unreviewedTotal());
    }

    @Test
    void items_with_a_risk_or_safety_answer_come_first_and_those_with_a_new_reply_from_the_client_are_marked() {
        jdbc.sql("update submission set risk_alert = true where id = :id")
                .param("id", adaNewer.toString())
                .update();
        jdbc.sql("update client set safety_flag = true where id = :id")
                .param("id", ben.toString())
                .update();
        // Older: feedback, then Ada's reply (it reopened the review). Newer: Ada replied, then the clinician
        // wrote again; the reply is no longer new.
        comment(adaOlder, true, days(2));
        comment(adaOlder, false, days(1));
        comment(adaNewer, false, days(1));
        comment(adaNewer, true, Duration.ofHours(2));

        var items = inbox.page(PageRequest.of(0, 20));

        assertThat(items)
                .extracting(ReviewItem::id, ReviewItem::riskAnswer, ReviewItem::clientReplied)
                .as("risk and safety answers first, however new; within each, oldest first")
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ben, true, false),
                        org.assertj.core.groups.Tuple.tuple(adaNewer, true, false),
                        org.assertj.core.groups.Tuple.tuple(adaOlder, false, true));
    }

    @Test
    void a_page_is_one_statement_cut_in_the_database() {
        StatementCounter.reset();

        var second = inbox.page(PageRequest.of(1, 2));

        assertThat(second).extracting(ReviewItem::id).containsExactly(adaNewer);
        assertThat(StatementCounter.sentForTheData()).singleElement().asString().contains("limit");
    }

    private void intake(UUID client, java.time.Instant submittedAt) {
        jdbc.sql("insert into intake (client_id, submitted_at, updated_at, version) values (:id, :submitted, :at, 0)")
                .param("id", client.toString())
                .param(
                        "submitted",
                        submittedAt == null ? null : LocalDateTime.ofInstant(submittedAt, ZoneOffset.UTC),
                        java.sql.Types.TIMESTAMP)
                .param("at", LocalDateTime.ofInstant(CaseloadFixtures.NOW, ZoneOffset.UTC))
                .update();
    }

    private void comment(UUID submission, boolean fromClinician, Duration ago) {
        UUID author = jdbc.sql("select "
                        + (fromClinician
                                ? "clinician_id"
                                : "(select account_id from client c" + " where c.id = s.client_id)")
                        + " from submission s where s.id = :id")
                .param("id", submission.toString())
                .query(String.class)
                .optional()
                .map(UUID::fromString)
                .orElseThrow();
        jdbc.sql("""
                        insert into submission_comment (id, submission_id, author_id, from_clinician, body, created_at)
                        values (:id, :submission, :author, :fromClinician, 'A few words', :at)
                        """)
                .param("id", UUID.randomUUID().toString())
                .param("submission", submission.toString())
                .param("author", author.toString())
                .param("fromClinician", fromClinician)
                .param("at", LocalDateTime.ofInstant(CaseloadFixtures.NOW.minus(ago), ZoneOffset.UTC))
                .update();
    }

    private static Duration days(long days) {
        return Duration.ofDays(days);
    }
}
