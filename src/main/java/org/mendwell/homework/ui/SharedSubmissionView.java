package org.mendwell.homework.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.mendwell.account.Roles;
import org.mendwell.homework.CompletionService;
import org.mendwell.homework.SharedSubmission;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.shared.time.PersonalTime;
import org.mendwell.shared.time.ViewerTime;
import org.mendwell.shared.ui.TranslatedTitle;

/** One exercise the client's partner chose to share with them, read-only. */
@Route("my/shared")
@RolesAllowed(Roles.CLIENT)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
class SharedSubmissionView extends Main implements HasUrlParameter<String>, TranslatedTitle {

    private final CompletionService completion;
    private final PersonalTime time;

    SharedSubmissionView(CompletionService completion, ViewerTime viewerTime) {
        this.completion = completion;
        this.time = viewerTime.viewer();
        addClassName("mw-page");
    }

    @Override
    public String titleKey() {
        return "homework.shared.title";
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        UUID submissionId;
        try {
            submissionId = UUID.fromString(parameter);
        } catch (IllegalArgumentException notAnId) {
            throw new RecordNotFoundException("Shared exercise"); // the same in every language: logged, never shown
        }
        SharedSubmission shared = completion.sharedSubmission(submissionId);
        removeAll();
        add(
                new RouterLink(getTranslation("homework.exercise.back"), MyExercisesView.class),
                new H2(shared.title()),
                new Paragraph(getTranslation(
                        "homework.shared.intro", shared.partnerName(), time.dateTime(shared.submittedAt()))),
                AnswerList.of(shared.questions(), shared.answers()));
    }
}
