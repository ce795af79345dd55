package org.mendwell.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.intake.IntakeAnswers;
import org.mendwell.intake.IntakeForm;
import org.mendwell.intake.IntakeService;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The intake for a client who reads Spanish: the form's words, the fixed answers (stored as codes) and the
 * problems the service words, all in Spanish; what the client typed stays as typed.
 */
@MendwellTest
@ViewPackages(packages = "org.mendwell")
class IntakeInSpanishTest extends SpringBrowserlessTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Autowired
    IntakeService intakes;

    private IntakeForm before;

    @BeforeEach
    void readSpanish() {
        UI.getCurrent().setLocale(SPANISH);
    }

    @AfterEach
    void putTheDraftBack() {
        if (before != null && !intakes.myIntake().submitted()) {
            intakes.saveDraft(before.answers());
        }
    }

    @Test
    @WithUserDetails(Demo.ELENA)
    void a_draft_intake_shows_its_steps_questions_and_answers_in_spanish() {
        before = intakes.myIntake();
        navigate(IntakeView.class);

        assertThat(find(H2.class).single().getText()).isEqualTo("Su admisión");
        assertThat(find(H3.class).withClassName("mw-step-title").single().getText())
                .isEqualTo("Paso 1 de 7: Sobre usted");
        assertThat(find(TextField.class)
                        .withLabel("¿Cómo le gustaría que le llamemos?")
                        .exists())
                .isTrue();
        assertThat(find(RadioButtonGroup.class)
                        .withLabel("¿Cómo prefiere que nos pongamos en contacto con usted?")
                        .exists())
                .isTrue();
        assertThat(find(Button.class).withText("Siguiente").exists()).isTrue();
    }

    @Test
    @WithUserDetails(Demo.ELENA)
    void an_answer_a_draft_cannot_keep_is_explained_in_spanish() {
        before = intakes.myIntake();
        IntakeAnswers typed = before.answers().copy();
        typed.setDateOfBirth(LocalDate.now().plusYears(1));

        var saved = intakes.saveDraft(typed);

        assertThat(saved.notSaved())
                .containsEntry("dateOfBirth", "La fecha de nacimiento no puede ser futura: revise el año");
    }

    @Test
    @WithUserDetails(Demo.PRIYA)
    void a_submitted_intake_shows_the_fixed_answers_in_the_readers_language() {
        navigate(IntakeView.class);

        String page = find(com.vaadin.flow.component.html.Div.class)
                .withClassName("mw-intake-sections")
                .single()
                .getElement()
                .getTextRecursively();
        assertThat(page)
                .contains("Sobre usted", "Fecha de nacimiento", "Seguridad (privado)", "Sí", "Firmado como")
                .doesNotContain("Date of birth", "Agreed");
        assertThat(page).containsPattern("\\d{1,2} [a-z]+\\.? \\d{4}"); // the date of birth, a Spanish month
    }
}
