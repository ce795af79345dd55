package org.mendwell.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.client.ClientService;
import org.mendwell.homework.ExerciseSchedule;
import org.mendwell.reminders.ReminderJob;
import org.mendwell.shared.i18n.Messages;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.ExerciseFixtures;
import org.mendwell.support.MendwellWebTest;
import org.mendwell.support.MutableClock;
import org.mendwell.support.SignIn;
import org.mendwell.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.TestSecurityContextHolder;

/**
 * Issue 16, the Spanish journey in Chromium: the clinician invites a new client in Spanish; the client, on a
 * 360 px phone whose browser asks for British English, opens the e-mailed link, reads the page in Spanish, chooses a
 * password, completes the intake and a daily exercise in Spanish, and the next morning receives the reminder in
 * Spanish. Every portal text asserted comes from the {@code _es} bundles; axe runs on every page. The client's
 * address is new on each run and the demo practice is restored afterwards.
 */
@MendwellWebTest
@ChangesDemoPractice
class SpanishJourneyIT extends BrowserTest {

    static final Locale ES = Locale.forLanguageTag("es");
    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    static final String NAME = "Valeria Ortiz";
    static final String PASSWORD = "faroles sobre el puerto tranquilo";
    static final String EXERCISE = "consistency-one-small-promise";
    /** The built-in exercise's Spanish title and questions (built-in-library_es.json). */
    static final String EXERCISE_TITLE = "Una pequeña promesa al día";

    static final String PROMISE_TODAY = "La promesa de hoy: ¿a qué cosa pequeña y concreta se comprometió hoy? Por "
            + "ejemplo, enviar un mensaje al salir del trabajo.";
    static final String KEPT = "¿La cumplió?";
    static final String KEPT_NOTES = "Promesas cumplidas: una o dos líneas sobre lo que hizo o lo que se lo impidió. "
            + "No hacen falta excusas, solo sinceridad.";
    static final String PROMISE_TOMORROW =
            "La promesa de mañana: ¿qué cosa pequeña hará mañana que su pareja pueda notar?";

    @Autowired
    Messages messages;

    @Autowired
    TestMailServer mail;

    @Autowired
    MutableClock clock;

    @Autowired
    SignIn signIn;

    @Autowired
    org.mendwell.account.AccountService accounts;

    @Autowired
    ClientService clients;

    @Autowired
    ClientIds clientIds;

    @Autowired
    ExerciseFixtures exercises;

    @Autowired
    ReminderJob reminders;

    private final String email = "valeria.ortiz." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

    /** Noon in Madrid, forward only: the exercise given today is due today, and tomorrow's reminder is tomorrow's. */
    @BeforeEach
    void atNoonInMadrid() {
        ZonedDateTime now = ZonedDateTime.now(MADRID);
        ZonedDateTime noon = now.toLocalDate().atTime(12, 0).atZone(MADRID);
        clock.set((noon.isAfter(now) ? noon : noon.plusDays(1)).toInstant());
    }

    /** The portal's Spanish text for a key, as the _es bundle has it. */
    private String es(String key, Object... params) {
        return messages.text(key, ES, params);
    }

    /** A text up to a placeholder put in for a part that varies (a date, a link). */
    private static String before(String placeholder, String text) {
        return text.substring(0, text.indexOf(placeholder));
    }

    /** Axe on the page, and the page is Spanish for screen readers. */
    private void checkSpanishPage(String name) {
        assertThat(page.locator("html")).hasAttribute("lang", Pattern.compile("^es(-.*)?$"));
        Accessibility.assertNoSeriousViolations(page, name);
    }

    private void waitForSaved(String label) {
        assertThat(page.locator(".mw-save-state")).hasText(es("intake.draft.saved-answer", label));
    }

    private void next(int step, String stepKey) {
        button(es("intake.form.next")).click();
        assertThat(page.getByText(es("intake.form.step-title", step, 7, es(stepKey))))
                .isVisible();
    }

