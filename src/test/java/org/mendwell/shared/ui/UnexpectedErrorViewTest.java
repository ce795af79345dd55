package org.mendwell.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.test.context.support.WithUserDetails;

@MendwellTest
@ExtendWith(OutputCaptureExtension.class)
@ViewPackages(classes = {UnexpectedErrorViewTest.FailingView.class, UnexpectedErrorView.class, MainLayout.class})
class UnexpectedErrorViewTest extends SpringBrowserlessTest {

    static final String DETAIL = "Priya said she is afraid of her partner";

    /** A page that fails as a page does when the database is gone; exists only in this test. */
    @Route(value = "test/failing-page", autoLayout = false)
    @AnonymousAllowed
    public static class FailingView extends Div implements BeforeEnterObserver {

        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new IllegalStateException("Could not read record: " + DETAIL);
        }
    }

    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void a_page_that_fails_to_open_shows_an_incident_number_and_nothing_of_the_failure(CapturedOutput output) {
        navigate("test/failing-page", Component.class);

        assertThat(getCurrentView()).isInstanceOf(UnexpectedErrorView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Something went wrong on our side");
        var explanation =
                find(Paragraph.class).withTextContaining("incident").single().getText();
        assertThat(explanation).matches(".*\\(incident [0-9a-f]{8}\\).*");
        assertThat(find(Paragraph.class).all())
                .noneMatch(p -> p.getText().contains(DETAIL) || p.getText().contains("IllegalStateException"));
        assertThat(output.getAll())
                .contains("Page could not be opened, incident")
                .contains("java.lang.IllegalStateException")
                .doesNotContain(DETAIL);
    }

    @Test
    @WithUserDetails(Demo.CLIENT)
    void a_spanish_reader_sees_the_error_page_and_the_urgent_help_in_spanish() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
        navigate("test/failing-page", Component.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Algo ha fallado por nuestra parte");
        assertThat(find(Paragraph.class)
                        .withTextContaining("incidencia")
                        .single()
                        .getText())
                .matches(".*\\(incidencia [0-9a-f]{8}\\).*");
        assertThat(find(Paragraph.class)
                        .withTextContaining("no es un servicio de emergencias")
                        .single()
                        .getText())
                .contains("112", "911", "999");
        assertThat(((UnexpectedErrorView) getCurrentView()).getPageTitle()).isEqualTo("Algo ha fallado | Mendwell");
    }
}
