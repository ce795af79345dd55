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
import org.mendwell.client.domain.ClientRepository;
import org.mendwell.homework.Answer;
import org.mendwell.homework.AssignExercise;
import org.mendwell.homework.AssignmentService;
import org.mendwell.homework.CompletionService;
import org.mendwell.homework.ExerciseSchedule;
import org.mendwell.homework.TemplateEditingService;
import org.mendwell.homework.domain.ExerciseTemplateRepository;
import org.mendwell.homework.domain.SubmissionRepository;
import org.mendwell.letters.LetterKind;
import org.mendwell.letters.LetterReviewService;
import org.mendwell.letters.MyLettersService;
import org.mendwell.shared.ui.AccessDeniedView;
import org.mendwell.shared.ui.RecordNotFoundView;
import org.mendwell.support.ChangesDemoPractice;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.PageText;
import org.mendwell.support.SignIn;
import org.mendwell.support.TemplateFixtures;
import org.mendwell.support.Visitor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every route × every kind of visitor × records that belong to someone: the owner (and only the
 * owner) gets the page; everyone else is refused (sent to log in, "not available", or "not found")
 * and the refused page shows nothing of the record, read with {@link PageText} (text nodes alone read
 * as empty for these pages). A route the application has that this matrix
 * does not list fails the build, so a new page cannot skip the question of who may open it.
 */
@MendwellTest
@ViewPackages(packages = "org.mendwell")
@ChangesDemoPractice
class RouteAccessMatrixTest extends SpringBrowserlessTest {

    /** The practice administrator alone (Visitor.ADMIN is the visitor). */
    private static final Set<Visitor> ADMIN = Visitor.ADMINS;

    /** One route: the address to open, who may, and text that must not show when refused. */
    private record Row(String path, Set<Visitor> allowed, String secret) {}

    @Autowired
    SignIn signIn;

    @Autowired
    ClientRepository clientRecords;

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

    private Map<String, Row> matrix;

    /** Robin's records: a submitted check-in (shared with her partner) and a template of her clinician's own. */
    @BeforeEach
    void robinsRecords() {
        UUID robin = clientRecords.findByEmail(Demo.CLIENT).orElseThrow().getId();
        signIn.as(Demo.CLINICIAN);
        assignments.assign(new AssignExercise(
                robin,
                templates.findByKey("daily-check-in").orElseThrow().getId(),
                null,
                ExerciseSchedule.once(LocalDate.now(ZoneId.of("Europe/London")), LocalTime.of(23, 59)),
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
        answers.put(3, Answer.text("Time"));
        for (int scale = 4; scale <= 7; scale++) {
            answers.put(scale, Answer.scale(5));
        }
        completion.submit(occurrence, answers);
        completion.shareWithPartner(occurrence, true);
        UUID submission =
                submissions.findByOccurrenceId(occurrence).orElseThrow().getId();

        UUID robinsLetter = myLetters.startLetter(LetterKind.APOLOGY);
        myLetters.saveDraft(robinsLetter, "Matrix letter 8e3f");
        signIn.as(Demo.JONAS);
        UUID letterToRobin = myLetters.startLetter(LetterKind.DISCLOSURE);
        myLetters.submit(letterToRobin, "Matrix letter 9a4b");
        signIn.as(Demo.CLINICIAN);
        letterReview.release(letterToRobin);

        String name = "Robin Ashdown";
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
        matrix.put("caseload", new Row("caseload", CLINICIANS, ""));
        matrix.put("review", new Row("review", CLINICIANS, name));
        matrix.put("library", new Row("library", CLINICIANS, ""));
        matrix.put("library/new", new Row("library/new", CLINICIANS, ""));
        matrix.put(
                "library/edit/:templateId",
                new Row("library/edit/" + template, EnumSet.of(Visitor.CLINICIAN), "Matrix template 7c1e"));
        matrix.put("clients", new Row("clients/" + robin, EnumSet.of(Visitor.CLINICIAN), name));
        matrix.put(
                "submissions",
                new Row("submissions/" + submission, EnumSet.of(Visitor.CLINICIAN), "Matrix answer 5d2a"));
        matrix.put("my/exercises", new Row("my/exercises", CLIENTS, ""));
        matrix.put(
                "my/exercise", new Row("my/exercise/" + occurrence, EnumSet.of(Visitor.CLIENT), "Matrix answer 5d2a"));
        // Shared with her partner Jonas (not in this matrix): Robin's own link and everyone else's are refused.
        matrix.put(
                "my/shared", new Row("my/shared/" + submission, EnumSet.noneOf(Visitor.class), "Matrix answer 5d2a"));
        matrix.put("my/progress", new Row("my/progress", CLIENTS, ""));
        matrix.put("my/hard-moments", new Row("my/hard-moments", CLIENTS, ""));
        matrix.put("my/agreements", new Row("my/agreements", CLIENTS, ""));
        matrix.put("my/settings", new Row("my/settings", CLIENTS, ""));
        matrix.put("intake", new Row("intake", CLIENTS, ""));
        matrix.put("my/letters", new Row("my/letters", CLIENTS, ""));
        matrix.put("my/letter", new Row("my/letter/" + robinsLetter, EnumSet.of(Visitor.CLIENT), "Matrix letter 8e3f"));
        matrix.put(
                "my/letter-from",
                new Row("my/letter-from/" + letterToRobin, EnumSet.of(Visitor.CLIENT), "Matrix letter 9a4b"));
        matrix.put("couple-work", new Row("couple-work/" + robin, EnumSet.of(Visitor.CLINICIAN), "Matrix letter 9a4b"));
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
                } else if (!allowed
                        && !row.secret().isEmpty()
                        && PageText.of(UI.getCurrent()).contains(row.secret())) {
                    wrong.add(visitor + " was refused " + row.path() + " but saw \"" + row.secret() + "\"");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
