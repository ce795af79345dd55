package org.mendwell.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mendwell.client.CaseloadFilter;
import org.mendwell.client.CaseloadRow;
import org.mendwell.client.ClientService;
import org.mendwell.client.ClientStatus;
import org.mendwell.client.MyRecordService;
import org.mendwell.client.domain.ClientRepository;
import org.mendwell.intake.IntakeChoices.SafetyAnswer;
import org.mendwell.intake.IntakeChoices.TrustBreach;
import org.mendwell.intake.IntakeChoices.WorkMode;
import org.mendwell.shared.DraftSave;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.IntakeFixtures;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@MendwellTest
@Transactional
class IntakeServiceTest {

    @Autowired
    SignIn signIn;

    @Autowired
    ClientIds clientIds;

    @Autowired
    IntakeService intakes;

    @Autowired
    ClientService clients;

    @Autowired
    MyRecordService ownRecord;

    @Autowired
    ClientRepository repository;

    @PersistenceContext
    EntityManager entityManager;

    /** Makes the next read come from the database rather than from what this transaction still holds. */
    private void flushAndForget() {
        entityManager.flush();
        entityManager.clear();
    }

    // ---- Drafts -------------------------------------------------------------------------------

    @Test
    @WithUserDetails(Demo.ELENA)
    void a_draft_keeps_whatever_the_client_typed_even_when_it_is_not_valid_yet() {
        var draft = new IntakeAnswers();
        draft.setPreferredName("Lena");
        draft.setPhone("abc");
        draft.setTimeZone("Not/AZone");
        draft.setTrustBreaches(EnumSet.of(TrustBreach.WITHDRAWAL, TrustBreach.FINANCIAL_SECRECY));
        draft.setSafetyPhysical(SafetyAnswer.PREFER_NOT_TO_SAY);
        draft.setSignatureName("Somebody Else");

        intakes.saveDraft(draft);
        flushAndForget();

        IntakeForm form = intakes.myIntake();
        assertThat(form.fullName()).isEqualTo("Elena Sorvino");
        assertThat(form.submitted()).isFalse();
        assertThat(form.lastSaved()).isNotNull();
        assertThat(form.answers()).usingRecursiveComparison().isEqualTo(draft);
        assertThat(form.answers().getPhone()).isEqualTo("abc");
        assertThat(form.answers().getGoal1()).isNull();
        assertThat(form.answers().getTrustBreaches())
                .containsExactlyInAnyOrder(TrustBreach.WITHDRAWAL, TrustBreach.FINANCIAL_SECRECY);
    }

    @Test
    @WithUserDetails(Demo.ELENA)
    void an_answer_a_draft_cannot_keep_stays_as_it_was_and_every_other_answer_is_saved() {
        IntakeAnswers stored = intakes.myIntake().answers();
        IntakeAnswers typed = stored.copy();
        typed.setDateOfBirth(LocalDate.now().plusYears(2));
        typed.setPronouns("they \uD800");
        typed.setPhone("+44 20 7946 0999");
        typed.setGoal3("Typed after the wrong year");

        DraftSave saved = intakes.saveDraft(typed);
        flushAndForget();

        assertThat(saved.notSaved())
                .containsOnlyKeys("dateOfBirth", "pronouns")
                .containsEntry("dateOfBirth", "A date of birth can't be in the future: check the year");
        IntakeAnswers reopened = intakes.myIntake().answers();
        assertThat(reopened.getPhone()).isEqualTo("+44 20 7946 0999");
        assertThat(reopened.getGoal3()).isEqualTo("Typed after the wrong year");
        assertThat(reopened.getDateOfBirth())
                .as("a date of birth in the future is refused")
                .isEqualTo(stored.getDateOfBirth());
        assertThat(reopened.getPronouns())
                .as("a broken character cannot be stored")
                .isEqualTo(stored.getPronouns());
    }

    @Test
    @WithUserDetails(Demo.ELENA)
    void an_answer_over_its_limit_is_kept_as_typed_in_the_draft_with_the_limit_message() {
        IntakeAnswers typed = intakes.myIntake().answers();
        String seventy = "My oldest friend from school, who lives two streets away from me now";
        typed.setEmergencyRelationship(seventy);
        typed.setPhone("+44 20 7946 0999");

        DraftSave saved = intakes.saveDraft(typed);
        flushAndForget();

        assertThat(saved.notSaved()).isEmpty();
        assertThat(saved.overLimit())
                .containsOnlyKeys("emergencyRelationship")
                .containsEntry("emergencyRelationship", "60 characters at most; you have " + seventy.length() + ".");
        IntakeAnswers reopened = intakes.myIntake().answers();
        assertThat(reopened.getEmergencyRelationship()).isEqualTo(seventy);
        assertThat(reopened.getPhone()).isEqualTo("+44 20 7946 0999");

        reopened.setEmergencyRelationship("Friend from school");
        assertThat(intakes.saveDraft(reopened).overLimit()).isEmpty();
        flushAndForget();
        assertThat(intakes.myIntake().answers().getEmergencyRelationship()).isEqualTo("Friend from school");
    }