    /**
     * Issue 16 exploration: on a 1366 px laptop the administrator's staff list cut the Spanish status ("Desactivada")
     * and the dates to "Desac…". Every cell and header of the list shows its text whole.
     */
    @Test
    void the_staff_list_shows_every_cell_whole_on_a_laptop_in_spanish() {
        signIn.as(Demo.ADMIN);
        var gone = accounts.createClinician(new org.mendwell.account.NewStaffAccount(
                "alba.ferrer." + UUID.randomUUID().toString().substring(0, 8) + "@example.org", "Alba Ferrer"));
        accounts.setActive(gone.id(), false);
        newContext(new Browser.NewContextOptions().setViewportSize(1366, 768), "es-ES");
        page.navigate(url("login"));
        page.locator("input[name='username']").fill(Demo.ADMIN);
        page.locator("input[name='password']").fill(Demo.PASSWORD);
        page.locator("input[name='password']").press("Enter");
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
        page.navigate(url("admin/clinicians"));
        assertThat(page.locator("vaadin-grid-cell-content")
                        .getByText(es("staff.accounts.status.deactivated"))
                        .first())
                .isVisible();
        page.waitForFunction(Accessibility.VAADIN_IDLE);

        Object cut = page.evaluate("""
                () => [...document.querySelectorAll('vaadin-grid-cell-content')]
                  .filter(cell => cell.getBoundingClientRect().width > 0 && cell.textContent.trim())
                  .flatMap(cell => [cell, ...cell.querySelectorAll('vaadin-grid-sorter')])
                  .filter(el => el.scrollWidth > el.clientWidth + 1)
                  .map(el => el.textContent.trim().slice(0, 40) + ' (' + el.scrollWidth + ' > ' + el.clientWidth + ')')
                """);
        org.assertj.core.api.Assertions.assertThat((java.util.List<?>) cut)
                .as("cells cut at 1366 px")
                .isEmpty();
        org.assertj.core.api.Assertions.assertThat(page.evaluate(
                        "() => { const t = document.querySelector('vaadin-grid').shadowRoot.querySelector('#table');"
                                + " return t.scrollWidth <= t.clientWidth + 1; }"))
                .as("every column on screen, none behind a sideways scroll")
                .isEqualTo(true);
        screenshot("spanish-staff-list-1366");
    }

    /**
     * Issue 16 exploration: on the Spanish sign-in page the password's reveal button was named "Show password"; the
     * sign-in form draws that field itself, so only the browser shows what it is called.
     */
    @Test
    void the_spanish_sign_in_pages_reveal_button_speaks_spanish() {
        newContext(new Browser.NewContextOptions(), "es-ES");
        // What the connection indicator says as it is added to the page: it showed "Online" in English for a moment.
        page.addInitScript("""
                new MutationObserver((changes, observer) => {
                  const indicator = document.querySelector('vaadin-connection-indicator');
                  if (indicator) { window.mwFirstOnlineText = indicator.onlineText; observer.disconnect(); }
                }).observe(document, {childList: true, subtree: true});""");
        var response = page.navigate(url("login"));

        org.assertj.core.api.Assertions.assertThat(response.text())
                .as("the page as first sent is Spanish for a screen reader")
                .contains("<html lang=\"es");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mendwell")))
                .isVisible();
        org.assertj.core.api.Assertions.assertThat(page.evaluate("window.mwFirstOnlineText"))
                .as("the connection indicator's words from the moment it is drawn")
                .isEqualTo(es("shared.connection.online"));
        Locator reveal = page.locator("vaadin-login-form vaadin-password-field > [slot='reveal']");
        assertThat(reveal).hasAttribute("aria-label", es("shared.password.reveal"));
        checkSpanishPage("sign-in in Spanish");
    }

