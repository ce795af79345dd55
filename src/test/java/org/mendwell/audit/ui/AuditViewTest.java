package org.mendwell.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mendwell.account.MyTimeZoneService;
import org.mendwell.audit.AuditAction;
import org.mendwell.audit.AuditClient;
import org.mendwell.audit.AuditFilter;
import org.mendwell.audit.AuditLine;
import org.mendwell.audit.AuditService;
import org.mendwell.client.ClientService;
import org.mendwell.shared.ui.AccessDeniedView;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.MutableClock;
import org.mendwell.support.SignIn;
import org.mendwell.support.TypedDates;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@MendwellTest
@ViewPackages(packages = "org.mendwell")
class AuditViewTest extends SpringBrowserlessTest {

    @Autowired
    SignIn signIn;

    @Autowired
    org.mendwell.client.MyRecordService ownRecord;

    @Autowired
    ClientService clients;

    @Autowired
    ClientIds clientIds;

    @Autowired
    AuditService audit;

    @Autowired
    MyTimeZoneService myTimeZone;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

    @SuppressWarnings("unchecked")
    private Grid<AuditLine> grid() {
        return find(Grid.class).single();
    }

    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void the_administrator_filters_the_trail_by_client_and_action_and_checks_the_chain() {
        UUID robin = clientIds.of(Demo.CLIENT);
        clients.details(robin);
        signIn.as(Demo.ADMIN);

        navigate(AuditView.class);
        chooseClient("Robin Ashdown");
        @SuppressWarnings("unchecked")
        ComboBox<AuditAction> action = find(ComboBox.class).withLabel("Action").single();
        test(action).selectItem("Read");

        var rows = test(grid());
        assertThat(rows.size()).isPositive();
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.getRow(i).entry().clientId()).isEqualTo(robin);
            assertThat(rows.getRow(i).entry().action()).isEqualTo(AuditAction.READ);
        }
        assertThat(rows.getRow(0).entry().actorEmail()).isEqualTo(Demo.CLINICIAN);

        test(find(Button.class).withText("Check the chain").single()).click();
        assertThat(find(Paragraph.class)
                        .withClassName("mw-audit-intact")
                        .single()
                        .getText())
                .endsWith("are intact.");
    }

    private com.vaadin.flow.component.datepicker.DatePicker datePicker(String label) {
        return find(com.vaadin.flow.component.datepicker.DatePicker.class)
                .withLabel(label)
                .single();
    }

    @SuppressWarnings("unchecked")
    private void chooseClient(String name) {
        ComboBox<AuditClient> client = find(ComboBox.class).withLabel("Client").single();
        test(client).selectItem(name);
    }

    @Test
    @WithUserDetails(Demo.ADMIN)
    void the_client_is_chosen_by_name_from_clients_found_page_by_page() {
        navigate(AuditView.class);
        @SuppressWarnings("unchecked")
        ComboBox<AuditClient> client = find(ComboBox.class).withLabel("Client").single();
        assertThat(find(TextField.class).withLabel("Client id").exists())
                .as("no ids to type")
                .isFalse();

        assertThat(audit.clientsNamed("ashd", PageRequest.of(0, 10)))
                .extracting(AuditClient::fullName)
                .containsExactly("Robin Ashdown");
        assertThat(audit.clientsNamed("100%_", PageRequest.of(0, 10)))
                .as("a wildcard typed is a character")
                .isEmpty();
        assertThat(audit.clientsNamed("", PageRequest.of(1, 3))).hasSize(3);

        test(client).selectItem("Robin Ashdown");
        UUID robin = clientIds.of(Demo.CLIENT);
        var rows = test(grid());
        assertThat(rows.size()).isPositive();
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.getRow(i).entry().clientId()).isEqualTo(robin);
        }
    }

    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void operations_and_records_read_as_words_and_a_from_after_to_is_said_next_to_the_field() {
        UUID robin = clientIds.of(Demo.CLIENT);
        clients.details(robin);
        signIn.as(Demo.ADMIN);
        navigate(AuditView.class);
        chooseClient("Robin Ashdown");

        var rows = test(grid());
        var headers =
                grid().getColumns().stream().map(Grid.Column::getHeaderText).toList();
        assertThat(headers).doesNotContain("Operation", "Record");
        String happened = rows.getCellText(0, headers.indexOf("What happened"));
        assertThat(happened)
                .isEqualTo("Read the client record of Robin Ashdown")
                .doesNotContain("Service", "details", robin.toString().substring(0, 8));
        assertThat(rows.getCellText(0, headers.indexOf("Client"))).isEqualTo("Robin Ashdown");

        var from = datePicker("From");
        var to = datePicker("To");
        assertThat(List.of(from, to))
                .as("typed on a phone as the date of birth is: the order said, digits read")
                .allSatisfy(picker -> {
                    assertThat(picker.getHelperText()).contains(", like ");
                    assertThat(picker.getI18n().getDateFormats()).hasSizeGreaterThan(1);
                });
        test(from).setValue(java.time.LocalDate.of(2000, 1, 9));
        test(to).setValue(java.time.LocalDate.of(2000, 1, 1));
        assertThat(to.isInvalid()).isTrue();
        assertThat(to.getErrorMessage()).contains("'To' is before 'From'");
        assertThat(to.getValue()).isEqualTo(java.time.LocalDate.of(2000, 1, 1));
        assertThat(test(grid()).size()).as("the last good filter stays").isPositive();

        test(to).setValue(java.time.LocalDate.of(2000, 1, 20));
        test(from).setValue(java.time.LocalDate.of(2000, 1, 25));
        assertThat(from.isInvalid()).as("said next to the day just chosen").isTrue();
        assertThat(from.getErrorMessage())
                .startsWith("'From' is after 'To': choose a day on or before ")
                .as("in the viewer's own date format, not ISO")
                .doesNotContain("2000-01-20")
                .contains("2000");
        assertThat(to.isInvalid()).isFalse();
    }

    /**
     * Exploration (F26): "45/13/2026" typed in "Desde" said nothing, and with "Hasta" on a day before every entry the
     * grid went blank without a word. Now the impossible date is explained next to the field, as on every date field
     * of the portal, the grid keeps the last result it could show, and an empty result says so.
     */
    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void an_impossible_date_is_said_next_to_the_field_and_an_empty_result_says_no_entries_match() {
        clients.details(clientIds.of(Demo.CLIENT)); // at least one entry in the trail
        signIn.as(Demo.ADMIN);
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
        navigate(AuditView.class);
        var from = datePicker("Desde");
        var to = datePicker("Hasta");
        assertThat(test(grid()).size()).isPositive();

        TypedDates.typeUnreadable(from, "45/13/2026");
        assertThat(from.isInvalid()).as("said next to the field").isTrue();
        assertThat(from.getErrorMessage()).startsWith("Un año tiene 12 meses, así que 13 no puede ser el mes");
        test(to).setValue(LocalDate.of(2020, 1, 1));
        assertThat(test(grid()).size())
                .as("the last result it could show stays while 'Desde' cannot be read, not 'before 2020' alone")
                .isPositive();
        assertThat(from.isInvalid()).isTrue();

        TypedDates.typeUnreadable(from, "");
        assertThat(from.isInvalid()).isFalse();
        assertThat(test(grid()).size()).as("nothing before 2020").isZero();
        assertThat(grid().getEmptyStateText()).isEqualTo("Ninguna entrada coincide con estos filtros.");
    }

    @Test
    @WithUserDetails(Demo.CLIENT)
    void a_clients_own_pages_and_another_clinicians_refusal_read_as_sentences_with_the_clients_name() {
        UUID robin = clientIds.of(Demo.CLIENT);
        ownRecord.myProfile();
        signIn.as(Demo.CLINICIAN_2);
        org.assertj.core.api.Assertions.catchThrowable(() -> clients.details(robin));
        signIn.as(Demo.ADMIN);
        navigate(AuditView.class);
        chooseClient("Robin Ashdown");

        var rows = test(grid());
        var headers =
                grid().getColumns().stream().map(Grid.Column::getHeaderText).toList();
        var sentences = java.util.stream.IntStream.range(0, Math.min(rows.size(), 10))
                .mapToObj(i -> rows.getCellText(i, headers.indexOf("What happened")))
                .toList();
        assertThat(sentences)
                .contains("Was refused the client record of Robin Ashdown", "Read their own client record");
    }

    @Test
    @WithUserDetails(Demo.CLINICIAN)
    void a_clinician_cannot_open_the_trail() {
        navigate("admin/audit", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(find(Grid.class).all()).isEmpty();

        signIn.as(Demo.ADMIN);
        var refused = audit.entries(
                new AuditFilter(Demo.CLINICIAN, null, AuditAction.REFUSED, null, null),
                org.springframework.data.domain.PageRequest.of(0, 10));
        assertThat(refused).anySatisfy(e -> assertThat(e.operation()).isEqualTo("page admin/audit"));
    }

    @Test
    @WithUserDetails(Demo.CLIENT)
    void a_refused_address_of_any_length_is_recorded_and_answered_calmly() {
        navigate("clients/" + "x".repeat(300), com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isInstanceOf(org.mendwell.shared.ui.AccessDeniedView.class);
        assertThat(getCurrentView()).isNotInstanceOf(org.mendwell.shared.ui.UnexpectedErrorView.class);

        signIn.as(Demo.ADMIN);
        var refused = audit.entries(
                new AuditFilter(Demo.CLIENT, null, AuditAction.REFUSED, null, null),
                org.springframework.data.domain.PageRequest.of(0, 10));
        assertThat(refused)
                .anySatisfy(e ->
                        assertThat(e.operation()).startsWith("page clients/xxx").hasSize(80));
    }

    /**
     * Issue 16: the trail was shown and filtered in UTC and its roles were the stored words. An administrator in
     * Auckland reads each moment on her clock, her From and To are her days, and the roles are words of her language.
     */
    @Test
    @ChangesDemoPractice
    void an_administrator_in_auckland_reads_and_filters_the_trail_on_her_own_clock_with_roles_in_words() {
        UUID robin = clientIds.of(Demo.CLIENT);
        // Yesterday at 12:30 UTC is already the next day in Auckland (12 or 13 hours ahead), whatever the hour now.
        Instant read = LocalDate.now(ZoneOffset.UTC).minusDays(1).atTime(12, 30).toInstant(ZoneOffset.UTC);
        clock.pin(read);
        try {
            signIn.as(Demo.CLINICIAN);
            clients.details(robin);
        } finally {
            clock.backToNow();
        }
        signIn.as(Demo.ADMIN);
        myTimeZone.choose("Pacific/Auckland");
        try {
            LocalDate aucklandDay = read.atZone(AUCKLAND).toLocalDate();
            navigate(AuditView.class);
            chooseClient("Robin Ashdown");
            var from = datePicker("From");
            var to = datePicker("To");
            test(to).setValue(aucklandDay);
            test(from).setValue(aucklandDay);

            var headers =
                    grid().getColumns().stream().map(Grid.Column::getHeaderText).toList();
            assertThat(headers).contains("When (New Zealand Time, Auckland)");
            var rows = test(grid());
            int entry = IntStream.range(0, rows.size())
                    .filter(i -> rows.getRow(i).entry().occurredAt().equals(read))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("the read is on the administrator's " + aucklandDay));
            assertThat(rows.getCellText(entry, headers.indexOf("When (New Zealand Time, Auckland)")))
                    .isEqualTo(DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.UK)
                            .format(read.atZone(AUCKLAND)));
            assertThat(rows.getCellText(entry, headers.indexOf("Role"))).isEqualTo("Clinician");

            LocalDate utcDay = read.atZone(ZoneOffset.UTC).toLocalDate();
            test(from).setValue(utcDay);
            test(to).setValue(utcDay);
            var dayBefore = test(grid());
            assertThat(IntStream.range(0, dayBefore.size())
                            .mapToObj(i -> dayBefore.getRow(i).entry().occurredAt()))
                    .as("the UTC day of the read ends, in Auckland, before the read")
                    .doesNotContain(read);

            UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
            navigate("", com.vaadin.flow.component.Component.class); // elsewhere first, so that the trail is built anew
            navigate(AuditView.class);
            test(find(ComboBox.class).withLabel("Cliente").single()).selectItem("Robin Ashdown");
            var spanish =
                    grid().getColumns().stream().map(Grid.Column::getHeaderText).toList();
            assertThat(spanish).contains("Cuándo (hora de Nueva Zelanda, Auckland)");
            var spanishRows = test(grid());
            assertThat(IntStream.range(0, Math.min(spanishRows.size(), 50))
                            .mapToObj(i -> spanishRows.getCellText(i, spanish.indexOf("Rol"))))
                    .contains("Terapeuta")
                    .doesNotContain("CLINICIAN", "ADMIN", "CLIENT");
        } finally {
            jdbc.update("update account set time_zone = null where email = ?", Demo.ADMIN);
        }
    }
}
