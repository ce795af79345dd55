package org.mendwell.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.progress.ClinicianOverview;
import org.mendwell.shared.ui.AccessDeniedView;
import org.mendwell.support.CaseloadFixtures;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.MutableClock;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's landing page over the known caseload (see {@link CaseloadFixtures#knownCaseload()}). */
@MendwellTest
@Transactional
@ViewPackages(packages = "org.mendwell")
class PracticeOverviewViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    SignIn signIn;

    @BeforeEach
    void theKnownCaseload() {
        clock.pin(CaseloadFixtures.NOW);
        new CaseloadFixtures(jdbc).knownCaseload();
    }

    @SuppressWarnings("unchecked")
    private Grid<ClinicianOverview> grid() {
        return find(Grid.class).single();
    }

    @Test
    void the_administrator_lands_on_each_clinicians_counts_without_any_client() {
        signIn.as(Demo.ADMIN);
        navigate("", Component.class);

        assertThat(getCurrentView()).isInstanceOf(PracticeOverviewView.class);
        var grid = test(grid());
        var headers =
                grid().getColumns().stream().map(Grid.Column::getHeaderText).toList();
        int figures = IntStream.range(0, grid.size())
                .filter(i -> grid.getRow(i).clinicianName().equals("Dr. Fig Figures"))
                .findFirst()
                .orElseThrow();
        assertThat(grid.getCellText(figures, headers.indexOf("Active clients"))).isEqualTo("4");
        assertThat(grid.getCellText(figures, headers.indexOf("Done (30 days)"))).isEqualTo("58 % (7 of 12)");
        assertThat(grid.getCellText(figures, headers.indexOf("Overdue"))).isEqualTo("6");

        String page = getCurrentView().getElement().getTextRecursively()
                + IntStream.range(0, grid.size())
                        .mapToObj(i -> IntStream.range(0, headers.size())
                                .mapToObj(c -> grid.getCellText(i, c))
                                .toList())
                        .toList();
        assertThat(page)
                .contains("Dr. Mira Castell", "Dr. Tomas Lindqvist")
                .doesNotContain("Marlowe", "Robin", "Ashdown", "Morikawa");
    }

    @Test
    void a_risk_alert_whose_clinician_is_not_active_is_shown_to_the_administrator_by_name_only() {
        // While Dan's clinician is active, her caseload shows his alert, and this page names nobody (see above).
        jdbc.sql("update account set active = false where email = :email")
                .param("email", CaseloadFixtures.KNOWN_CLINICIAN)
                .update();
        signIn.as(Demo.ADMIN);
        navigate("", Component.class);

        String box = find(Div.class)
                .withClassName("mw-unattended-risk")
                .single()
                .getElement()
                .getTextRecursively();
        assertThat(box)
                .contains("Needs a clinician today", "Dan Marlowe (client of Dr. Fig Figures)")
                .doesNotContain("Ada Marlowe", "Ben Marlowe", "Trust", "PHQ");
    }

    @Test
    void clinicians_and_clients_are_refused_the_overview() {
        for (String someoneElse : List.of(Demo.CLINICIAN, Demo.CLIENT)) {
            signIn.as(someoneElse);
            navigate("admin", Component.class);
            assertThat(getCurrentView()).as(someoneElse).isInstanceOf(AccessDeniedView.class);
        }
    }
}
