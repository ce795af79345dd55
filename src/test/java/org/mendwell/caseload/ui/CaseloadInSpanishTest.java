package org.mendwell.caseload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.account.MyLanguageService;
import org.mendwell.client.ClientStatus;
import org.mendwell.shared.i18n.Language;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The clinician's caseload, review list and client page for a clinician who reads Spanish. */
@MendwellTest
@ViewPackages(packages = "org.mendwell")
@WithUserDetails(Demo.CLINICIAN)
class CaseloadInSpanishTest extends SpringBrowserlessTest {

    @Autowired
    ClientIds clientIds;

    @Autowired
    MyLanguageService myLanguage;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void readSpanish() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
    }

    @AfterEach
    void oskarHasNotChosenALanguage() {
        jdbc.update("UPDATE account SET language = NULL WHERE email = ?", Demo.OSKAR);
    }

    private UUID clientId(String email) {
        return clientIds.of(email);
    }

    @Test
    void the_caseload_names_its_columns_statuses_and_counts_in_spanish() {
        // The caseload is the clinician's home, already open in English: away first, so that it opens afresh.
        navigate(ReviewInboxView.class);
        navigate(CaseloadView.class);

        assertThat(find(H2.class).single().getText()).isEqualTo("Sus clientes");
        assertThat(((Grid<?>) find(Grid.class).single()).getColumns().stream().map(Grid.Column::getHeaderText))
                .contains("Nombre", "Estado", "Seguridad", "Por revisar", "Cliente desde");
        @SuppressWarnings("unchecked")
        Select<ClientStatus> status = find(Select.class).single();
        assertThat(status.getItemLabelGenerator().apply(ClientStatus.ACTIVE)).isEqualTo("En tratamiento");
        assertThat(find(Span.class)
                        .withText(Demo.CLINICIAN_CASELOAD + " clientes")
                        .exists())
                .isTrue();

        test(find(Button.class).withText("Nueva invitación").single()).click();
        var invite = find(Dialog.class).single();
        assertThat(invite.getHeaderTitle()).isEqualTo("Nueva invitación");
        assertThat(find(RadioButtonGroup.class, invite)
                        .withLabel("Trabaja con nosotros")
                        .exists())
                .isTrue();
        assertThat(find(RadioButtonGroup.class, invite).withLabel("Idioma").exists())
                .isTrue();
    }

    @Test
    void the_review_list_counts_what_waits_in_spanish() {
        navigate(ReviewInboxView.class);

        assertThat(find(H2.class).single().getText()).isEqualTo("Por revisar");
        assertThat(find(Paragraph.class)
                        .withTextContaining("su revisión")
                        .single()
                        .getText())
                .containsPattern(
                        "^(1 elemento espera su revisión|\\d+ elementos esperan su revisión: primero las respuestas de "
                                + "riesgo y de seguridad, luego de lo más antiguo a lo más reciente)\\.$");
    }

    @Test
    void the_client_page_shows_the_intake_in_spanish_with_the_consent_version_signed() {
        navigate("clients/" + clientId(Demo.PRIYA), Component.class);

        assertThat(find(H3.class).all().stream().map(H3::getText))
                .contains("Admisión", "Sobre usted", "Seguridad (privado)", "Historial");
        assertThat(find(Paragraph.class)
                        .withTextContaining("versión 1 del texto de consentimiento (inglés)")
                        .exists())
                .isTrue();
        assertThat(find(Span.class).withText("Requiere atención").exists()).isTrue();
    }

    @Test
    void the_client_page_shows_the_language_the_client_chose_or_that_they_have_not() {
        UUID oskar = clientId(Demo.OSKAR);
        UI.getCurrent().setLocale(Locale.UK);
        navigate("clients/" + oskar, Component.class);
        assertThat(find(Paragraph.class)
                        .withTextContaining("Language: Not chosen yet")
                        .exists())
                .isTrue();

        signIn.as(Demo.OSKAR);
        myLanguage.choose(Language.SPANISH);
        signIn.as(Demo.CLINICIAN);
        navigate("clients/" + oskar, Component.class);

        assertThat(find(Paragraph.class).withText("Language: Spanish").exists())
                .as("a language named in the reader's language (issue 16: 'Language: Español' on an English page)")
                .isTrue();
    }
}
