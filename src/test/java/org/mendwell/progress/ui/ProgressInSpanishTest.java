package org.mendwell.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.RouterLink;
import java.io.StringWriter;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.progress.ClientProgressService;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** Progress pages and the CSV export for readers of Spanish. */
@MendwellTest
@ViewPackages(packages = "org.mendwell")
class ProgressInSpanishTest extends SpringBrowserlessTest {

    @Autowired
    ClientIds clientIds;

    @Autowired
    ClientProgressService progress;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void readSpanish() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
    }

    private UUID robin() {
        return clientIds.of(Demo.CLIENT);
    }

    @Test
    @WithUserDetails(Demo.CLIENT)
    void a_client_reads_their_own_progress_in_spanish() {
        navigate(MyProgressView.class);

        assertThat(find(H2.class).single().getText()).isEqualTo("Su progreso");
        assertThat(find(H3.class).all().stream().map(H3::getText)).contains("Cómo se ha sentido");
    }

    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void the_clinicians_progress_tab_is_in_spanish() {
        navigate("clients/" + robin(), Component.class);
        test(find(RouterLink.class).withText("Progreso").single()).click();

        assertThat(find(H3.class).all().stream().map(H3::getText)).contains("Todos los ejercicios");
    }

    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void the_csv_export_names_its_columns_in_the_readers_language() throws Exception {
        var out = new StringWriter();

        progress.exportCsv(robin(), out);

        String csv = out.toString().substring(1);
        assertThat(csv).startsWith("Ejercicio,Fecha prevista (hora de ");
    }

    /**
     * The browser fetches the file in a request of its own, answered by the panel's download handler with no UI
     * current: the language is still the one on the clinician's account, not English (nor the browser's).
     */
    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void the_csv_downloaded_away_from_the_page_is_in_the_language_of_the_clinicians_account() throws Exception {
        jdbc.update("update account set language = 'es' where email = ?", Demo.CLINICIAN);
        var out = new StringWriter();
        UI page = UI.getCurrent();
        UI.setCurrent(null);
        try {
            progress.exportCsv(robin(), out);
        } finally {
            UI.setCurrent(page);
        }

        assertThat(out.toString().substring(1)).startsWith("Ejercicio,Fecha prevista (hora de ");
    }

    @AfterEach
    void the_clinician_has_not_chosen_a_language_again() {
        jdbc.update("update account set language = null where email = ?", Demo.CLINICIAN);
    }
}
