package org.mendwell.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mendwell.support.Visitor.CLIENTS;
import static org.mendwell.support.Visitor.CLINICIANS;
import static org.mendwell.support.Visitor.EVERYONE;
import static org.mendwell.support.Visitor.SIGNED_IN;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.RouteConfiguration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.account.ui.LoginView;
import org.mendwell.agreements.AgreementService;
import org.mendwell.agreements.Frequency;
import org.mendwell.agreements.MyAgreementsService;
import org.mendwell.agreements.NewAgreement;
import org.mendwell.agreements.Outcome;
import org.mendwell.agreements.Promisers;
import org.mendwell.homework.Answer;
import org.mendwell.homework.AssignExercise;
import org.mendwell.homework.AssignmentService;
import org.mendwell.homework.CompletionService;
import org.mendwell.homework.ExerciseSchedule;
import org.mendwell.homework.TemplateEditingService;
import org.mendwell.homework.domain.ExerciseTemplateRepository;
import org.mendwell.homework.domain.SubmissionRepository;
import org.mendwell.letters.DraftBasis;
import org.mendwell.letters.LetterKind;
import org.mendwell.letters.LetterReviewService;
import org.mendwell.letters.MyLettersService;
import org.mendwell.shared.ui.AccessDeniedView;
import org.mendwell.shared.ui.RecordNotFoundView;
import org.mendwell.support.AnotherCouple;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.MutableClock;
import org.mendwell.support.PageText;
import org.mendwell.support.SignIn;
import org.mendwell.support.TemplateFixtures;
import org.mendwell.support.Visitor;
import org.mendwell.triggers.LogMoment;
import org.mendwell.triggers.MyTriggerLogService;
import org.mendwell.triggers.TriggerLogService;
import org.mendwell.triggers.TriggerLogSettings;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every route × every kind of visitor × records that belong to someone: the owner (and only the
 * owner) gets the page; everyone else is refused (sent to log in, "not available", or "not found")
 * and the refused page shows nothing of the record. Robin's partner Jonas opens the pages she shares
 * with him and sees there what she shares, never her safety data; and on no page, opened or refused,
 * does anyone see text of a record that is not theirs to see. Pages are read with {@link PageText}:
 * text nodes, components' properties, dialogs and notifications, and grids' rows. A route the
 * application has that this matrix does not list fails the build, so a new page cannot skip the
 * question of who may open it.
 */
@MendwellTest
@ViewPackages(packages = "org.mendwell")
@ChangesDemoPractice
class RouteAccessMatrixTest extends SpringBrowserlessTest {

    /** The practice administrator alone (Visitor.ADMIN is the visitor). */
    private static final Set<Visitor> ADMIN = Visitor.ADMINS;

    private static final String ANSWER = "Matrix answer 5d2a";
    private static final String WITHHELD_ANSWER = "Matrix withheld answer 1c5f";
    private static final String SAFETY_QUESTION = "how safe do you feel with your partner";
    private static final String TEMPLATE_TITLE = "Matrix template 7c1e";
    private static final String ROBINS_DRAFT = "Matrix letter 8e3f";
    private static final String LETTER_TO_ROBIN = "Matrix letter 9a4b";
    private static final String AGREEMENT_WORDS = "Matrix promise 4b8d";
    private static final String PRIVATE_NOTE = "Matrix private note on a kept day 2e6b";
    private static final String NOT_THIS_TIME_NOTE = "Matrix shared note on a day not kept 6e2c";
    private static final String TRIGGER = "Matrix set off by 8d3a";
    private static final String REASSURANCE_NOTICE = "Your partner would welcome some reassurance";

    /**
     * One route: the address to open, who may, text that must not show when refused, and text each
     * visitor who may open it must find there (their own data, so that "it does not show X" is read
     * from a page that shows what it should).
     */
    private record Row(String path, Set<Visitor> allowed, String secret, Map<Visitor, String> shows) {

        Row(String path, Set<Visitor> allowed, String secret) {
            this(path, allowed, secret, new EnumMap<>(Visitor.class));
        }

        Row shows(Visitor visitor, String text) {
            shows.put(visitor, text);
            return this;
        }
    }

    @Autowired
    MutableClock clock;

    @Autowired
    SignIn signIn;

    @Autowired
    ClientIds clientIds;

    @Autowired
    AssignmentService assignments;

    @Autowired
    CompletionService completion;

    @Autowired
    SubmissionRepository submissions;

    @Autowired
    ExerciseTemplateRepository templates;

    @Autowired
    TemplateEditingService templateEditing;

    @Autowired
    MyLettersService myLetters;

    @Autowired
    LetterReviewService letterReview;

    @Autowired
    AgreementService agreements;

    @Autowired
    MyAgreementsService myAgreements;

