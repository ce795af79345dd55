package org.mendwell.triggers.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.client.domain.ClientRepository;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.MutableClock;
import org.mendwell.support.SignIn;
import org.mendwell.triggers.MyTriggerLogService;
import org.mendwell.triggers.RobinsTriggerLog;
import org.mendwell.triggers.TriggerLogService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The client's page for hard moments, the partner's neutral notice, and the clinician's panel. */
@MendwellTest
@Transactional
@ViewPackages(packages = "org.mendwell")
class MyTriggerLogViewTest extends SpringBrowserlessTest {

    @Autowired
    TriggerLogService clinicianSide;

    @Autowired
    MyTriggerLogService clientSide;

    @Autowired
    ClientRepository clientRecords;

    @Autowired
    ClientIds clientIds;

    @Autowired
    SignIn signIn;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    private UUID robin;

    @BeforeEach
    void afternoon() {
        RobinsTriggerLog.afternoon(clock);
        robin = clientIds.of(Demo.CLIENT);
    }

    private void turnedOn(boolean reassurance) {
        RobinsTriggerLog.turnedOn(signIn, clinicianSide, robin, reassurance);
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
    void a_moment_is_logged_with_two_taps_and_shows_under_today() {
        turnedOn(false);
        signIn.as(Demo.CLIENT);
        navigate(MyTriggerLogView.class);

        test(find(Button.class).withText("7").single()).click();
        test(find(Button.class).withText("Log this moment").single()).click();

        assertThat(test(find(Notification.class).last()).getText())
                .isEqualTo("Logged. Only you and your clinician see it.");
        assertThat(page()).contains("Today", ": 7 of 10");
    }

    @Test
    void without_an_intensity_nothing_is_logged_and_what_was_typed_stays() {
        turnedOn(false);
        signIn.as(Demo.CLIENT);
        navigate(MyTriggerLogView.class);
        TextField setOffBy =
                find(TextField.class).withCaption("What set it off? (optional)").single();
        test(setOffBy).setValue("An old photo");

        test(find(Button.class).withText("Log this moment").single()).click();

        assertThat(find(Span.class).withClassName("mw-field-error").single().getText())
                .isEqualTo("Choose how hard it was, from 0 to 10.");
        assertThat(setOffBy.getValue()).isEqualTo("An old photo");
        assertThat(page()).doesNotContain(" of 10");
    }

    @Test
    void a_client_whose_log_is_off_sees_no_form() {
        signIn.as(Demo.CLIENT);
        navigate(MyTriggerLogView.class);

        assertThat(page()).contains("hasn’t turned on the log of hard moments");
        assertThat(find(Button.class).withText("Log this moment").exists()).isFalse();
    }

    private java.util.List<String> menu() {
        return find(SideNav.class).single().getItems().stream()
                .filter(SideNavItem::isVisible)
                .map(SideNavItem::getLabel)
                .toList();
    }

    @Test
    void hard_moments_is_in_the_menu_for_a_client_whose_log_is_on_and_for_the_partner_the_signal_may_reach() {
        signIn.as(Demo.CLIENT);
        navigate("my/exercises", Component.class);
        assertThat(menu()).as("off: not listed").doesNotContain("Hard moments");

        turnedOn(false);
        signIn.as(Demo.CLIENT);
        navigate("my/exercises", Component.class);
        assertThat(menu()).as("on: listed").contains("Hard moments");

        signIn.as(Demo.JONAS);
        navigate("my/exercises", Component.class);
        assertThat(menu())
                .as("his partner's log being on, without the reassurance signal, lists nothing for him")
                .doesNotContain("Hard moments");

        turnedOn(true);
        signIn.as(Demo.JONAS);
        navigate("my/exercises", Component.class);
        assertThat(menu())
                .as("with the signal allowed, he is listed the page where he opts in to receive it")
                .contains("Hard moments");
    }

    @Test
    void asking_for_the_menu_on_every_page_writes_nothing_to_the_audit_trail() {
        turnedOn(true);
        signIn.as(Demo.JONAS);
        long before = jdbc.queryForObject("select count(*) from audit_event", Long.class);

        assertThat(clientSide.hardMomentsForMe()).isTrue();

        assertThat(jdbc.queryForObject("select count(*) from audit_event", Long.class))
                .as("the gate reads the client's own record and partner as references, not as audited reads")
                .isEqualTo(before);
    }

    /** Robin, her log and the signal on, logs a 9 set off by "Late message" and asks Jonas for reassurance. */
    private void robinAsksForReassurance() {
        turnedOn(true);
        signIn.as(Demo.JONAS);
        clientSide.setMyReassuranceOptIn(true);
        signIn.as(Demo.CLIENT);
        navigate(MyTriggerLogView.class);
        test(find(Checkbox.class)
                        .withCaption("I agree to use the reassurance signal")
                        .single())
                .click();
        test(find(TextField.class).withCaption("What set it off? (optional)").single())
                .setValue("Late message");
        test(find(Button.class).withText("9").single()).click();
        test(find(Button.class).withText("Log this moment").single()).click();
        test(find(Button.class).withText("I need reassurance").single()).click();
        assertThat(page()).as("told from where Robin stands: she asks").contains("you can let Jonas Kettering know");
    }

    @Test
    void the_partner_sees_a_neutral_notice_and_nothing_of_the_log() {
        robinAsksForReassurance();

        signIn.as(Demo.JONAS);
        navigate(MyTriggerLogView.class);

        assertThat(page())
                .contains("Your partner would welcome some reassurance")
                .as("told from where Jonas stands: he is asked")
                .contains("Robin Ashdown can let you know", "never what they logged")
                .doesNotContain("Late message", "9");
    }

    @Test
    void a_partner_who_keeps_no_log_sees_the_notice_on_his_start_page_and_nothing_of_her_log() {
        robinAsksForReassurance();

        signIn.as(Demo.JONAS);
        navigate("", Component.class);

        assertThat(menu())
                .as("his own log is off, but the page where he opted in to her signal is listed")
                .contains("Hard moments");
        assertThat(page())
                .contains("Your partner would welcome some reassurance")
                .doesNotContain("Late message", "9 of 10");
        test(find(Button.class).withText("Got it").single()).click();
        assertThat(clientSide.myReassuranceNotices()).as("seen once, gone").isEmpty();
    }

    @Test
    void on_a_flagged_case_the_clinician_must_give_a_reason_next_to_the_field() {
        clientRecords.findByEmail(Demo.JONAS).orElseThrow().flagForSafety();
        signIn.as(Demo.CLINICIAN);
        progressTab();
        TriggerLogPanel panel = find(TriggerLogPanel.class).single();

        test(find(Checkbox.class)
                        .from(panel)
                        .withCaption("Trigger log on for this client")
                        .single())
                .click();
        test(find(Button.class)
                        .from(panel)
                        .withText("Save trigger log settings")
                        .single())
                .click();

        TextArea reason = find(TextArea.class).from(panel).single();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).contains("safety flag");
        assertThat(find(Checkbox.class)
                        .from(panel)
                        .withCaption(
                                "Allow the “I need reassurance” signal to the partner (both partners must also agree)")
                        .single()
                        .isEnabled())
                .isFalse();
    }
}