    @Test
    @WithUserDetails(Demo.ELENA)
    void a_date_of_birth_more_than_120_years_ago_is_refused_and_one_119_years_ago_is_kept() {
        IntakeAnswers typed = intakes.myIntake().answers();
        typed.setDateOfBirth(LocalDate.now().minusYears(121));
        assertThat(intakes.saveDraft(typed).notSaved())
                .containsEntry("dateOfBirth", "That is more than 120 years ago: check the year");

        typed.setDateOfBirth(LocalDate.now().minusYears(119));
        assertThat(intakes.saveDraft(typed).complete()).isTrue();
        flushAndForget();
        assertThat(intakes.myIntake().answers().getDateOfBirth())
                .isEqualTo(LocalDate.now().minusYears(119));
    }

    @Test
    @WithUserDetails(Demo.ELENA)
    void names_are_saved_without_the_spaces_around_them_and_the_preferred_one_is_used_to_greet() {
        IntakeAnswers typed = intakes.myIntake().answers();
        typed.setPreferredName(" Lena  ");
        typed.setEmergencyName("Ruth Sorvino ");
        typed.setSignatureName("  Elena Sorvino");

        intakes.saveDraft(typed);
        flushAndForget();

        IntakeAnswers saved = intakes.myIntake().answers();
        assertThat(saved.getPreferredName()).isEqualTo("Lena");
        assertThat(saved.getEmergencyName()).isEqualTo("Ruth Sorvino");
        assertThat(saved.getSignatureName()).isEqualTo("Elena Sorvino");
        assertThat(intakes.myPreferredName()).contains("Lena");
    }

    /**
     * Exploration: a name with a right-to-left override (U+202E) reads as another name wherever it is shown.
     * Such a name is not kept and is refused next to its field; a right-to-left name with its marks is kept.
     */
    @Test
    @WithUserDetails(Demo.ELENA)
    void a_name_that_turns_text_around_is_not_kept_and_a_right_to_left_one_is() {
        IntakeAnswers stored = intakes.myIntake().answers();
        IntakeAnswers typed = stored.copy();
        typed.setPreferredName("Lena \u202Eonivros");
        typed.setEmergencyName("\u2067Ruth\u2069 Sorvino");
        typed.setPartnerName("נועה\u200F כהן");

        DraftSave saved = intakes.saveDraft(typed);
        flushAndForget();

        String refusal = "A name can only hold characters you can see. Remove hidden ones (such as a zero-width"
                + " space, or U+202E, which reverses the text) and type it again.";
        assertThat(saved.notSaved())
                .containsOnlyKeys("preferredName", "emergencyName")
                .containsEntry("preferredName", refusal)
                .containsEntry("emergencyName", refusal);
        IntakeAnswers reopened = intakes.myIntake().answers();
        assertThat(reopened.getPreferredName()).isEqualTo(stored.getPreferredName());
        assertThat(reopened.getEmergencyName()).isEqualTo(stored.getEmergencyName());
        assertThat(reopened.getPartnerName()).isEqualTo("נועה\u200F כהן");
    }

    /** Real use: "Ruth  Sorvino" was kept with both spaces and greeted the client that way. */
    @Test
    @WithUserDetails(Demo.ELENA)
    void names_typed_with_several_spaces_between_words_are_kept_with_one() {
        IntakeAnswers typed = intakes.myIntake().answers();
        typed.setPreferredName("Lena\t Marie");
        typed.setEmergencyName("Ruth  Sorvino");
        typed.setSignatureName("Elena   Sorvino");

        intakes.saveDraft(typed);
        flushAndForget();

        IntakeAnswers saved = intakes.myIntake().answers();
        assertThat(saved.getPreferredName()).isEqualTo("Lena Marie");
        assertThat(saved.getEmergencyName()).isEqualTo("Ruth Sorvino");
        assertThat(saved.getSignatureName()).isEqualTo("Elena Sorvino");
        assertThat(typed.getEmergencyName())
                .as("the form's own answers stay as typed")
                .isEqualTo("Ruth  Sorvino");
    }

