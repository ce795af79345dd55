package org.mendwell.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mendwell.account.AccountService;
import org.mendwell.account.NewStaffAccount;
import org.mendwell.account.PasswordResetService;
import org.mendwell.homework.Answer;
import org.mendwell.homework.AssignExercise;
import org.mendwell.homework.AssignmentService;
import org.mendwell.homework.Comment;
import org.mendwell.homework.CompletionService;
import org.mendwell.homework.ExerciseSchedule;
import org.mendwell.homework.ReviewService;
import org.mendwell.homework.domain.ExerciseTemplateRepository;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.i18n.Messages;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.HttpVisitor;
import org.mendwell.support.MendwellWebTest;
import org.mendwell.support.MutableClock;
import org.mendwell.support.SignIn;
import org.mendwell.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.TestSecurityContextHolder;

/**
 * Security round 2, finding 1: an administrator opens a clinician account at an address they control and
 * moves a client to it to read the client's safety screen. It must be neither quick nor silent: the new
 * account must have been signed in to, a client of a clinician who stays needs a written reason, and both
 * clinicians and the client are told. Real SMTP, real HTTP sign-in; changes commit.
 */
@MendwellWebTest
@ChangesDemoPractice
class HandoverToANewAccountTest {

    @Autowired
    MutableClock clock;

    @Autowired
    TestMailServer mail;

    @LocalServerPort
    int port;

    @Autowired
    HandoverService handovers;

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordResetService resets;

    @Autowired
    ClientService clients;

    @Autowired
    MyRecordService ownRecord;

    @Autowired
    ClientIds clientIds;

    @Autowired
    ReviewService reviews;

    @Autowired
    CompletionService completion;

    @Autowired
    SignIn signIn;

    @Autowired
    AssignmentService assignments;

    @Autowired
    ExerciseTemplateRepository templates;

    @AfterEach
    void signOut() {
        TestSecurityContextHolder.clearContext();
    }

