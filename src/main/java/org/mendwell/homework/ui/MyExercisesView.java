package org.mendwell.homework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mendwell.account.Roles;
import org.mendwell.client.ClientStatus;
import org.mendwell.client.MyRecordService;
import org.mendwell.homework.AssignmentService;
import org.mendwell.homework.ClientExercise;
import org.mendwell.homework.CompletionService;
import org.mendwell.homework.MyExercises;
import org.mendwell.homework.SharedByPartner;
import org.mendwell.homework.UpcomingExercise;
import org.mendwell.intake.IntakeService;
import org.mendwell.shared.time.PersonalTime;
import org.mendwell.shared.time.ViewerTime;

/** The client's home: what their clinician has asked them to do between sessions, by when. */
@Route("my/exercises")
@PageTitle("My exercises | Mendwell")
@Menu(title = "homework.menu.my-exercises", order = 10)
@RolesAllowed(Roles.CLIENT)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
class MyExercisesView extends Main implements BeforeEnterObserver {

    /**
     * Finished exercises listed here; the rest are in My progress. A daily check-in adds one a day, and
     * every card stays in the session's UI (and in Vaadin's copy of the last response) while the tab is open.
     */
    static final int DONE_SHOWN = 10;

    private final MyRecordService clients;
    private final AssignmentService assignments;
    private final CompletionService completion;
    private final IntakeService intakes;
    private final ViewerTime viewerTime;
    private PersonalTime time;

    MyExercisesView(
            MyRecordService clients,
            AssignmentService assignments,
            CompletionService completion,
            IntakeService intakes,
            ViewerTime viewerTime) {
        this.viewerTime = viewerTime;
        this.time = viewerTime.viewer();
        this.clients = clients;
        this.assignments = assignments;
        this.completion = completion;
        this.intakes = intakes;
        addClassName("mw-page");
    }

    /** Shown at each visit until the client says they have read it. */
    private Component clinicianChangedNotice(String text) {
        var notice = new Section(new Paragraph(text));
        notice.addClassName("mw-crisis-box");
        notice.getElement().setAttribute("role", "status");
        notice.add(new Button("OK, thank you", click -> {
            clients.clinicianChangeSeen();
            notice.removeFromParent();
        }));
        return notice;
    }

    /** Read afresh on every visit, also when the client comes back to the page they are on. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        time = viewerTime.viewer();
        var profile = clients.myProfile();
        add(new H2("Hello, " + intakes.myPreferredName().orElse(profile.fullName())));
        if (profile.clinicianChanged() != null) {
            add(clinicianChangedNotice(profile.clinicianChanged()));
        }
        if (profile.withoutClinician() != null) {
            var contact = new Paragraph(profile.withoutClinician());
            contact.addClassName("mw-crisis-box");
            contact.getElement().setAttribute("role", "status");
            add(contact);
        }
        if (profile.status() == ClientStatus.INTAKE_IN_PROGRESS) {
            var start = new Anchor("intake", "Continue your intake");
            start.addClassName("mw-call-to-action");
            add(
                    new Paragraph("First things first: your clinician would like you to fill in a short intake. "
                            + "Your answers are saved as you go."),
                    start);
        }
        MyExercises mine = assignments.myExercises();
        List<SharedByPartner> shared = completion.sharedWithMe();
        if (mine.isEmpty() && shared.isEmpty()) {
            var nothingYet = new Paragraph("Your clinician hasn't given you any exercises yet. When they do, "
                    + "they'll appear here with the day they're due and how long they usually take.");
            nothingYet.addClassName("mw-empty-state");
            add(nothingYet);
            return;
        }
        List<ClientExercise> done = mine.completed();
        var doneGroup = group(
                "Done",
                done.subList(0, Math.min(DONE_SHOWN, done.size())).stream()
                        .map(exercise -> card(exercise, doneOn(exercise), null))
                        .toList());
        if (done.size() > DONE_SHOWN) {
            int earlier = done.size() - DONE_SHOWN;
            var progress = new Anchor(
                    "my/progress",
                    earlier == 1
                            ? "1 earlier exercise is in My progress."
                            : earlier + " earlier exercises are in My progress.");
            doneGroup.add(new Paragraph(progress));
        }
        add(
                group("Today", dueCards(mine.today())),
                group("Overdue", dueCards(mine.overdue())),
                group(
                        "Coming up",
                        mine.upcoming().stream().map(this::upcomingCard).toList()),
                doneGroup);
        if (!shared.isEmpty()) {
            add(sharedByPartner(shared));
        }
    }

    private Component sharedByPartner(List<SharedByPartner> shared) {
        var list = new UnorderedList();
        list.addClassName("mw-exercise-list");
        shared.forEach(s -> {
            var link =
                    new RouterLink(SharedSubmissionView.class, s.submissionId().toString());
            var title = new Span(s.title());
            title.addClassName("mw-exercise-title");
            link.add(title, new Span("Shared " + time.day(s.submittedAt())));
            link.addClassName("mw-exercise-card");
            list.add(new ListItem(link));
        });
        var section = new Section(new H3("Shared by your partner"), list);
        section.addClassName("mw-exercise-group");
        return section;
    }

    private List<Component> dueCards(List<ClientExercise> exercises) {
        return exercises.stream()
                .map(exercise -> card(exercise, "Due " + when(exercise), null))
                .toList();
    }

    /** "Done Tuesday 25 November", the day in the client's own time zone; the year only when it is not this one. */
    private String doneOn(ClientExercise exercise) {
        if (exercise.submittedAt() == null) {
            return "Done";
        }
        return "Done " + time.day(exercise.submittedAt());
    }

