package org.mendwell.trust.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.trust.CoupleCheckIns;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caseload's Couple column when one partner stops checking in while the other goes on: it names who stopped,
 * on both partners' rows, in the clinician's language.
 */
@MendwellTest
@Transactional
@ViewPackages(packages = "org.mendwell")
@Import(CoupleCheckIns.class)
class CoupleAttentionColumnTest extends SpringBrowserlessTest {

    private static final LocalDate START = LocalDate.now(CoupleCheckIns.LONDON).plusDays(2);

    @Autowired
    CoupleCheckIns checkIns;

    @Autowired
    ClientIds clientIds;

    /** Robin checks in every day; Jonas on the first day only, then not for the last four (the rule asks three). */
    private void jonasStopsWhileRobinGoesOn() {
        var robin = clientIds.of(Demo.CLIENT);
        checkIns.live(robin, START, Arrays.asList(5, 5, 5, 5, 5), Arrays.asList(5, null, null, null, null));
    }

    /** The Couple column of the one row the caseload's search finds. */
    @SuppressWarnings("unchecked")
    private String coupleColumnOf(String search) {
        navigate("caseload", Component.class);
        test(find(TextField.class).withPlaceholder(placeholder()).single()).setValue(search);
        Grid<Object> grid = find(Grid.class).single();
        int column = grid.getColumns().indexOf(grid.getColumnByKey("couple-attention"));
        assertThat(test(grid).size()).as("one row for " + search).isEqualTo(1);
        return test(grid).getCellText(0, column);
    }

    private static String placeholder() {
        return UI.getCurrent().getTranslation("caseload.search.placeholder");
    }

    @Test
    void the_column_names_the_partner_who_stopped_on_both_rows() {
        jonasStopsWhileRobinGoesOn();

        assertThat(coupleColumnOf("ashdown")).isEqualTo("Jonas Kettering stopped checking in");
        assertThat(coupleColumnOf("kettering")).isEqualTo("Jonas Kettering stopped checking in");
    }

    @Test
    void in_spanish_the_column_says_the_same_in_the_clinicians_words() {
        jonasStopsWhileRobinGoesOn();
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));

        assertThat(coupleColumnOf("ashdown")).isEqualTo("Jonas Kettering dejó de hacer su registro");
        assertThat(coupleColumnOf("kettering")).isEqualTo("Jonas Kettering dejó de hacer su registro");
    }
}