    @Autowired
    TriggerLogService triggerLog;

    @Autowired
    MyTriggerLogService myTriggerLog;

    @Autowired
    AnotherCouple anotherCouple;

    private Map<String, Row> matrix;

    /** Text of someone's record, and who may see it; on every page, opened or refused, nobody else does. */
    private final Map<String, Set<Visitor>> secrets = new LinkedHashMap<>();

    /**
     * Robin's records: a submitted check-in shared with her partner (one answer held back), a template of
     * her clinician's own, a visible promise kept today with a private note and another "not this time" with
     * a shared note, her trigger log with a hard moment and the reassurance notice it left Jonas, her letter
     * draft and Jonas's letter released to her. Hana and Samuel are linked as another couple.
     */
    @BeforeEach
    void robinsRecords() {
        anotherCouple.link();
        UUID robin = clientIds.of(Demo.CLIENT);
        signIn.as(Demo.CLINICIAN);
        LocalDate robinsToday = clock.setToNoonIn(ZoneId.of("Europe/London"));
        UUID kept = agreement(robin, AGREEMENT_WORDS, robinsToday);
        UUID notKept = agreement(robin, "Matrix promise for hard days 5a1c", robinsToday);
        triggerLog.setTriggerLog(robin, new TriggerLogSettings(true, true, null));
        assignments.assign(new AssignExercise(
                robin,
                templates.findByKey("daily-check-in").orElseThrow().getId(),
                null,
                ExerciseSchedule.once(clock.setToNoonIn(ZoneId.of("Europe/London")), LocalTime.of(23, 59)),
                false,
                null));
        UUID template = templateEditing
                .create(TemplateFixtures.oneQuestion("Matrix template 7c1e"))
                .templateId();
        signIn.as(Demo.CLIENT);
        var mine = assignments.myExercises();
        UUID occurrence = (mine.today().isEmpty() ? mine.overdue() : mine.today())
                .getFirst()
                .occurrenceId();
        var answers = new HashMap<Integer, Answer>();
        answers.put(0, Answer.text("Matrix answer 5d2a"));
        answers.put(1, Answer.text("Work"));
        answers.put(3, Answer.text(WITHHELD_ANSWER));
        for (int scale = 4; scale <= 7; scale++) {
            answers.put(scale, Answer.scale(5));
        }
        completion.submit(occurrence, answers);
        completion.shareWithPartner(occurrence, true);
        completion.withholdFromPartner(occurrence, Set.of(3));
        myAgreements.mark(kept, robinsToday, Outcome.KEPT, PRIVATE_NOTE, false);
        myAgreements.mark(notKept, robinsToday, Outcome.NOT_THIS_TIME, NOT_THIS_TIME_NOTE, true);
        myTriggerLog.setMyReassuranceOptIn(true);
        myTriggerLog.logMoment(new LogMoment(7, TRIGGER, Set.of(), null, null));
        UUID submission =
                submissions.findByOccurrenceId(occurrence).orElseThrow().getId();

        UUID robinsLetter = myLetters.startLetter(LetterKind.APOLOGY);
        myLetters.saveDraft(robinsLetter, "Matrix letter 8e3f", new DraftBasis(UUID.randomUUID(), 0));
        signIn.as(Demo.JONAS);
        myTriggerLog.setMyReassuranceOptIn(true);
        UUID letterToRobin = myLetters.startLetter(LetterKind.DISCLOSURE);
        myLetters.submit(letterToRobin, LETTER_TO_ROBIN);
        signIn.as(Demo.CLIENT);
        myTriggerLog.askForReassurance();
        signIn.as(Demo.CLINICIAN);
        letterReview.release(letterToRobin);

        String name = "Robin Ashdown";
        Set<Visitor> robinAndHerClinician = EnumSet.of(Visitor.CLIENT, Visitor.CLINICIAN);
        Set<Visitor> theCoupleAndTheirClinician = EnumSet.of(Visitor.CLIENT, Visitor.PARTNER, Visitor.CLINICIAN);
        secrets.clear();
        // The audit trail names whose record was read or changed: client names are the administrator's too.
        secrets.put(name, EnumSet.of(Visitor.CLIENT, Visitor.PARTNER, Visitor.CLINICIAN, Visitor.ADMIN));
        secrets.put("Hana Morikawa", EnumSet.of(Visitor.OTHER_COUPLE, Visitor.CLINICIAN, Visitor.ADMIN));
        secrets.put("Samuel Achterberg", EnumSet.of(Visitor.OTHER_COUPLE, Visitor.CLINICIAN, Visitor.ADMIN));
        secrets.put("Casey Marlowe", EnumSet.of(Visitor.OTHER_CLIENT, Visitor.OTHER_CLINICIAN, Visitor.ADMIN));
        secrets.put(TEMPLATE_TITLE, EnumSet.of(Visitor.CLINICIAN));
        // What Robin shared with Jonas, and what she did not: the answer held back, the safety question.
        secrets.put(ANSWER, theCoupleAndTheirClinician);
        secrets.put(WITHHELD_ANSWER, robinAndHerClinician);
        secrets.put(SAFETY_QUESTION, EnumSet.complementOf(EnumSet.of(Visitor.PARTNER)));
        // Her visible promise; of her marks, Jonas sees kept days only, without the note she kept to herself.
        secrets.put(AGREEMENT_WORDS, theCoupleAndTheirClinician);
        secrets.put(PRIVATE_NOTE, robinAndHerClinician);
        secrets.put(NOT_THIS_TIME_NOTE, robinAndHerClinician);
        // Her trigger log; Jonas gets the neutral notice, and nobody else does.
        secrets.put(TRIGGER, robinAndHerClinician);
        secrets.put(REASSURANCE_NOTICE, EnumSet.of(Visitor.PARTNER));
        // Her draft is hers alone; Jonas's letter reached her through her clinician.
        secrets.put(ROBINS_DRAFT, EnumSet.of(Visitor.CLIENT));
        secrets.put(LETTER_TO_ROBIN, theCoupleAndTheirClinician);

        matrix = new LinkedHashMap<>();
        // Home sends each role to its own start page, and someone signed out to the log-in page.
        matrix.put("", new Row("", SIGNED_IN, ""));
        matrix.put("login", new Row("login", EVERYONE, ""));
        matrix.put("invitation/:token", new Row("invitation/not-a-real-token", EVERYONE, ""));
        matrix.put("account", new Row("account", SIGNED_IN, ""));
        // The link sent to a new sign-in address: signed in only, so a mailbox alone moves no account.
        matrix.put("confirm-email/:token", new Row("confirm-email/not-a-real-token", SIGNED_IN, ""));
        matrix.put("forgot-password", new Row("forgot-password", EVERYONE, ""));
        matrix.put("reset-password/:token", new Row("reset-password/not-a-real-token", EVERYONE, ""));
        // The code step belongs to a sign-in in progress; without one, everyone is sent back to log in.
        matrix.put("login/code", new Row("login/code", EnumSet.noneOf(Visitor.class), ""));
        matrix.put("login/enrol", new Row("login/enrol", EnumSet.noneOf(Visitor.class), ""));
        matrix.put("admin", new Row("admin", ADMIN, ""));
        matrix.put("admin/clinicians", new Row("admin/clinicians", ADMIN, ""));
        matrix.put("admin/consent", new Row("admin/consent", ADMIN, ""));
        matrix.put("admin/audit", new Row("admin/audit", ADMIN, ""));
        matrix.put("caseload", new Row("caseload", CLINICIANS, "").shows(Visitor.CLINICIAN, name));
        matrix.put("review", new Row("review", CLINICIANS, name).shows(Visitor.CLINICIAN, name));
        matrix.put("library", new Row("library", CLINICIANS, ""));
        matrix.put("library/new", new Row("library/new", CLINICIANS, ""));
        matrix.put(
                "library/edit/:templateId",
                new Row("library/edit/" + template, EnumSet.of(Visitor.CLINICIAN), "Matrix template 7c1e"));
        matrix.put(
                "clients",
                new Row("clients/" + robin, EnumSet.of(Visitor.CLINICIAN), name).shows(Visitor.CLINICIAN, name));
        matrix.put(
                "submissions",
                new Row("submissions/" + submission, EnumSet.of(Visitor.CLINICIAN), ANSWER)
                        .shows(Visitor.CLINICIAN, WITHHELD_ANSWER));
        matrix.put("my/exercises", new Row("my/exercises", CLIENTS, ""));
        matrix.put(
                "my/exercise",
                new Row("my/exercise/" + occurrence, EnumSet.of(Visitor.CLIENT), ANSWER)
                        .shows(Visitor.CLIENT, WITHHELD_ANSWER));
        // Shared with her partner Jonas only (Robin's own link is refused too): the answers she did not hold back.
        matrix.put(
                "my/shared",
                new Row("my/shared/" + submission, EnumSet.of(Visitor.PARTNER), ANSWER).shows(Visitor.PARTNER, ANSWER));
        matrix.put("my/progress", new Row("my/progress", CLIENTS, ""));
        // Robin's log (her hard moment today, as a time and "7 of 10"); on Jonas's own page, the neutral notice
        // her signal left him and nothing of her log.
        matrix.put(
                "my/hard-moments",
                new Row("my/hard-moments", CLIENTS, "")
                        .shows(Visitor.CLIENT, "7 of 10")
                        .shows(Visitor.PARTNER, REASSURANCE_NOTICE));
        // Robin's promises, and on Jonas's page her kept day: never the day not kept, nor the note she kept back.
        matrix.put(
                "my/agreements",
                new Row("my/agreements", CLIENTS, "")
                        .shows(Visitor.CLIENT, PRIVATE_NOTE)
                        .shows(Visitor.PARTNER, AGREEMENT_WORDS));
        matrix.put("my/settings", new Row("my/settings", CLIENTS, ""));
        matrix.put("intake", new Row("intake", CLIENTS, ""));
        matrix.put("my/letters", new Row("my/letters", CLIENTS, ""));
        matrix.put(
                "my/letter",
                new Row("my/letter/" + robinsLetter, EnumSet.of(Visitor.CLIENT), ROBINS_DRAFT)
                        .shows(Visitor.CLIENT, ROBINS_DRAFT));
        // Jonas wrote it: it is Robin's to read, not his to open as a letter to him.
        matrix.put(
                "my/letter-from",
                new Row("my/letter-from/" + letterToRobin, EnumSet.of(Visitor.CLIENT), LETTER_TO_ROBIN)
                        .shows(Visitor.CLIENT, LETTER_TO_ROBIN));
        matrix.put(
                "couple-work",
                new Row("couple-work/" + robin, EnumSet.of(Visitor.CLINICIAN), LETTER_TO_ROBIN)
                        .shows(Visitor.CLINICIAN, LETTER_TO_ROBIN));
    }