    @Test
    void a_client_goes_only_to_a_clinician_who_signed_in_with_a_reason_and_everyone_concerned_is_told()
            throws Exception {
        String newcomer = "quinn.avery@example.org";
        UUID robin = clientIds.of(Demo.CLIENT);
        signIn.as(Demo.ADMIN);
        UUID quinn = accounts.createClinician(new NewStaffAccount(newcomer, "Dr. Quinn Avery"))
                .id();
        String firstLink = mail.bodiesTo(newcomer, 1).getFirst();

        assertThatThrownBy(() -> handovers.handOver(robin, quinn, "A lighter caseload"))
                .as("nobody has signed in to the new account yet")
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.problems()).containsKey("clinician"));

        TestSecurityContextHolder.clearContext();
        resets.reset(TestMailServer.tokenAfter("reset-password/", firstLink), "kingfishers along the weir");
        assertThat(new HttpVisitor(port).signIn(newcomer, "kingfishers along the weir"))
                .doesNotContain("error");

        signIn.as(Demo.ADMIN);
        assertThatThrownBy(() -> handovers.handOver(robin, quinn, "  "))
                .as("Robin's clinician is still with the practice: the administrator must say why")
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.problems())
                                .containsEntry("reason", Messages.ofPage(HandoverService.REASON_NEEDED)));
        mail.bodiesTo(newcomer, 2); // waits for both messages so far: the first link, the notice of a new password
        int before = mail.receivedCount();

        handovers.handOver(robin, quinn, "Robin asked for evening sessions");
        try {
            // Robin and Jonas move together as a couple: one message to each clinician saying how many (naming
            // neither), and one to each client: four messages.
            assertThat(mail.bodiesTo(newcomer, 3))
                    .anySatisfy(body -> assertThat(body)
                            .contains("handed 2 clients of a colleague over to you", "Alex Morgan")
                            .doesNotContain("Robin", "Ashdown"));
            assertThat(mail.bodiesTo(Demo.JONAS, 1))
                    .anySatisfy(body -> assertThat(body).contains("Your clinician at Mendwell is now Dr. Quinn Avery"));
            assertThat(mail.bodiesTo(Demo.CLINICIAN, 1))
                    .anySatisfy(body -> assertThat(body)
                            .contains("handed 2 of your clients over to Dr. Quinn Avery")
                            .doesNotContain("Robin", "Ashdown"));
            assertThat(mail.bodiesTo(Demo.CLIENT, 1))
                    .anySatisfy(body -> assertThat(body)
                            .contains("Your clinician at Mendwell is now Dr. Quinn Avery")
                            .doesNotContain("evening", "PHQ"));
            assertThat(mail.receivedCount()).as("nobody else is told").isEqualTo(before + 4);

            signIn.as(newcomer);
            var handover = clients.details(robin).history().getLast();
            assertThat(handover.reason()).isEqualTo("Robin asked for evening sessions");
            assertThat(handover.handover()).isNotNull();
            assertThat(handover.handover().toName()).contains("Dr. Quinn Avery");

            // Real use: while the new clinician was locked, the client read "Dr. X sees it from now on" above
            // "Dr. X is not available": the unavailability is said alone until they are back.
            signIn.as(Demo.ADMIN);
            accounts.setLocked(quinn, true);
            signIn.as(Demo.CLIENT);
            assertThat(ownRecord.myProfile().withoutClinician()).startsWith("Dr. Quinn Avery is not available");
            assertThat(ownRecord.myProfile().clinicianChanged()).isNull();
            signIn.as(Demo.ADMIN);
            accounts.setLocked(quinn, false);

            signIn.as(Demo.CLIENT);
            assertThat(ownRecord.myProfile().withoutClinician()).isNull();
            assertThat(ownRecord.myProfile().clinicianChanged()).startsWith("Your clinician is now Dr. Quinn Avery.");
            ownRecord.clinicianChangeSeen();
            assertThat(ownRecord.myProfile().clinicianChanged())
                    .as("shown until Robin has read it")
                    .isNull();
        } finally {
            // Back as the demo practice had it (Dr. Avery is still active, so this needs a reason too).
            signIn.as(Demo.ADMIN);
            handovers.handOver(
                    robin, accounts.findByEmail(Demo.CLINICIAN).orElseThrow().id(), "Back after the test");
        }
    }

    @Test
    void after_a_handover_the_former_clinicians_feedback_still_carries_her_name_for_the_client_and_the_new_clinician() {
        UUID robin = clientIds.of(Demo.CLIENT);
        signIn.as(Demo.CLINICIAN);
        LocalDate today = clock.setToNoonIn(ZoneId.of("Europe/London"));
        UUID given = assignments
                .assign(new AssignExercise(
                        robin,
                        templates.findByKey("phq-9").orElseThrow().getId(),
                        null,
                        ExerciseSchedule.once(today, LocalTime.of(23, 59)),
                        false,
                        null))
                .getFirst()
                .assignmentId();
        signIn.as(Demo.CLIENT);
        UUID occurrence = assignments.myExercises().today().stream()
                .filter(e -> e.assignmentId().equals(given))
                .findFirst()
                .orElseThrow()
                .occurrenceId();
        var answers = new HashMap<Integer, Answer>();
        for (int item = 0; item < 9; item++) {
            answers.put(item, Answer.text("Not at all"));
        }
        answers.put(9, Answer.text("Not difficult at all"));
        completion.submit(occurrence, answers);
        signIn.as(Demo.CLINICIAN);
        UUID submission = reviews.submissionsOf(robin).stream()
                .filter(s -> s.occurrenceId().equals(occurrence))
                .findFirst()
                .orElseThrow()
                .submissionId();
        reviews.sendFeedback(submission, "Well noticed.");
        signIn.as(Demo.ADMIN);
        UUID castell = accounts.findByEmail(Demo.CLINICIAN).orElseThrow().id();
        handovers.handOver(
                robin, accounts.findByEmail(Demo.CLINICIAN_2).orElseThrow().id(), "A lighter caseload");
        try {
            signIn.as(Demo.CLIENT);
            assertThat(completion.myExercise(occurrence).comments())
                    .filteredOn(Comment::fromClinician)
                    .extracting(Comment::author)
                    .containsExactly("Dr. Mira Castell");
            signIn.as(Demo.CLINICIAN_2);
            assertThat(reviews.review(submission).comments())
                    .filteredOn(Comment::fromClinician)
                    .extracting(Comment::author)
                    .as("the new clinician does not read it as their own")
                    .containsExactly("Dr. Mira Castell");
        } finally {
            signIn.as(Demo.ADMIN);
            handovers.handOver(robin, castell, "Back after the test");
        }
    }
}
