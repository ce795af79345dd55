package org.mendwell.caseload.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mendwell.client.ClientInvitationService;
import org.mendwell.progress.CaseloadEntry;
import org.mendwell.shared.i18n.Language;
import org.mendwell.shared.i18n.Messages;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@MendwellTest
@ViewPackages(packages = "org.mendwell")
@WithUserDetails(Demo.CLINICIAN)
class CaseloadViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @SuppressWarnings("unchecked")
    private Grid<CaseloadEntry> grid() {
        return find(Grid.class).single();
    }

    @Test
    void the_caseload_lists_the_clinicians_own_clients_only() {
        navigate(CaseloadView.class);

        var grid = test(grid());
        assertThat(grid.size()).isEqualTo(Demo.CLINICIAN_CASELOAD);
        List<String> emails = java.util.stream.IntStream.range(0, grid.size())
                .mapToObj(i -> grid.getRow(i).email())
                .toList();
        assertThat(emails).contains(Demo.CLIENT).doesNotContain(Demo.CLIENT_2);
        assertThat(find(com.vaadin.flow.component.html.Span.class)
                        .withTextContaining(Demo.CLINICIAN_CASELOAD + " clients")
                        .exists())
                .isTrue();
    }

    @Test
    void searching_narrows_the_grid() {
        navigate(CaseloadView.class);

        test(find(TextField.class).withPlaceholder("Name or e-mail").single()).setValue("morikawa");

        var grid = test(grid());
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getRow(0).fullName()).isEqualTo("Hana Morikawa");
    }

    @Test
    void sorting_a_column_sorts_the_rows() {
        navigate(CaseloadView.class);
        var grid = grid();

        grid.sort(List.of(new GridSortOrder<>(grid.getColumns().getFirst(), SortDirection.DESCENDING)));

        assertThat(test(grid).getRow(0).fullName()).isEqualTo("Tobias Wren");
        assertThat(test(grid).isColumnSortable(0)).isTrue();
    }

    @Test
    void a_row_opens_the_clients_page() {
        navigate(CaseloadView.class);
        test(find(TextField.class).withPlaceholder("Name or e-mail").single()).setValue("morikawa");

        test(grid()).clickRow(0);

        assertThat(getCurrentView()).isInstanceOf(ClientView.class);
        assertThat(find(com.vaadin.flow.component.html.H2.class)
                        .withText("Hana Morikawa")
                        .exists())
                .isTrue();
    }

    @Test
    void enter_on_a_focused_row_opens_the_clients_page_like_a_click() {
        navigate(CaseloadView.class);
        test(find(TextField.class).withPlaceholder("Name or e-mail").single()).setValue("morikawa");
        var grid = grid();
        CaseloadEntry hana = test(grid).getRow(0);

        String hanasRow = grid.getDataCommunicator().getKeyMapper().key(hana);
        keyDown(grid, hanasRow, false);
        assertThat(getCurrentView()).as("another key on the row opens nobody").isInstanceOf(CaseloadView.class);

        keyDown(grid, hanasRow, true);

        assertThat(getCurrentView()).isInstanceOf(ClientView.class);
        assertThat(find(com.vaadin.flow.component.html.H2.class)
                        .withText("Hana Morikawa")
                        .exists())
                .isTrue();
    }

    /**
     * A keydown on a row as the browser reports it: the key of the row, and whether the listener's
     * filter (Enter on a row) matched (KeyboardJourneyIT presses the real keys in Chromium).
     */
    private static void keyDown(Grid<CaseloadEntry> grid, String rowKey, boolean enter) {
        var data = com.vaadin.flow.internal.JacksonUtils.createObjectNode();
        data.put(CaseloadView.ROW_KEY, rowKey);
        data.put(CaseloadView.ENTER_ON_ROW, enter);
        grid.getElement()
                .getNode()
                .getFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class)
                .fireEvent(new com.vaadin.flow.dom.DomEvent(grid.getElement(), "keydown", data));
    }

    @Test
    void a_client_with_no_homework_yet_shows_no_rate_rather_than_zero() {
        navigate(CaseloadView.class);
        test(find(TextField.class).withPlaceholder("Name or e-mail").single()).setValue("wren");

        var headers =
                grid().getColumns().stream().map(Grid.Column::getHeaderText).toList();
        var grid = test(grid());
        assertThat(grid.getCellText(0, headers.indexOf("Done (30 days)"))).isEqualTo("—");
        assertThat(grid.getCellText(0, headers.indexOf("Overdue"))).isEqualTo("0");
        assertThat(grid.getCellText(0, headers.indexOf("Trust"))).isEqualTo("—");
    }

    @Test
    @ChangesDemoPractice
    void a_bad_e_mail_address_is_explained_next_to_the_field_and_nothing_typed_is_lost() {
        navigate(CaseloadView.class);
        test(find(Button.class).withText("New client").single()).click();

        test(find(TextField.class).withLabel("Full name").single()).setValue("Wendell Roe");
        var email = find(EmailField.class).withLabel("E-mail").single();
        test(email).setValue("wendell@");
        test(find(Button.class).withText("Invite").single()).click();

        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Enter a valid e-mail address, like name@example.org");
        assertThat(email.getValue()).isEqualTo("wendell@");
        assertThat(find(TextField.class).withLabel("Full name").single().getValue())
                .isEqualTo("Wendell Roe");

        test(email).setValue("wendell.roe@example.org");
        test(find(Button.class).withText("Invite").single()).click();
        assertThat(test(grid()).size()).isEqualTo(Demo.CLINICIAN_CASELOAD + 1);
        var link = find(TextField.class)
                .withLabel("Invitation link for Wendell Roe")
                .single();
        assertThat(link.getValue()).startsWith("http://localhost:8080/invitation/");
        assertThat(link.isReadOnly()).isTrue();
    }

    @Test
    @ChangesDemoPractice
    void
            the_invitation_starts_in_the_practice_language_and_one_in_spanish_names_the_clients_day_in_the_clinicians_words() {
        navigate(CaseloadView.class);
        test(find(Button.class).withText("New client").single()).click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Language> language =
                find(RadioButtonGroup.class).withLabel("Language").single();
        assertThat(language.getValue()).as("the practice's language (en-GB)").isEqualTo(Language.ENGLISH);

        test(find(TextField.class).withLabel("Full name").single()).setValue("Lucía Ferrer");
        test(find(EmailField.class).withLabel("E-mail").single()).setValue("lucia.ferrer@example.org");
        language.setValue(Language.SPANISH);
        test(find(Button.class).withText("Invite").single()).click();

        assertThat(jdbc.queryForObject(
                        "select language from account where email = ?", String.class, "lucia.ferrer@example.org"))
                .isEqualTo("es");
        // Stored as UTC wall time (hibernate.jdbc.time_zone): read as an Instant, JDBC would take it for the JVM's
        // own zone, and in Auckland the day moved (CI failed on it at 23:58 UTC).
        Instant expiresAt = jdbc.queryForObject(
                        "select i.expires_at from invitation i join account a on a.id = i.account_id where a.email = ?",
                        LocalDateTime.class,
                        "lucia.ferrer@example.org")
                .toInstant(ZoneOffset.UTC);
        // The day the e-mail gives the client (the practice's day for someone who has told us no zone), in the
        // clinician's own language: exploration found the Spanish words in an English dialog.
        String day = DateTimeFormatter.ofPattern("EEEE d MMMM y", Locale.forLanguageTag("en-GB"))
                .format(LocalDate.ofInstant(expiresAt, ZoneId.of("Europe/London")));
        assertThat(find(Paragraph.class)
                        .withText(
                                "E-mail is not set up, so pass this link on yourself, privately. It works once, until "
                                        + day + ".")
                        .exists())
                .isTrue();
    }

    @Test
    @ChangesDemoPractice
    void an_address_in_use_gets_the_neutral_answer_next_to_the_field_and_nothing_typed_is_lost() {
        navigate(CaseloadView.class);
        test(find(Button.class).withText("New client").single()).click();

        test(find(TextField.class).withLabel("Full name").single()).setValue("Someone Else's Client");
        var email = find(EmailField.class).withLabel("E-mail").single();
        test(email).setValue(Demo.CLIENT_2);
        test(find(Button.class).withText("Invite").single()).click();

        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo(Messages.ofPage(ClientInvitationService.CANNOT_INVITE));
        assertThat(email.getValue()).isEqualTo(Demo.CLIENT_2);
        assertThat(find(TextField.class).withLabel("Full name").single().getValue())
                .isEqualTo("Someone Else's Client");
        assertThat(test(grid()).size()).isEqualTo(Demo.CLINICIAN_CASELOAD);
    }

    /** Exploration: "Robin", U+202E, "nworb" showed everywhere as another name. */
    @Test
    @ChangesDemoPractice
    void a_name_with_a_direction_override_is_refused_next_to_the_field_and_nothing_typed_is_lost() {
        navigate(CaseloadView.class);
        test(find(Button.class).withText("New client").single()).click();

        var name = find(TextField.class).withLabel("Full name").single();
        test(name).setValue("Robin \u202Enworb");
        test(find(EmailField.class).withLabel("E-mail").single()).setValue("robin@example.org");
        test(find(Button.class).withText("Invite").single()).click();

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage())
                .isEqualTo("A name can only hold characters you can see. Remove hidden ones (such as a zero-width"
                        + " space, or U+202E, which reverses the text) and type it again.");
        assertThat(name.getValue()).isEqualTo("Robin \u202Enworb");
        assertThat(find(EmailField.class).withLabel("E-mail").single().getValue())
                .isEqualTo("robin@example.org");
        assertThat(test(grid()).size()).isEqualTo(Demo.CLINICIAN_CASELOAD);
    }

    @Test
    void the_columns_a_clinician_scans_for_come_first_and_the_name_stays_in_view() {
        navigate(CaseloadView.class);

        var columns = grid().getColumns();
        assertThat(columns.stream().map(Grid.Column::getHeaderText).limit(5))
                .containsExactly("Name", "Status", "Safety", "Overdue", "To review");
        assertThat(columns.getFirst().isFrozen())
                .as("the name stays put while the rest scrolls")
                .isTrue();
        assertThat(grid().getThemeNames()).as("long names wrap").contains("wrap-cell-content");
    }

    @Test
    void a_search_that_finds_nobody_says_so_and_the_count_follows_the_filter() {
        navigate(CaseloadView.class);
        var search =
                test(find(TextField.class).withPlaceholder("Name or e-mail").single());

        search.setValue("morikawa");
        assertThat(find(com.vaadin.flow.component.html.Span.class)
                        .withText("1 of " + Demo.CLINICIAN_CASELOAD + " clients shown")
                        .exists())
                .isTrue();

        search.setValue("nobody-by-this-name");
        assertThat(test(grid()).size()).isZero();
        assertThat(grid().getEmptyStateText()).isEqualTo("No clients match this search and these filters.");
        assertThat(find(com.vaadin.flow.component.html.Span.class)
                        .withText("0 of " + Demo.CLINICIAN_CASELOAD + " clients shown")
                        .exists())
                .isTrue();

        search.setValue("");
        assertThat(find(com.vaadin.flow.component.html.Span.class)
                        .withText(Demo.CLINICIAN_CASELOAD + " clients")
                        .exists())
                .isTrue();
    }

    @Test
    void a_search_over_its_limit_is_kept_whole_and_refused_next_to_the_field_while_the_grid_keeps_the_last_search() {
        navigate(CaseloadView.class);
        var search = find(TextField.class).withPlaceholder("Name or e-mail").single();
        assertThat(search.getElement().getProperty("maxlength"))
                .as("no silent cut in the browser")
                .isNull();
        test(search).setValue("morikawa");
        int found = test(grid()).size();
        String tooLong = "morikawa ".repeat(15); // 135 characters

        test(search).setValue(tooLong);

        assertThat(search.getValue()).as("nothing cut").isEqualTo(tooLong);
        assertThat(search.isInvalid()).isTrue();
        assertThat(search.getErrorMessage()).isEqualTo("Searches are 120 characters at most; you have 135.");
        assertThat(test(grid()).size()).as("the last search stands").isEqualTo(found);
    }
}
