package org.mendwell.intake;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mendwell.account.MyLanguageService;
import org.mendwell.shared.i18n.Language;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.IntakeFixtures;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The practice's consent texts per language, and which one a client signs. */
@MendwellTest
@Transactional
class ConsentPerLanguageTest {

    @Autowired
    ConsentService consent;

    @Autowired
    IntakeService intakes;

    @Autowired
    MyLanguageService myLanguage;

    @Autowired
    SignIn signIn;

    @Autowired
    ClientIds clientIds;

    @PersistenceContext
    EntityManager entityManager;

    @Test
    @WithUserDetails(Demo.ADMIN)
    void the_default_practice_has_the_english_text_and_a_faithful_spanish_one_as_separate_versions() {
        ConsentText english = consent.currentIn(Language.ENGLISH).orElseThrow();
        ConsentText spanish = consent.currentIn(Language.SPANISH).orElseThrow();

        assertThat(english.version()).isEqualTo(1);
        assertThat(english.treatment()).startsWith("I agree to take part in therapy");
        assertThat(spanish.version()).isEqualTo(2);
        assertThat(spanish.language()).isEqualTo(Language.SPANISH);
        assertThat(spanish.treatment()).startsWith("Acepto participar en terapia");
        assertThat(spanish.privacy()).contains("mi pareja nunca ve mi admisión");
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void publishing_in_one_language_leaves_the_other_languages_current_text_alone() {
        ConsentText english = consent.currentIn(Language.ENGLISH).orElseThrow();

        ConsentText published = consent.publish(Language.SPANISH, "Nuevo consentimiento", "Nueva privacidad");

        assertThat(published.version()).isGreaterThan(2);
        assertThat(consent.currentIn(Language.SPANISH)).contains(published);
        assertThat(consent.currentIn(Language.ENGLISH)).contains(english);
    }

    @Test
    @WithUserDetails(Demo.ELENA)
    void a_client_who_reads_spanish_signs_the_spanish_version_and_the_intake_records_version_and_language() {
        myLanguage.choose(Language.SPANISH);
        assertThat(intakes.myIntake().consent().language()).isEqualTo(Language.SPANISH);

        intakes.submit(IntakeFixtures.complete("Elena Sorvino"));
        entityManager.flush();
        entityManager.clear();

        signIn.as(Demo.CLINICIAN);
        IntakeReview review = intakes.intakeOf(clientIds.of(Demo.ELENA)).orElseThrow();
        assertThat(review.consentVersion()).isEqualTo(2);
        assertThat(review.consentLanguage()).isEqualTo(Language.SPANISH);
    }

    @Test
    @WithUserDetails(Demo.ELENA)
    void a_client_whose_language_has_no_consent_text_signs_the_english_one() {
        UUID elena = clientIds.of(Demo.ELENA);
        // English is the only language every practice has; a reader of English signs the English version.
        intakes.submit(IntakeFixtures.complete("Elena Sorvino"));
        entityManager.flush();
        entityManager.clear();

        signIn.as(Demo.CLINICIAN);
        IntakeReview review = intakes.intakeOf(elena).orElseThrow();
        assertThat(review.consentVersion()).isEqualTo(1);
        assertThat(review.consentLanguage()).isEqualTo(Language.ENGLISH);
    }
}
