package org.mendwell.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mendwell.account.AccountService;
import org.mendwell.audit.AuditAction;
import org.mendwell.audit.AuditEntry;
import org.mendwell.audit.AuditFilter;
import org.mendwell.audit.AuditService;
import org.mendwell.client.domain.ClientRepository;
import org.mendwell.homework.Answer;
import org.mendwell.homework.AssignExercise;
import org.mendwell.homework.AssignmentService;
import org.mendwell.homework.CompletionService;
import org.mendwell.homework.ExerciseForm;
import org.mendwell.homework.ExerciseSchedule;
import org.mendwell.homework.ReviewService;
import org.mendwell.homework.domain.ExerciseTemplateRepository;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.MutableClock;
import org.mendwell.support.SignIn;
import org.mendwell.support.TestMailServer;
import org.mendwell.support.WithTestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A clinician leaves: the administrator hands each client in care to a colleague before the account is
 * deactivated, and a client whose clinician is not there is never promised one. Changes commit (mail goes
 * out after the commit); run on H2 ({@code HandoverTest}) and MariaDB ({@code HandoverMariaDbTest}).
 */
@WithTestMailServer
abstract class HandoverScenario {

    @Autowired
    MutableClock clock;

    @Autowired
    TestMailServer mail;

    @Autowired
    ClientIds clientIds;

    @Autowired
    HandoverService handovers;

    @Autowired
    AccountService accounts;

    @Autowired
    ClientService clients;

    @Autowired
    MyRecordService ownRecord;

    @Autowired
    ReviewService reviews;

    @Autowired
    AssignmentService assignments;

    @Autowired
    CompletionService completion;

    @Autowired
    AuditService audit;

    @Autowired
    ClientRepository clientRecords;

    @Autowired
    ExerciseTemplateRepository templates;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SignIn signIn;

    private UUID accountOf(String email) {
        signIn.as(Demo.ADMIN);
        return accounts.findByEmail(email).orElseThrow().id();
    }

    @Test
    void a_clinician_is_deactivated_only_once_each_client_in_care_has_a_colleague() {
        UUID leaving = accountOf(Demo.CLINICIAN_2);
        UUID staying = accountOf(Demo.CLINICIAN);
        accounts.setActive(leaving, true);

        assertThatThrownBy(() -> accounts.setActive(leaving, false)).isInstanceOf(InvalidInputException.class);
        List<ClientInCare> inCare = handovers.clientsInCare(leaving);
        assertThat(inCare).extracting(ClientInCare::fullName).contains("Casey Marlowe");
        UUID aClientsAccount =
                clientRecords.findByEmail(Demo.CLIENT).orElseThrow().getAccountId();
        assertThatThrownBy(() -> handovers.handOver(inCare.getFirst().clientId(), aClientsAccount, "Leaving"))
                .as("only an active clinician takes a client over")
                .isInstanceOf(InvalidInputException.class);

        signIn.as(Demo.ADMIN);
        inCare.forEach(client -> handovers.handOver(client.clientId(), staying, "Leaving the practice"));
        accounts.setActive(leaving, false);

        assertThat(users.loadUserByUsername(Demo.CLINICIAN_2).isEnabled()).isFalse();
        UUID casey = clientIds.of(Demo.CLIENT_2);
        signIn.as(Demo.CLINICIAN);
        var history = clients.details(casey).history();
        assertThat(history.getLast().reason()).isEqualTo("Leaving the practice");
        assertThat(history.getLast().handover())
                .as("who from and who to, in columns (V38), worded by the page")
                .isNotNull()
                .satisfies(handover -> assertThat(handover.toName()).contains(accounts_displayName(staying)));
        assertThat(history.getLast().actor()).isEqualTo("Practice");
        signIn.as(Demo.ADMIN);
        assertThat(audit.entries(
                        new AuditFilter(Demo.ADMIN, casey, AuditAction.CHANGE, null, null), PageRequest.of(0, 10)))
                .extracting(AuditEntry::operation)
                .contains("HandoverService.handOver");
        assertThat(mail.bodiesTo(Demo.CLINICIAN_2, "deactivated your account"))
                .anySatisfy(body -> assertThat(body).contains("deactivated your account"));

        // Back as the demo practice had it, for the tests that share a MariaDB database after this one.
        accounts.setActive(leaving, true);
        inCare.forEach(client -> handovers.handOver(client.clientId(), leaving, "Back after the test"));
    }

