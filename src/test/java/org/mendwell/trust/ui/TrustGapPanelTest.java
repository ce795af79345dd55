package org.mendwell.trust.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.SignIn;
import org.mendwell.trust.CoupleCheckIns;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The trust gap on the couple's progress tab and the reasons on the client page, for their clinician. */
@MendwellTest
@Transactional
@ViewPackages(packages = "org.mendwell")
class TrustGapPanelTest extends SpringBrowserlessTest {

    private static final LocalDate START = LocalDate.now(CoupleCheckIns.LONDON).plusDays(2);

    @Autowired
    CoupleCheckIns checkIns;

    @Autowired
    ClientIds clientIds;

    @Autowired
    SignIn signIn;

    private UUID robin;

    @BeforeEach
    void aGapAboveTheThreshold() {
        robin = clientIds.of(Demo.CLIENT);
        checkIns.live(robin, START, Arrays.asList(9, 9, 9), Arrays.asList(2, 3, 4));
        signIn.as(Demo.CLINICIAN);
    }

    /** The progress tab as the clinician reaches it, by the page's own link. */
    private void progressTab() {
        navigate("clients/" + robin, Component.class);
        test(find(RouterLink.class).withText("Progress").single()).click();
    }

    private String page() {
        return getCurrentView().getElement().getTextRecursively();
    }

    @Test
    void the_progress_tab_charts_each_scale_without_the_safety_question() {
        progressTab();

        TrustGapPanel panel = find(TrustGapPanel.class).single();
        assertThat(panel.getElement().getTextRecursively()).contains("Trust gap", "Robin Ashdown", "Jonas Kettering");
        assertThat(find(H4.class).from(panel).all())
                .extracting(H4::getText)
                .containsExactly("Closeness", "Hope", "Trust");
        assertThat(panel.getElement().getTextRecursively()).doesNotContain("Safety");
    }

    @Test
    void the_client_page_says_why_the_couple_needs_attention_until_the_threshold_is_raised() {
        navigate("clients/" + robin, Component.class);
        assertThat(find(CoupleAttention.class).single().getElement().getTextRecursively())
                .contains("Trust: the gap stayed above the threshold for 3 days in a row");

        progressTab();
        IntegerField threshold = find(IntegerField.class)
                .from(find(TrustGapPanel.class).single())
                .single();
        test(threshold).setValue(8);
        test(find(Button.class).withText("Save threshold").single()).click();
        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Threshold saved: 8 points.");

        navigate("clients/" + robin, Component.class);
        assertThat(find(CoupleAttention.class).exists())
                .as("nothing shown once the gap is within it")
                .isFalse();
        assertThat(page()).doesNotContain("Why this couple needs attention");
    }

    @SuppressWarnings("unchecked")
    private String caseloadCell(String fullName, String header) {
        Grid<Object> grid = find(Grid.class).single();
        var rows = test(grid);
        int column = grid.getColumns()
                .indexOf(grid.getColumns().stream()
                        .filter(c -> header.equals(c.getHeaderText()))
                        .findFirst()
                        .orElseThrow());
        for (int row = 0; row < rows.size(); row++) {
            if (rows.getCellText(row, 0).startsWith(fullName)) {
                return rows.getCellText(row, column);
            }
        }
        throw new AssertionError(fullName + " is not in the caseload grid");
    }

    @SuppressWarnings("unchecked")
    private List<String> caseloadNames() {
        Grid<Object> grid = find(Grid.class).single();
        var rows = test(grid);
        return IntStream.range(0, rows.size())
                .mapToObj(row -> rows.getCellText(row, 0))
                .toList();
    }

    @Test
    void the_caseload_says_why_the_couple_needs_attention_and_its_filter_lets_both_partners_through() {
        navigate("caseload", Component.class);

        assertThat(caseloadCell("Robin Ashdown", "Couple"))
                .isEqualTo("Gap above the threshold: Closeness, Hope, Trust");
        assertThat(caseloadCell("Jonas Kettering", "Couple"))
                .isEqualTo("Gap above the threshold: Closeness, Hope, Trust");
        assertThat(caseloadCell("Marcus", "Couple")).as("no partner, no reason").isEqualTo("—");

        test(find(Checkbox.class).withLabel("Needs attention only").single()).click();
        assertThat(caseloadNames())
                .anySatisfy(name -> assertThat(name).startsWith("Robin Ashdown"))
                .anySatisfy(name -> assertThat(name).startsWith("Jonas Kettering"))
                .noneSatisfy(name -> assertThat(name).startsWith("Marcus"));
    }

    @Test
    void once_the_gap_is_within_the_threshold_the_caseload_neither_shows_a_reason_nor_filters_the_couple_in() {
        progressTab();
        test(find(IntegerField.class).from(find(TrustGapPanel.class).single()).single())
                .setValue(8);
        test(find(Button.class).withText("Save threshold").single()).click();

        navigate("caseload", Component.class);
        assertThat(caseloadCell("Robin Ashdown", "Couple")).isEqualTo("—");
        test(find(Checkbox.class).withLabel("Needs attention only").single()).click();
        assertThat(caseloadNames())
                .noneSatisfy(name -> assertThat(name).startsWith("Robin Ashdown"))
                .noneSatisfy(name -> assertThat(name).startsWith("Jonas Kettering"));
    }

    @Test
    void a_threshold_out_of_range_is_refused_next_to_the_field_and_kept() {
        progressTab();
        IntegerField threshold = find(IntegerField.class)
                .from(find(TrustGapPanel.class).single())
                .single();

        test(threshold).setValue(10);
        threshold.setValue(11);
        test(find(Button.class).withText("Save threshold").single()).click();

        assertThat(threshold.isInvalid()).isTrue();
        assertThat(threshold.getErrorMessage()).isEqualTo("Choose a gap between 1 and 10 points.");
        assertThat(threshold.getValue()).isEqualTo(11);
    }
}
