package org.mendwell.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mendwell.intake.ConsentService;
import org.mendwell.intake.ConsentText;
import org.mendwell.shared.i18n.Language;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.Demo;
import org.mendwell.support.FocusMoves;
import org.mendwell.support.MendwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@MendwellTest
@ViewPackages(packages = "org.mendwell")
@WithUserDetails(Demo.ADMIN)
@ChangesDemoPractice
class ConsentTextViewTest extends SpringBrowserlessTest {

    @Autowired
    ConsentService consent;

    /**
     * Real use: publishing unchanged texts asked for confirmation and then said nothing. Nothing is asked, and
     * the page says the current version stays, where focus lands.
     */
    @Test
    void publishing_asks_for_confirmation_and_unchanged_texts_make_no_new_version() {
        navigate(ConsentTextView.class);
        int before = consent.current().version();
        FocusMoves.forget();

        test(find(Button.class).withText("Publish as a new version").single()).click();
        assertThat(find(ConfirmDialog.class).exists())
                .as("nothing to confirm when nothing changed")
                .isFalse();
        assertThat(consent.current().version()).as("the same texts again").isEqualTo(before);
        var said = find(Paragraph.class)
                .withText("Nothing changed: version " + before + " stays current.")
                .single();
        assertThat(FocusMoves.since()).containsExactly(said.getElement());

        test(find(TextArea.class).withLabel("Privacy notice").single())
                .setValue(consent.current().privacy() + "\n\nWe keep records for seven years.");
        test(find(Button.class).withText("Publish as a new version").single()).click();
        assertThat(consent.current().version())
                .as("nothing before the confirmation")
                .isEqualTo(before);
        test(find(ConfirmDialog.class).single()).confirm();
        // Versions are one sequence across languages: the next free number, whichever language had the last.
        assertThat(consent.current().version()).isGreaterThan(before);
        assertThat(consent.current().privacy()).endsWith("We keep records for seven years.");
    }

    @Test
    void the_administrator_chooses_a_language_and_publishes_that_languages_texts_alone() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
        navigate(ConsentTextView.class);
        var treatment = find(TextArea.class)
                .withLabel("Consentimiento para el tratamiento")
                .single();
        int englishBefore = consent.currentIn(Language.ENGLISH).orElseThrow().version();

        test(find(RadioButtonGroup.class).single()).selectItem("Español");

        assertThat(treatment.getValue()).startsWith("Acepto participar en terapia");
        test(treatment).setValue(treatment.getValue() + " Puedo pedir una copia de este texto.");
        test(find(Button.class).withText("Publicar como nueva versión").single())
                .click();
        test(find(ConfirmDialog.class).single()).confirm();

        ConsentText spanish = consent.currentIn(Language.SPANISH).orElseThrow();
        assertThat(spanish.treatment()).endsWith("Puedo pedir una copia de este texto.");
        assertThat(consent.currentIn(Language.ENGLISH).orElseThrow().version()).isEqualTo(englishBefore);
        assertThat(find(Paragraph.class).all().stream().map(Paragraph::getText))
                .contains("Los clientes que leen en español firman ahora la versión " + spanish.version()
                        + ". Las admisiones ya firmadas conservan la versión que se firmó.");
    }
}
