package org.mendwell.agreements.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.agreements.AgreementFixtures;
import org.mendwell.agreements.MyAgreementsService;
import org.mendwell.agreements.Outcome;
import org.mendwell.client.CoupleLinkEnding;
import org.mendwell.client.CoupleLinkService;
import org.mendwell.client.domain.ClientRepository;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.MutableClock;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * Jonas's promise after his link with Robin ended for safety, on the pages: Jonas reads it (no word of why), and
 * the clinician resumes it from Jonas's page. Each test runs in a transaction that is rolled back.
 */
@MendwellTest
@ViewPackages(packages = "org.mendwell")
@Transactional // the pages call the services in this thread; the ended link and the promise are rolled back
class StoppedAgreementViewsTest extends SpringBrowserlessTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    SignIn signIn;

    @Autowired
    ClientIds clientIds;

    @Autowired
    AgreementFixtures fixtures;

    @Autowired
    MyAgreementsService mine;

    @Autowired
    CoupleLinkService coupleLinks;

    @Autowired
    ClientRepository clientRecords;

    @Autowired
    MutableClock clock;

    private LocalDate today;

    private UUID promise;

    @BeforeEach
    void jonasKeptTodayThenTheLinkEndedForSafety() {
        today = clock.setToNoonIn(LONDON);
        promise = fixtures.jonasPromisesDaily();
        signIn.as(Demo.JONAS);
        mine.mark(promise, today, Outcome.KEPT, "Texted at five", false);
        signIn.as(Demo.CLINICIAN);
        coupleLinks.endLink(clientIds.of(Demo.CLIENT), CoupleLinkEnding.SAFETY, "Threats disclosed in session.");
    }

    @AfterEach
    void realTimeAgain() {
        clock.backToNow();
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively();
    }

    @Test
    void jonas_reads_his_stopped_promise_and_his_kept_day_with_nothing_to_mark_and_no_word_of_safety() {
        signIn.as(Demo.JONAS);
        navigate(MyAgreementsView.class);

        assertThat(text())
                .contains(AgreementFixtures.JONAS_PROMISE)
                .contains("Your clinician stopped this agreement on")
                .contains("Small deposits: one kept day.")
                .contains("Texted at five")
                .doesNotContainIgnoringCase("safety")
                .doesNotContain("Threats");
        assertThat(find(Button.class).withText("Kept").exists())
                .as("nothing to mark")
                .isFalse();
    }

    @Test
    void the_clinician_resumes_it_from_jonass_page_and_on_a_flagged_case_is_asked_for_the_reason_first() {
        clientRecords.findByEmail(Demo.JONAS).orElseThrow().flagForSafety();
        clientRecords.flush();
        signIn.as(Demo.CLINICIAN);
        navigate("clients/" + clientIds.of(Demo.JONAS), Component.class);
        assertThat(text()).contains("Stopped: the couple link ended for safety");

        test(find(Button.class).withText("Resume").single()).click();
        var dialog = find(Dialog.class).single();
        var reason = find(TextArea.class)
                .withCaption("Why resuming is right despite the safety flag")
                .single();
        test(find(Button.class).withText("Resume the agreement").single()).click();
        assertThat(reason.isInvalid()).as("the reason a flagged case needs").isTrue();
        assertThat(dialog.isOpened()).as("nothing typed is lost").isTrue();

        test(reason).setValue("Screened again in session: no coercion.");
        test(find(Button.class).withText("Resume the agreement").single()).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(find(Button.class).withText("Resume").exists()).isFalse();
        signIn.as(Demo.JONAS);
        assertThat(mine.mine().promises().getFirst().stopped()).isFalse();
    }
}