    @Test
    void a_client_invited_in_spanish_activates_does_the_intake_and_an_exercise_and_is_reminded_in_spanish() {
        // The clinician, whose portal is in English, invites a new client and picks Español.
        signIn(Demo.CLINICIAN, Demo.PASSWORD);
        button("New client").click();
        field("Full name").fill(NAME);
        field("E-mail").fill(email);
        option("Language", "Español").check();
        button("Invite").click();
        Locator note = page.getByText("We e-mailed this link. It works once, until ");
        assertThat(note).isVisible();
        Accessibility.assertNoSeriousViolations(page, "invitation ready");
        String lastDay = note.innerText().replaceAll("^.*until (.*)\\.$", "$1");
        button("Done").click();
        logOut();

        // The invitation e-mail is in Spanish and names the day the clinician was shown (in the clinician's English).
        String token = mail.tokenMailedTo(email, "invitation/");
        String invitation = mail.bodiesTo(email, 1).getLast();
        // The clinician's browser asks for American English: "Sunday December 13, 2026".
        java.time.LocalDate day = java.time.LocalDate.parse(
                lastDay, java.time.format.DateTimeFormatter.ofPattern("EEEE MMMM d, y", java.util.Locale.US));
        String sameDayInSpanish = java.time.format.DateTimeFormatter.ofPattern(
                        "EEEE d 'de' MMMM 'de' y", java.util.Locale.forLanguageTag("es"))
                .format(day);
        org.assertj.core.api.Assertions.assertThat(invitation)
                .startsWith(before("§", es("account.mail.invitation.body", NAME, "§", "§", "§")))
                .contains("hasta el " + sameDayInSpanish + ")")
                .doesNotContain("Hello");

        // The client, a Spanish speaker living in London, opens it on a 360 px phone whose browser asks for British
        // English: the page is in Spanish, the invitation's language, and so are its dates and date fields.
        newContext(new Browser.NewContextOptions().setViewportSize(360, 740), "en-GB");
        page.navigate(url("invitation/" + token));
        assertThat(page.getByRole(AriaRole.HEADING)
                        .filter(new Locator.FilterOptions().setHasText(es("account.activation.heading", NAME))))
                .isVisible();
        assertThat(page.getByText(es("account.activation.language", "español"))).isVisible();
        checkSpanishPage("invitation in Spanish");
        assertThat(page.locator("vaadin-password-field > [slot='reveal']"))
                .hasCount(2); // issue 16: both read "Show password" to a screen reader
        for (Locator reveal :
                page.locator("vaadin-password-field > [slot='reveal']").all()) {
            assertThat(reveal).hasAttribute("aria-label", es("shared.password.reveal"));
        }
        screenshot("spanish-01-invitation-360");
        field(es("account.activation.password")).fill(PASSWORD);
        field(es("account.password.repeat")).fill(PASSWORD);
        button(es("account.activation.continue")).click();

        // Straight into the intake, in Spanish.
        assertThat(page).hasURL(Pattern.compile(".*/intake$"));
        assertThat(page.getByText(es("intake.form.step-title", 1, 7, es("intake.step.about"))))
                .isVisible();
        field(es("intake.about.preferred-name.question")).fill("Vale");
        field(es("intake.about.date-of-birth")).fill("17/05/1990");
        field(es("intake.about.date-of-birth")).press("Enter");
        if (page.locator("vaadin-date-picker[opened]").count() > 0) {
            page.keyboard().press("Escape");
        }
        field(es("intake.about.phone")).fill("+34 912 345 678");
        field(es("intake.about.time-zone")).fill("Europe/Madrid");
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName("Europe/Madrid").setExact(true))
                .click();
        assertThat(page.locator("vaadin-combo-box[opened]")).hasCount(0);
        option(es("intake.about.preferred-contact.question"), es("intake.choice.preferred-contact.email"))
                .check();
        waitForSaved(es("intake.about.preferred-contact.question"));
        assertThat(field(es("intake.about.date-of-birth"))).hasValue(Pattern.compile("^17/0?5/1990$"));
        checkSpanishPage("intake step 1 in Spanish");
        screenshot("spanish-02-intake-360");

        next(2, "intake.step.emergency");
        field(es("intake.emergency.name.question")).fill("Lucía Ortiz");
        field(es("intake.emergency.relationship.question")).fill("Hermana");
        field(es("intake.emergency.phone.question")).fill("+34 912 345 679");
        waitForSaved(es("intake.emergency.phone.question"));

        next(3, "intake.step.reason");
        field(es("intake.reason.question")).fill("Queremos volver a confiar el uno en el otro.");
        option(es("intake.reason.work-mode.question"), es("intake.choice.work-mode.individual"))
                .check();

        next(4, "intake.step.trust");
        page.getByLabel(es("intake.choice.trust-breach.broken-promises"), new Page.GetByLabelOptions().setExact(true))
                .check();

        next(5, "intake.step.goals");
        field(es("intake.goals.goal-1")).fill("Cumplir lo que prometo");
        option(es("intake.goals.readiness.question"), es("intake.choice.readiness.ready"))
                .check();

        next(6, "intake.step.safety");
        for (String question : List.of(
                "intake.safety.afraid.question",
                "intake.safety.physical.question",
                "intake.safety.emotional.question",
                "intake.safety.control.question")) {
            option(es(question), es("intake.choice.safety.no")).check();
        }
        checkSpanishPage("intake safety step in Spanish");