    /**
     * Real use: the counter under a field and the "too long" message disagreed by the spaces at the ends. One
     * rule: a text counts without them, so 60 characters and a trailing space are within a 60-character limit.
     */
    @Test
    @WithUserDetails(Demo.ELENA)
    void spaces_at_either_end_of_an_answer_do_not_count_against_its_limit() {
        IntakeAnswers typed = intakes.myIntake().answers();
        String sixty = "x".repeat(60);
        typed.setEmergencyRelationship(" " + sixty + "  \n");
        typed.setGoal1("y".repeat(501) + "   ");

        DraftSave saved = intakes.saveDraft(typed);

        assertThat(saved.overLimit())
                .containsOnlyKeys("goal1")
                .containsEntry("goal1", "500 characters at most; you have 501.");
        flushAndForget();
        assertThat(intakes.myIntake().answers().getEmergencyRelationship()).isEqualTo(sixty);
    }

    /** Exploration: an intake was signed, and submitted, with a zero-width space as the name and the signature. */
    @Test
    @WithUserDetails(Demo.ELENA)
    void an_intake_cannot_be_signed_with_a_name_that_shows_as_nothing() {
        IntakeAnswers answers = IntakeFixtures.complete("Elena Sorvino");
        answers.setPreferredName("\u200B");
        answers.setSignatureName("\u200B");

        assertThatThrownBy(() -> intakes.submit(answers))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsKeys("preferredName", "signatureName"));
        assertThat(intakes.myIntake().submitted()).isFalse();
    }

    /** Real use: an empty phone number was answered with the format message, depending on the constraint order. */
    @Test
    @WithUserDetails(Demo.ELENA)
    void an_empty_phone_number_is_asked_for_not_told_its_format() {
        IntakeAnswers answers = IntakeFixtures.complete("Elena Sorvino");
        answers.setPhone("");
        answers.setEmergencyPhone("   ");

        assertThatThrownBy(() -> intakes.submit(answers)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.problems()).containsOnlyKeys("phone", "emergencyPhone");
            assertThat(e.problems().get("phone")).isEqualTo("Enter a phone number");
            assertThat(e.problems().get("emergencyPhone")).isEqualTo("Enter their phone number");
        });

        var draft = intakes.myIntake().answers();
        draft.setPhone("");
        assertThat(intakes.saveDraft(draft).notSaved())
                .as("an empty phone number is a draft like any other")
                .isEmpty();
    }

    @Test
    @WithUserDetails(Demo.ELENA)
    void a_submit_refused_for_an_answer_over_its_limit_keeps_it_and_every_other_answer() {
        IntakeAnswers typed = intakes.myIntake().answers();
        typed.setPronouns("x".repeat(41));
        typed.setPhone("+44 20 7946 0999");

        assertThatThrownBy(() -> intakes.submit(typed))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsEntry("pronouns", "40 characters at most; you have 41."));
        flushAndForget();

        IntakeAnswers reopened = intakes.myIntake().answers();
        assertThat(reopened.getPhone()).isEqualTo("+44 20 7946 0999");
        assertThat(reopened.getPronouns()).isEqualTo("x".repeat(41));
        assertThat(intakes.myIntake().submitted()).isFalse();
    }

    // ---- Submitting ---------------------------------------------------------------------------

    @Test
    @WithUserDetails(Demo.ELENA)
    void submitting_reports_each_missing_or_invalid_answer_against_its_field() {
        IntakeAnswers answers = IntakeFixtures.complete("Elena Sorvino");
        answers.setGoal1(null);
        answers.setPhone("abc");
        answers.setConsentTreatment(false);
        answers.setSignatureName("Elena Sorvina");
        answers.setTimeZone("Mars/Olympus_Mons");
        answers.setTrustBreaches(null);
        answers.setWorkMode(WorkMode.COUPLE);

        assertThatThrownBy(() -> intakes.submit(answers)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.problems())
                    .containsOnlyKeys(
                            "goal1",
                            "phone",
                            "consentTreatment",
                            "signatureName",
                            "timeZone",
                            "trustBreaches",
                            "partnerName");
            assertThat(e.problems().get("goal1")).isEqualTo("Write at least one goal, in your own words");
            assertThat(e.problems().get("phone")).contains("digits");
            assertThat(e.problems().get("signatureName")).contains("Elena Sorvino");
        });

        assertThat(ownRecord.myProfile().status()).isEqualTo(ClientStatus.INTAKE_IN_PROGRESS);
        assertThat(intakes.myIntake().submitted()).isFalse();
    }

    @Test
    @WithUserDetails(Demo.ELENA)
    void the_signature_matches_the_full_name_regardless_of_case_and_spacing() {
        IntakeAnswers answers = IntakeFixtures.complete("Elena Sorvino");
        answers.setSignatureName("  elena   SORVINO ");

        intakes.submit(answers);

        assertThat(ownRecord.myProfile().status()).isEqualTo(ClientStatus.INTAKE_SUBMITTED);
    }

    @Test
    @WithUserDetails(Demo.ELENA)
    void the_signature_may_have_accents_the_clinician_left_out_or_be_the_preferred_name() {
        IntakeAnswers answers = IntakeFixtures.complete("Elena Sorvino");
        answers.setPreferredName("Lena");
        answers.setSignatureName("Lena Smith");

        assertThatThrownBy(() -> intakes.submit(answers))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get("signatureName"))
                                .contains("Elena Sorvino")
                                .contains("Lena")
                                .contains("Capitals and accents"));

        answers.setSignatureName("Éléna Sorvino");
        intakes.submit(answers);

        assertThat(ownRecord.myProfile().status()).isEqualTo(ClientStatus.INTAKE_SUBMITTED);
    }

    @Test
    @WithUserDetails(Demo.ELENA)
    void the_preferred_name_with_the_family_name_signs_the_intake() {
        IntakeAnswers answers = IntakeFixtures.complete("Elena Sorvino");
        answers.setPreferredName("Lena");
        answers.setSignatureName("lena sorvino");

        intakes.submit(answers);

        assertThat(ownRecord.myProfile().status()).isEqualTo(ClientStatus.INTAKE_SUBMITTED);
    }

    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void a_complete_intake_is_submitted_read_only_and_only_then_visible_to_the_clinician() {
        UUID elena = clientIds.of(Demo.ELENA);
        assertThat(intakes.intakeOf(elena))
                .as("a draft is private to the client")
                .isEmpty();
        long awaiting = clients.intakesAwaitingReview();

        signIn.as(Demo.ELENA);
        IntakeAnswers answers = IntakeFixtures.complete("Elena Sorvino");
        intakes.submit(answers);
        flushAndForget();

        assertThat(ownRecord.myProfile().status()).isEqualTo(ClientStatus.INTAKE_SUBMITTED);
        IntakeForm form = intakes.myIntake();
        assertThat(form.submitted()).isTrue();
        assertThat(form.answers()).usingRecursiveComparison().isEqualTo(answers);
        IntakeAnswers change = IntakeFixtures.complete("Elena Sorvino");
        change.setGoal1("Something new");
        assertThatThrownBy(() -> intakes.saveDraft(change))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("intake"));
        assertThatThrownBy(() -> intakes.submit(change)).isInstanceOf(InvalidInputException.class);
        flushAndForget();
        assertThat(intakes.myIntake().answers().getGoal1()).isEqualTo("Notice when I assume the worst");

        signIn.as(Demo.CLINICIAN);
        IntakeReview review = intakes.intakeOf(elena).orElseThrow();
        assertThat(review.clientId()).isEqualTo(elena);
        assertThat(review.clientName()).isEqualTo("Elena Sorvino");
        assertThat(review.answers()).usingRecursiveComparison().isEqualTo(answers);
        assertThat(review.safetyConcern()).isFalse();
        assertThat(review.consentVersion()).isPositive();
        assertThat(review.submittedAt()).isNotNull();
        assertThat(clients.details(elena).status()).isEqualTo(ClientStatus.INTAKE_SUBMITTED);
        assertThat(clients.details(elena).safetyFlag()).isFalse();
        assertThat(clients.intakesAwaitingReview()).isEqualTo(awaiting + 1);
    }

    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void a_yes_to_a_safety_question_flags_the_client_for_the_clinician() {
        UUID nadia = clientIds.of(Demo.NADIA);
        var flagged = new CaseloadFilter("", null, true);
        assertThat(clients.details(nadia).safetyFlag()).isFalse();
        assertThat(clients.caseload(flagged, PageRequest.of(0, 50)).getContent())
                .extracting(CaseloadRow::fullName)
                .containsExactly("Priya Nandakumar");

        signIn.as(Demo.NADIA);
        IntakeAnswers answers = IntakeFixtures.complete("Nadia Brennagh");
        answers.setSafetyControl(SafetyAnswer.YES);
        intakes.submit(answers);
        flushAndForget();

        signIn.as(Demo.CLINICIAN);
        assertThat(clients.details(nadia).safetyFlag()).isTrue();
        assertThat(clients.caseload(flagged, PageRequest.of(0, 50)).getContent())
                .extracting(CaseloadRow::fullName)
                .containsExactlyInAnyOrder("Priya Nandakumar", "Nadia Brennagh");
        assertThat(intakes.intakeOf(nadia).orElseThrow().safetyConcern()).isTrue();
    }

    @Test
    @WithUserDetails(Demo.ELENA)
    void i_would_rather_not_say_is_a_real_answer_and_raises_no_flag() {
        IntakeAnswers answers = IntakeFixtures.complete("Elena Sorvino");
        answers.setSafetyAfraid(SafetyAnswer.PREFER_NOT_TO_SAY);
        answers.setSafetyPhysical(SafetyAnswer.PREFER_NOT_TO_SAY);
        answers.setSafetyEmotional(SafetyAnswer.PREFER_NOT_TO_SAY);
        answers.setSafetyControl(SafetyAnswer.PREFER_NOT_TO_SAY);

        intakes.submit(answers);

        flushAndForget();
        assertThat(repository.findByEmail(Demo.ELENA).orElseThrow().hasSafetyFlag())
                .isFalse();
        assertThat(ownRecord.myProfile().status()).isEqualTo(ClientStatus.INTAKE_SUBMITTED);
    }

    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void the_clinician_reads_a_submitted_intake_with_its_safety_concern() {
        IntakeReview priya = intakes.intakeOf(clientIds.of(Demo.PRIYA)).orElseThrow();
        assertThat(priya.clientName()).isEqualTo("Priya Nandakumar");
        assertThat(priya.safetyConcern()).isTrue();
        assertThat(priya.answers().getSafetyAfraid()).isEqualTo(SafetyAnswer.YES);

        IntakeReview marcus = intakes.intakeOf(clientIds.of(Demo.MARCUS)).orElseThrow();
        assertThat(marcus.safetyConcern()).isFalse();
        assertThat(intakes.intakeOf(clientIds.of(Demo.TOBIAS))).isEmpty();
    }

    // ---- Who may read what --------------------------------------------------------------------

    @Test
    @WithUserDetails(Demo.CLINICIAN_2)
    void another_clinician_cannot_read_the_intake_of_a_client_who_is_not_theirs() {
        UUID marcus = clientIds.of(Demo.MARCUS);
        UUID priya = clientIds.of(Demo.PRIYA);

        assertThatThrownBy(() -> intakes.intakeOf(marcus)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> intakes.intakeOf(priya)).isInstanceOf(RecordNotFoundException.class);
        assertThat(intakes.intakeOf(clientIds.of("ines.carvalhoreed@mendwell.example")))
                .isPresent();
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void an_administrator_reads_no_intake_and_has_none_to_fill_in() {
        UUID marcus = clientIds.of(Demo.MARCUS);
        for (Runnable call : List.<Runnable>of(
                () -> intakes.intakeOf(marcus),
                intakes::myIntake,
                () -> intakes.saveDraft(new IntakeAnswers()),
                () -> intakes.submit(IntakeFixtures.complete("Alex Morgan")))) {
            assertThatThrownBy(call::run).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    @WithUserDetails(Demo.CLIENT)
    void a_partner_cannot_read_the_other_partners_intake() {
        UUID jonas = clientIds.of(Demo.JONAS);
        UUID robin = clientIds.of(Demo.CLIENT);

        IntakeForm mine = intakes.myIntake();
        assertThat(mine.fullName()).isEqualTo("Robin Ashdown").isNotEqualTo("Jonas Kettering");
        assertThat(mine.answers().getSignatureName()).isEqualTo("Robin Ashdown");
        assertThat(mine.answers().getPreferredName()).isEqualTo("Robin");
        assertThat(mine.submitted()).isTrue();

        assertThatThrownBy(() -> intakes.intakeOf(jonas)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> intakes.intakeOf(robin)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails(Demo.JONAS)
    void each_partner_sees_only_their_own_intake() {
        IntakeForm mine = intakes.myIntake();
        assertThat(mine.fullName()).isEqualTo("Jonas Kettering");
        assertThat(mine.answers().getSignatureName()).isEqualTo("Jonas Kettering");
        assertThat(mine.answers().getPreferredName()).isEqualTo("Jonas");
    }

    @Test
    @WithUserDetails(Demo.CLIENT)
    void an_intake_is_open_for_editing_only_while_it_is_in_progress() {
        assertThat(intakes.myIntake().open())
                .as("Robin's intake was submitted and accepted")
                .isFalse();
    }

    @Test
    @WithUserDetails(Demo.ELENA)
    void an_intake_in_progress_is_open_for_editing() {
        assertThat(intakes.myIntake().open()).isTrue();
    }
}
