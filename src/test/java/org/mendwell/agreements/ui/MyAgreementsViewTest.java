package org.mendwell.agreements.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mendwell.agreements.AgreementFixtures;
import org.mendwell.agreements.MyAgreementsService;
import org.mendwell.agreements.Outcome;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.MutableClock;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

/** The client's agreements page: the promiser marks a day, the partner sees the kept day and may notice it. */
@MendwellTest
@ViewPackages(packages = "org.mendwell")
class MyAgreementsViewTest extends SpringBrowserlessTest {

    @Autowired
    MutableClock clock;

    @Autowired
    SignIn signIn;

    @Autowired
    AgreementFixtures fixtures;

    @Autowired
    MyAgreementsService myAgreements;

    @AfterEach
    void noAgreementsLeft() {
        fixtures.removeAll();
    }

    private boolean says(String text) {
        return find(Paragraph.class).withTextContaining(text).exists();
    }

    @Test
    void a_client_without_agreements_is_told_what_the_page_is_for() {
        signIn.as(Demo.JONAS);
        navigate(MyAgreementsView.class);

        assertThat(says("No agreements yet.")).isTrue();
    }

    @Test
    void jonas_marks_today_kept_with_a_shared_note_and_sees_his_small_deposit() {
        fixtures.jonasPromisesDaily();
        signIn.as(Demo.JONAS);
        navigate(MyAgreementsView.class);
        assertThat(says("Small deposits: no kept days yet.")).isTrue();
        assertThat(says("Robin Ashdown sees the days you keep this promise")).isTrue();

        test(find(TextArea.class).single()).setValue("Texted at five");
        test(find(com.vaadin.flow.component.checkbox.Checkbox.class).single()).click();
        test(find(Button.class).withText("Kept").atIndex(1)).click();

        assertThat(notifications().contains("Saved")).isTrue();
        assertThat(says("Small deposits: one kept day.")).isTrue();
        assertThat(says("One kept day in a row.")).isTrue();
        assertThat(find(Button.class).withText("Kept").exists())
                .as("today is marked")
                .isFalse();

        signIn.as(Demo.CLIENT);
        navigate(MyAgreementsView.class);
        assertThat(says("Their note: Texted at five")).isTrue();
        test(find(Button.class).withText("I noticed").single()).click();
        assertThat(find(Span.class).withText("You noticed this").exists()).isTrue();
    }

    @Test
    void a_note_goes_with_the_day_it_was_typed_for_not_the_next_day_left_to_mark() {
        fixtures.jonasPromisesDailySince(2);
        signIn.as(Demo.JONAS);
        navigate(MyAgreementsView.class);

        test(find(TextArea.class).withCaption("Note for today (optional)").single())
                .setValue("Texted at five");
        test(find(Button.class).withText("Kept").atIndex(1)).click();
        assertThat(notifications().contains("Saved")).isTrue();
        assertThat(find(TextArea.class).all())
                .as("the days still to mark have their own, empty notes")
                .hasSize(2)
                .allMatch(note -> note.getValue().isEmpty() && !note.getLabel().contains("today"));
        test(find(Button.class).withText("Partly").atIndex(1)).click();

        var days = myAgreements.mine().promises().getFirst().recent();
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/London")));
        assertThat(days)
                .filteredOn(day -> day.day().equals(today))
                .singleElement()
                .satisfies(day -> {
                    assertThat(day.outcome()).isEqualTo(Outcome.KEPT);
                    assertThat(day.note()).isEqualTo("Texted at five");
                });
        assertThat(days)
                .filteredOn(day -> day.day().equals(today.minusDays(1)))
                .singleElement()
                .satisfies(day -> {
                    assertThat(day.outcome()).isEqualTo(Outcome.PARTLY);
                    assertThat(day.note()).isNull();
                });
    }

    @Test
    void not_this_time_is_for_the_promiser_only_the_partner_is_shown_nothing() {
        fixtures.jonasPromisesDaily();
        signIn.as(Demo.JONAS);
        navigate(MyAgreementsView.class);
        test(find(TextArea.class).single()).setValue("A hard day");
        test(find(Button.class).withText("Not this time").atIndex(1)).click();
        assertThat(notifications().contains("Saved")).isTrue();

        signIn.as(Demo.CLIENT);
        navigate(MyAgreementsView.class);
        String robinReads = getCurrentView().getElement().getTextRecursively();
        assertThat(robinReads).contains("No agreements yet.").doesNotContain("Not this time", "A hard day");
        assertThat(find(Button.class).withText("I noticed").exists()).isFalse();
    }

    @Test
    void a_note_over_its_limit_is_refused_next_to_the_field_and_nothing_typed_is_lost() {
        fixtures.jonasPromisesDaily();
        signIn.as(Demo.JONAS);
        navigate(MyAgreementsView.class);
        String tooLong = "x".repeat(501);
        var note = find(TextArea.class).single();
        test(note).setValue(tooLong);
        test(find(Button.class).withText("Kept").atIndex(1)).click();

        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).contains("500");
        assertThat(note.getValue()).isEqualTo(tooLong);
        assertThat(notifications().contains("Saved")).isFalse();
    }

    private java.util.List<String> notifications() {
        return find(Notification.class).all().stream()
                .map(n -> test(n).getText())
                .toList();
    }
}