    /** A daily promise of Robin's, from today, visible to her partner (the default). */
    private UUID agreement(UUID robin, String words, LocalDate today) {
        return agreements
                .record(new NewAgreement(
                        robin, words, Promisers.CLIENT, Frequency.DAILY, Set.of(), today, null, true, null))
                .getFirst();
    }

    /** The route's template as the router knows it, with a trailing URL parameter left off. */
    private static String templateOf(String routeTemplate) {
        return routeTemplate.replaceAll("/:___url_parameter.*$", "");
    }

    @Test
    void every_route_of_the_application_is_in_the_matrix() {
        Set<String> routes = new TreeSet<>();
        RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                // A page that exists only in UnexpectedErrorViewTest, to make a view fail on purpose.
                .filter(route -> !route.getNavigationTarget().getName().contains("UnexpectedErrorViewTest"))
                .forEach(route -> routes.add(templateOf(route.getTemplate())));
        // The router lists routes, not their aliases; the template editor's alias is in the matrix too.
        routes.add("library/edit/:templateId");
        assertThat(matrix.keySet()).as("routes in the matrix").containsExactlyInAnyOrderElementsOf(routes);
    }

    @Test
    void each_route_opens_for_its_owners_only_and_refusals_show_nothing_of_the_record() {
        List<String> wrong = new ArrayList<>();
        for (Visitor visitor : Visitor.values()) {
            for (var entry : matrix.entrySet()) {
                Row row = entry.getValue();
                signIn.as(visitor);
                // Each cell is a fresh look: a notification left open by the cell before is not this page's.
                UI.getCurrent()
                        .getChildren()
                        .filter(Notification.class::isInstance)
                        .toList()
                        .forEach(UI.getCurrent()::remove);
                navigate(row.path(), Component.class);
                // As the response reaches the browser: what opens on the way (a notification) is attached then.
                roundTrip();
                var view = getCurrentView();
                boolean refused = view instanceof AccessDeniedView
                        || view instanceof RecordNotFoundView
                        || (view instanceof LoginView && !row.path().equals("login"));
                boolean allowed = row.allowed().contains(visitor);
                if (allowed && refused) {
                    wrong.add(visitor + " was refused " + row.path());
                } else if (allowed && view instanceof org.mendwell.shared.ui.UnexpectedErrorView) {
                    wrong.add(visitor + " got an error page at " + row.path());
                } else if (!allowed && !refused) {
                    wrong.add(visitor + " opened " + row.path() + " ("
                            + view.getClass().getSimpleName() + ")");
                }
                String page = PageText.of(UI.getCurrent());
                if (!allowed && !row.secret().isEmpty() && page.contains(row.secret())) {
                    wrong.add(visitor + " was refused " + row.path() + " but saw \"" + row.secret() + "\"");
                }
                if (allowed
                        && !refused
                        && row.shows().containsKey(visitor)
                        && !page.contains(row.shows().get(visitor))) {
                    wrong.add(visitor + " opened " + row.path() + " without \""
                            + row.shows().get(visitor) + "\"");
                }
                secrets.forEach((secret, mayKnow) -> {
                    if (!mayKnow.contains(visitor) && page.contains(secret)) {
                        wrong.add(visitor + " saw \"" + secret + "\" at " + row.path());
                    }
                });
            }
        }
        assertThat(wrong).isEmpty();
    }
}
