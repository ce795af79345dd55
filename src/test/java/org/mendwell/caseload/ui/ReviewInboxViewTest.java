package org.mendwell.caseload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mendwell.client.ClientService;
import org.mendwell.homework.ReviewService;
import org.mendwell.progress.ReviewItem;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@MendwellTest
@ViewPackages(packages = "org.mendwell")
@WithUserDetails(Demo.CLINICIAN)
class ReviewInboxViewTest extends SpringBrowserlessTest {

    @Autowired
    ClientService clients;

    @Autowired
    ReviewService reviews;

    @SuppressWarnings("unchecked")
    private Grid<ReviewItem> grid() {
        return find(Grid.class).single();
    }

    @Test
    void the_caseloads_to_review_line_opens_every_item_oldest_first() {
        navigate(CaseloadView.class);
        long waiting = clients.intakesAwaitingReview() + reviews.unreviewedTotal();
        assertThat(waiting).as("the demo practice has things to review").isPositive();

        assertThat(find(RouterLink.class)
                        .withTextContaining("to review")
                        .single()
                        .getText())
                .as("the link counts what the inbox lists")
                .isEqualTo(waiting + " to review");

        test(find(RouterLink.class).withTextContaining("to review").single()).click();

        assertThat(getCurrentView()).isInstanceOf(ReviewInboxView.class);
        var grid = test(grid());
        assertThat((long) grid.size()).isEqualTo(waiting);
        List<ReviewItem> rows =
                IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
        assertThat(rows).extracting(ReviewItem::submittedAt).isSortedAccordingTo(Instant::compareTo);
        assertThat(find(Paragraph.class)
                        .withTextContaining(waiting + " items wait")
                        .exists())
                .isTrue();
    }

    @Test
    void an_intake_with_a_safety_answer_is_marked_in_the_inbox() {
        navigate(ReviewInboxView.class);
        var grid = test(grid());
        int priya = IntStream.range(0, grid.size())
                .filter(i -> grid.getRow(i).clientName().equals("Priya Nandakumar"))
                .findFirst()
                .orElseThrow();
        int marcus = IntStream.range(0, grid.size())
                .filter(i -> grid.getRow(i).clientName().equals("Marcus Feld"))
                .findFirst()
                .orElseThrow();

        assertThat(cellText(grid.getCellComponent(priya, 2))).contains("Intake of Priya Nandakumar", "Safety answer");
        assertThat(cellText(grid.getCellComponent(marcus, 2)))
                .contains("Intake of Marcus Feld")
                .doesNotContain("Safety answer");
    }

    private static String cellText(com.vaadin.flow.component.Component cell) {
        return cell.getElement().getTextRecursively();
    }
}
