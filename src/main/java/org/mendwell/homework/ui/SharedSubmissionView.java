package org.mendwell.homework.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.mendwell.account.Roles;
import org.mendwell.homework.CompletionService;
import org.mendwell.homework.SharedSubmission;
import org.mendwell.shared.time.PersonalTime;
import org.mendwell.shared.time.ViewerTime;
import org.mendwell.shared.ui.ContentLanguage;
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
    public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
        UUID submissionId = idIn(parameter);
        removeAll();
        if (submissionId == null) {
            // No id, or one that could never name a record: a calm page in the portal, not an error page. A
            // well-formed id goes on to the service, which answers the same for one that does not exist and
            // one that is not shared with this client.
            add(
                    new H2(getTranslation("homework.shared.nothing.heading")),
                    new Paragraph(getTranslation("homework.shared.nothing.text")),
                    new RouterLink(getTranslation("homework.exercise.back"), MyExercisesView.class));
            return;
        }
        SharedSubmission shared = completion.sharedSubmission(submissionId);
        var title = new H2(shared.title());
        ContentLanguage.mark(shared.language(), getLocale(), title);
        add(
                new RouterLink(getTranslation("homework.exercise.back"), MyExercisesView.class),
                title,
                new Paragraph(getTranslation(
                        "homework.shared.intro", shared.partnerName(), time.dateTime(shared.submittedAt()))),
                AnswerList.of(shared.questions(), shared.answers(), shared.language()));
    }

    private static UUID idIn(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(parameter);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