    /** A repeating exercise once, by its next occurrence: "Next due Tuesday 25 November by 8:00 PM", "Every day". */
    private Component upcomingCard(UpcomingExercise upcoming) {
        var next = upcoming.next();
        return card(next, (upcoming.repeats() == null ? "Due " : "Next due ") + when(next), upcoming.repeats());
    }

    private String when(ClientExercise exercise) {
        return time.day(exercise.dueDate()) + " by " + time.time(exercise.dueTime());
    }

    private static Section group(String heading, List<Component> cards) {
        var section = new Section(new H3(heading));
        section.addClassName("mw-exercise-group");
        if (cards.isEmpty()) {
            section.add(new Paragraph(
                    switch (heading) {
                        case "Today" -> "Nothing due today.";
                        case "Overdue" -> "Nothing overdue. Well done.";
                        case "Coming up" -> "Nothing else in the next two weeks.";
                        default -> "Nothing finished yet.";
                    }));
            return section;
        }
        var list = new UnorderedList();
        list.addClassName("mw-exercise-list");
        cards.forEach(card -> list.add(new ListItem(card)));
        section.add(list);
        return section;
    }

    private static Component card(ClientExercise exercise, String due, @Nullable String repeats) {
        var title = new Span(exercise.title());
        title.addClassName("mw-exercise-title");
        var card = new RouterLink(ExerciseView.class, exercise.occurrenceId().toString());
        card.add(title, new Span(due));
        if (exercise.newFeedback()) {
            var feedback = new Span("New feedback from your clinician");
            feedback.addClassName("mw-new-feedback");
            card.add(feedback);
        }
        if (repeats != null) {
            card.add(new Span(repeats));
        }
        if (!exercise.done()) { // an estimate is for what is still to do; ten finished cards need not carry one
            card.add(new Span("About " + exercise.minutes() + " minutes"));
        }
        if (exercise.inProgress() && exercise.questions() > 1) {
            var started = new ProgressBar(0, exercise.questions(), exercise.answered());
            String answered = exercise.answered() + " of " + exercise.questions() + " answered";
            started.getElement().setAttribute("aria-label", answered);
            card.add(new Span(answered), started);
        }
        if (exercise.instructions() != null) {
            var note = new Paragraph("From your clinician: " + exercise.instructions());
            note.addClassName("mw-exercise-note");
            card.add(note);
        }
        card.addClassName("mw-exercise-card");
        return card;
    }
}