    private String accounts_displayName(UUID accountId) {
        signIn.as(Demo.ADMIN);
        return accounts.clinicians(PageRequest.of(0, 50)).stream()
                .filter(a -> a.id().equals(accountId))
                .findFirst()
                .orElseThrow()
                .displayName();
    }

    @Test
    void a_couple_moves_together_and_their_exercises_and_submissions_follow_them() {
        UUID to = accountOf(Demo.CLINICIAN_2);
        accounts.setActive(to, true);
        UUID robin = clientIds.of(Demo.CLIENT);
        UUID jonas = clientIds.of(Demo.JONAS);
        signIn.as(Demo.CLINICIAN);
        int given = assignments.assignmentsOf(robin).size();
        int submitted = reviews.submissionsOf(robin).size();

        signIn.as(Demo.ADMIN);
        handovers.handOver(robin, to, "A lighter caseload");

        signIn.as(Demo.CLINICIAN);
        assertThatThrownBy(() -> clients.details(robin)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> clients.details(jonas)).isInstanceOf(RecordNotFoundException.class);
        signIn.as(Demo.CLINICIAN_2);
        assertThat(clients.details(jonas).partnerName())
                .isEqualTo(clients.details(robin).fullName());
        assertThat(assignments.assignmentsOf(robin)).hasSize(given);
        assertThat(reviews.submissionsOf(robin)).hasSize(submitted);
        assertThat(jdbc.queryForObject(
                        "select count(*) from assignment where client_id in (?, ?) and clinician_id <> ?",
                        Long.class,
                        robin.toString(),
                        jonas.toString(),
                        to.toString()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from submission where client_id in (?, ?) and clinician_id <> ?",
                        Long.class,
                        robin.toString(),
                        jonas.toString(),
                        to.toString()))
                .isZero();

        signIn.as(Demo.ADMIN);
        handovers.handOver(robin, accountOf(Demo.CLINICIAN), "Back after the test");
    }

    @Test
    void a_client_whose_clinician_is_not_active_is_told_whom_to_contact_and_a_risk_answer_reaches_the_administrator() {
        signIn.as(Demo.CLINICIAN);
        UUID hana = clientIds.of(Demo.HANA);
        LocalDate today = clock.setToNoonIn(ZoneId.of("Europe/London"));
        UUID given = assignments
                .assign(new AssignExercise(
                        hana,
                        templates.findByKey("phq-9").orElseThrow().getId(),
                        null,
                        ExerciseSchedule.once(today, LocalTime.of(23, 59)),
                        false,
                        null))
                .getFirst()
                .assignmentId();
        // An account deactivated before deactivation asked for a handover: the data such a practice holds today.
        jdbc.update("update account set active = false where email = ?", Demo.CLINICIAN);
        try {
            signIn.as(Demo.HANA);
            assertThat(ownRecord.myProfile().withoutClinician())
                    .contains("contact the practice's administrator")
                    .contains(Demo.ADMIN);
            var mine = assignments.myExercises();
            UUID phq9 = mine.today().stream()
                    .filter(e -> e.assignmentId().equals(given))
                    .findFirst()
                    .orElseThrow()
                    .occurrenceId();
            var answers = new HashMap<Integer, Answer>();
            for (int item = 0; item < 9; item++) {
                answers.put(item, Answer.text(item == 8 ? "Several days" : "Not at all"));
            }
            answers.put(9, Answer.text("Not difficult at all"));

            ExerciseForm form = completion.submit(phq9, answers);

            assertThat(form.score().riskAlert()).isTrue();
            assertThat(form.clinicianActive()).isFalse();
            assertThat(mail.bodiesTo(Demo.ADMIN, "needs a clinician's attention"))
                    .anySatisfy(body -> assertThat(body)
                            .contains("needs a clinician's attention")
                            .doesNotContain("Hana", "Morikawa"));
        } finally {
            jdbc.update("update account set active = true where email = ?", Demo.CLINICIAN);
        }
        signIn.as(Demo.HANA);
        assertThat(ownRecord.myProfile().withoutClinician()).isNull();
    }
}