        next(7, "intake.step.consent");
        page.getByLabel(es("intake.consent.treatment.agree"), new Page.GetByLabelOptions().setExact(true))
                .check();
        page.getByLabel(es("intake.consent.privacy.agree"), new Page.GetByLabelOptions().setExact(true))
                .check();
        field(es("intake.consent.signature")).fill(NAME);
        waitForSaved(es("intake.consent.signature"));
        checkSpanishPage("intake consent step in Spanish");
        button(es("intake.form.submit")).click();
        assertThat(page.getByText(before("§", es("intake.submitted.note", "§"))))
                .isVisible();
        assertThat(button(es("intake.form.submit"))).hasCount(0);
        checkSpanishPage("submitted intake in Spanish");
        screenshot("spanish-03-intake-submitted-360");

        // The clinician accepts the client and gives a daily exercise, which goes out in Spanish.
        UUID clientId = clientIds.of(email);
        signIn.as(Demo.CLINICIAN);
        clients.accept(clientId, clients.details(clientId).version());
        exercises.assign(
                clientId,
                EXERCISE,
                null,
                ExerciseSchedule.daily(clock.instant().atZone(MADRID).toLocalDate(), null, 3, LocalTime.of(21, 0)));
        TestSecurityContextHolder.clearContext();

        // The client does today's on the phone.
        page.navigate(url("my/exercises"));
        Locator today = page.locator(".mw-exercise-group")
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByRole(
                                AriaRole.HEADING,
                                new Page.GetByRoleOptions()
                                        .setName(es("homework.mine.today"))
                                        .setExact(true))));
        assertThat(today.locator(".mw-exercise-card").filter(new Locator.FilterOptions().setHasText(EXERCISE_TITLE)))
                .hasCount(1);
        checkSpanishPage("my exercises in Spanish");
        screenshot("spanish-04-my-exercises-360");
        today.locator(".mw-exercise-card")
                .filter(new Locator.FilterOptions().setHasText(EXERCISE_TITLE))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(EXERCISE_TITLE)))
                .isVisible();
        assertThat(page.locator(".mw-exercise-questions textarea").first()).isVisible();
        field(PROMISE_TODAY).fill("Avisar cuando salga del trabajo");
        option(KEPT, "Sí, como prometí").check();
        field(KEPT_NOTES).fill("Le escribí a las seis.");
        field(PROMISE_TOMORROW).fill("Preparar la cena juntos");
        checkSpanishPage("exercise in Spanish");
        screenshot("spanish-05-exercise-360");
        button(es("homework.exercise.submit")).click();
        assertThat(page.getByText(es("homework.exercise.submitted.clinician"))).isVisible();
        assertThat(button(es("homework.exercise.submit"))).hasCount(0);
        checkSpanishPage("submitted exercise in Spanish");

        // A validated questionnaire with no Spanish version goes out in English: its words are marked as English,
        // so a screen reader reads them in an English voice, and the page around them stays Spanish.
        signIn.as(Demo.CLINICIAN);
        exercises.assign(
                clientId,
                "gad-7",
                null,
                ExerciseSchedule.once(clock.instant().atZone(MADRID).toLocalDate(), LocalTime.of(21, 0)));
        TestSecurityContextHolder.clearContext();
        page.navigate(url("my/exercises"));
        page.locator(".mw-exercise-card")
                .filter(new Locator.FilterOptions().setHasText("GAD-7 (anxiety)"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("GAD-7 (anxiety)")))
                .hasAttribute("lang", "en");
        assertThat(page.locator(".mw-exercise-questions")).hasAttribute("lang", "en");
        checkSpanishPage("an English questionnaire on a Spanish page");

        // The next morning in Madrid the reminder job runs: tomorrow's promise is due, and the e-mail is Spanish.
        clock.set(clock.instant()
                .atZone(MADRID)
                .toLocalDate()
                .plusDays(1)
                .atTime(9, 0)
                .atZone(MADRID)
                .toInstant());
        reminders.runOnce();
        String dueToday = es("reminders.mail.reminder.due-today");
        // The invitation greeted her the same way; the reminder is the message with today's exercises.
        List<String> toClient = mail.bodiesTo(email, dueToday);
        org.assertj.core.api.Assertions.assertThat(toClient)
                .filteredOn(body -> body.contains(dueToday))
                .singleElement()
                .asString()
                .startsWith(es("reminders.mail.reminder.hello", NAME))
                .containsPattern("- " + Pattern.quote(EXERCISE_TITLE) + " \\(\\p{L}+ \\d{1,2} de \\p{L}+\\)")
                .doesNotContain("Hello", "Due today");
    }
}
