package org.mendwell.agreements.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mendwell.account.MyTimeZoneService;
import org.mendwell.agreements.AgreementFixtures;
import org.mendwell.agreements.MyAgreementsService;
import org.mendwell.agreements.Outcome;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.MutableClock;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The clinician's side: recording on the client page, the progress tab's weeks, and the caseload's column. */
@MendwellTest
@ViewPackages(packages = "org.mendwell")
class AgreementsOnTheClientPageTest extends SpringBrowserlessTest {

    @Autowired
    SignIn signIn;

    @Autowired
    ClientIds clientIds;

    @Autowired
    AgreementFixtures fixtures;

    @Autowired
    MyAgreementsService mine;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    MyTimeZoneService myTimeZone;

    @AfterEach
    void noAgreementsOrFlagsLeft() {
        clock.backToNow();
        jdbc.sql("update account set time_zone = null where email = :email")
                .param("email", Demo.CLINICIAN)
                .update();
        fixtures.removeAll();
        jdbc.sql("update client set safety_flag = false where email = :email")
                .param("email", Demo.JONAS)
                .update();
    }

    private void openRobin(boolean progressTab) {
        signIn.as(Demo.CLINICIAN);
        navigate("caseload", Component.class);
        com.vaadin
                .flow
                .component
                .UI
                .getCurrent()
                .navigate(
                        "clients/" + clientIds.of(Demo.CLIENT),
                        progressTab
                                ? com.vaadin.flow.router.QueryParameters.of("tab", "progress")
                                : com.vaadin.flow.router.QueryParameters.empty());
    }

    @SuppressWarnings("unchecked")
    private void fillTheForm(String words) {
        test(find(Button.class).withText("Record an agreement").single()).click();
        test(find(TextArea.class)
                        .withCaption("The promise, in the words agreed")
                        .single())
                .setValue(words);
        test(find(RadioButtonGroup.class).single()).selectItem("Jonas Kettering");
    }

    @Test
    void the_clinician_records_a_daily_promise_for_jonas_from_robins_page() {
        openRobin(false);
        fillTheForm("Tell Robin where I am");
        test(find(Button.class).withText("Record").single()).click();

        assertThat(notifications().contains("Agreement recorded")).isTrue();
        assertThat(find(ListItem.class)
                        .withCondition(item -> item.getElement()
                                .getTextRecursively()
                                .contains("Jonas Kettering: Tell Robin where I am"))
                        .exists())
                .isTrue();
    }

    @Test
    void the_start_defaults_to_the_clients_today_when_the_client_is_a_day_ahead_of_the_clinician() {
        ZoneId london = ZoneId.of("Europe/London");
        LocalDate robinsToday = LocalDate.now(london).plusDays(1);
        // 01:30 in London (Robin's intake) is still the evening before in Los Angeles (the clinician's zone).
        clock.set(robinsToday.atTime(1, 30).atZone(london).toInstant());
        signIn.as(Demo.CLINICIAN);
        myTimeZone.choose("America/Los_Angeles");
        openRobin(false);
        fillTheForm("Tell Robin where I am");

        assertThat(find(DatePicker.class).withCaption("Starts on").single().getValue())
                .isEqualTo(robinsToday);
        test(find(Button.class).withText("Record").single()).click();
        assertThat(notifications().contains("Agreement recorded")).isTrue();
    }

    @Test
    void on_a_flagged_case_the_form_asks_for_a_reason_and_refuses_without_one_keeping_what_was_typed() {
        jdbc.sql("update client set safety_flag = true where email = :email")
                .param("email", Demo.JONAS)
                .update();
        openRobin(false);
        fillTheForm("Tell Robin where I am");
        var reason = find(TextArea.class)
                .withCaption("Why agreements are right despite the safety flag")
                .single();
        assertThat(reason.isVisible()).isTrue();
        test(find(Button.class).withText("Record").single()).click();

        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).contains("This case has a safety flag");
        assertThat(find(TextArea.class)
                        .withCaption("The promise, in the words agreed")
                        .single()
                        .getValue())
                .isEqualTo("Tell Robin where I am");
        assertThat(notifications().contains("Agreement recorded")).isFalse();
    }

    @Test
    void the_progress_tab_shows_the_weeks_kept_rate_and_how_often_the_partner_noticed() {
        UUID agreement = fixtures.jonasPromisesDaily();
        signIn.as(Demo.JONAS);
        mine.mark(
                agreement,
                LocalDate.now(clock.withZone(ZoneId.of("Europe/London"))),
                Outcome.KEPT,
                "Private note",
                false);
        signIn.as(Demo.CLIENT);
        mine.acknowledge(mine.mine().partnersKept().getFirst().markId());

        openRobin(true);

        assertThat(find(H3.class).withText("Agreements").exists()).isTrue();
        assertThat(find(H4.class)
                        .withText("Jonas Kettering: " + AgreementFixtures.JONAS_PROMISE)
                        .exists())
                .isTrue();
        assertThat(find(Paragraph.class)
                        .withText("1 kept in all · current run 1 · noticed by the partner 1 times")
                        .exists())
                .isTrue();
        assertThat(find(com.vaadin.flow.component.html.Div.class)
                        .withClassName("mw-table-scroller")
                        .last()
                        .getElement()
                        .getTextRecursively())
                .contains("100 %");
        assertThat(find(ListItem.class).withTextContaining("Private note").exists())
                .isTrue();
    }

    @Test
    void the_caseload_shows_promises_kept_in_the_last_four_weeks() {
        UUID agreement = fixtures.jonasPromisesDaily();
        signIn.as(Demo.JONAS);
        mine.mark(agreement, LocalDate.now(clock.withZone(ZoneId.of("Europe/London"))), Outcome.KEPT, null, false);
        signIn.as(Demo.CLINICIAN);
        navigate("caseload", Component.class);

        Grid<?> grid = find(Grid.class).single();
        Grid.Column<?> column = grid.getColumnByKey("agreements");
        assertThat(column.getHeaderText()).isEqualTo("Promises kept (4 weeks)");
        var cells = test(grid);
        int jonas = java.util.stream.IntStream.range(0, cells.size())
                .filter(i -> cells.getCellText(i, 0).startsWith("Jonas"))
                .findFirst()
                .orElseThrow();
        assertThat(cells.getCellText(jonas, grid.getColumns().indexOf(column))).isEqualTo("1 of 1");
    }

    private java.util.List<String> notifications() {
        return find(Notification.class).all().stream()
                .map(n -> test(n).getText())
                .toList();
    }
}
