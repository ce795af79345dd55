package org.mendwell.homework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
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
import org.mendwell.shared.ui.ContentLanguage;
import org.mendwell.shared.ui.StartPageNotice;
import org.mendwell.shared.ui.TranslatedTitle;

/** The client's home: what their clinician has asked them to do between sessions, by when. */
@Route("my/exercises")
@Menu(title = "homework.menu.my-exercises", order = 10)
@RolesAllowed(Roles.CLIENT)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
class MyExercisesView extends Main implements BeforeEnterObserver, TranslatedTitle {

    /**
     * Finished exercises listed here; the rest are in My progress. A daily check-in adds one a day, and
     * every card stays in the session's UI (and in Vaadin's copy of the last response) while the tab is open.
     */
    static final int DONE_SHOWN = 10;

    private final MyRecordService clients;
    private final AssignmentService assignments;
    private final CompletionService completion;
    private final IntakeService intakes;
    private final List<StartPageNotice> notices;
    private final ViewerTime viewerTime;
    private PersonalTime time;

    MyExercisesView(
            MyRecordService clients,
            AssignmentService assignments,
            CompletionService completion,
            IntakeService intakes,
            List<StartPageNotice> notices,
            ViewerTime viewerTime) {
        this.notices = notices;
        this.viewerTime = viewerTime;
        this.time = viewerTime.viewer();
        this.clients = clients;
        this.assignments = assignments;
        this.completion = completion;
        this.intakes = intakes;
        addClassName("mw-page");
    }

    @Override
    public String titleKey() {
        return "homework.menu.my-exercises";
    }

    /** Shown at each visit until the client says they have read it. */
    private Component clinicianChangedNotice(String text) {
        var notice = new Section(new Paragraph(text));
        notice.addClassName("mw-crisis-box");
        notice.getElement().setAttribute("role", "status");
        notice.add(new Button(getTranslation("homework.mine.clinician-changed.ok"), click -> {
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
        add(new H2(
                getTranslation("homework.mine.hello", intakes.myPreferredName().orElse(profile.fullName()))));
        // Other features' notices for this client, such as the partner's "I need reassurance".
        notices.forEach(notice -> add(notice.notice(time)));
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
            var start = new Anchor("intake", getTranslation("homework.mine.intake.continue"));
            start.addClassName("mw-call-to-action");
            add(new Paragraph(getTranslation("homework.mine.intake.first")), start);
        }
        MyExercises mine = assignments.myExercises();
        List<SharedByPartner> shared = completion.sharedWithMe();
        if (mine.isEmpty() && shared.isEmpty()) {
            var nothingYet = new Paragraph(getTranslation("homework.mine.nothing-yet"));
            nothingYet.addClassName("mw-empty-state");
            add(nothingYet);
            return;
        }
        List<ClientExercise> done = mine.completed();
        var doneGroup = group(
                "done",
                done.subList(0, Math.min(DONE_SHOWN, done.size())).stream()
                        .map(exercise -> card(exercise, doneOn(exercise), null))
                        .toList());
        if (done.size() > DONE_SHOWN) {
            int earlier = done.size() - DONE_SHOWN;
            var progress = new Anchor("my/progress", getTranslation("homework.mine.earlier-in-progress", earlier));
            doneGroup.add(new Paragraph(progress));
        }
        add(
                group("today", dueCards(mine.today())),
                group("overdue", dueCards(mine.overdue())),
                group(
                        "coming-up",
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
            ContentLanguage.mark(s.language(), UI.getCurrent().getLocale(), title);
            link.add(title, new Span(getTranslation("homework.mine.shared-on", time.day(s.submittedAt()))));
            link.addClassName("mw-exercise-card");
            list.add(new ListItem(link));
        });
        var section = new Section(new H3(getTranslation("homework.shared.title")), list);
        section.addClassName("mw-exercise-group");
        return section;
    }

    private List<Component> dueCards(List<ClientExercise> exercises) {
        return exercises.stream()
                .map(exercise -> card(exercise, getTranslation("homework.mine.due", when(exercise)), null))
                .toList();
    }

    /** "Done Tuesday 25 November", the day in the client's own time zone; the year only when it is not this one. */
    private String doneOn(ClientExercise exercise) {
        if (exercise.submittedAt() == null) {
            return getTranslation("homework.mine.done");
        }
        return getTranslation("homework.mine.done-on", time.day(exercise.submittedAt()));
    }

    /** A repeating exercise once, by its next occurrence: "Next due Tuesday 25 November by 8:00 PM", "Every day". */
    private Component upcomingCard(UpcomingExercise upcoming) {
        var next = upcoming.next();
        return card(
                next,
                getTranslation(upcoming.repeats() == null ? "homework.mine.due" : "homework.mine.next-due", when(next)),
                upcoming.repeats());
    }

    private String when(ClientExercise exercise) {
        return getTranslation("homework.mine.when", time.day(exercise.dueDate()), time.time(exercise.dueTime()));
    }

    /** @param group "today", "overdue", "coming-up" or "done": its heading and its empty state in the bundle */
    private Section group(String group, List<Component> cards) {
        var section = new Section(new H3(getTranslation("homework.mine." + group)));
        section.addClassName("mw-exercise-group");
        if (cards.isEmpty()) {
            section.add(new Paragraph(getTranslation("homework.mine." + group + ".empty")));
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
        ContentLanguage.mark(exercise.language(), UI.getCurrent().getLocale(), title);
        var card = new RouterLink(ExerciseView.class, exercise.occurrenceId().toString());
        card.add(title, new Span(due));
        if (exercise.newFeedback()) {
            var feedback = new Span(Words.text("homework.mine.new-feedback"));
            feedback.addClassName("mw-new-feedback");
            card.add(feedback);
        }
        if (repeats != null) {
            card.add(new Span(repeats));
        }
        if (!exercise.done()) { // an estimate is for what is still to do; ten finished cards need not carry one
            card.add(new Span(Words.text("homework.mine.minutes", exercise.minutes())));
        }
        if (exercise.inProgress() && exercise.questions() > 1) {
            var started = new ProgressBar(0, exercise.questions(), exercise.answered());
            String answered =
                    Words.text("homework.exercise.progress.answered", exercise.answered(), exercise.questions());
            started.getElement().setAttribute("aria-label", answered);
            card.add(new Span(answered), started);
        }
        if (exercise.instructions() != null) {
            var note = new Paragraph(Words.text("homework.exercise.from-clinician", exercise.instructions()));
            note.addClassName("mw-exercise-note");
            card.add(note);
        }
        card.addClassName("mw-exercise-card");
        return card;
    }
}
