package org.mendwell.homework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.account.Roles;
import org.mendwell.homework.Answer;
import org.mendwell.homework.ReviewService;
import org.mendwell.homework.SubmissionReview;
import org.mendwell.homework.SubmissionSummary;
import org.mendwell.homework.TemplateDetails.Question;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.shared.time.PersonalTime;
import org.mendwell.shared.time.ViewerTime;
import org.mendwell.shared.ui.ContentLanguage;
import org.mendwell.shared.ui.FieldErrors;
import org.mendwell.shared.ui.Focus;
import org.mendwell.shared.ui.ScrollRegion;
import org.mendwell.shared.ui.TextLimits;
import org.mendwell.shared.ui.TranslatedTitle;

/**
 * One submission as the clinician reads it: each question with this time's answer beside the answers
 * to the same exercise on earlier days, then the conversation, feedback and the reviewed mark.
 */
@Route("submissions")
@RolesAllowed(Roles.CLINICIAN)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
class SubmissionReviewView extends Main implements HasUrlParameter<String>, TranslatedTitle {

    private final ReviewService reviews;
    private final PersonalTime time;
    private UUID submissionId = new UUID(0, 0);
    /** The line that says whether the submission is reviewed; focus lands on it after "Mark as reviewed". */
    private Paragraph facts = new Paragraph();

    private @Nullable Component thread;

    SubmissionReviewView(ReviewService reviews, ViewerTime viewerTime) {
        this.reviews = reviews;
        this.time = viewerTime.viewer();
        addClassName("mw-page");
        addClassName("mw-review");
    }

    @Override
    public String titleKey() {
        return "homework.review.title";
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        try {
            submissionId = UUID.fromString(parameter);
        } catch (IllegalArgumentException notAnId) {
            throw new RecordNotFoundException("Submission"); // the same in every language: logged, never shown
        }
        render();
    }

    private void render() {
        removeAll();
        SubmissionReview review = reviews.review(submissionId);
        SubmissionSummary summary = review.summary();
        facts = new Paragraph(facts(summary));
        thread = null;
        var title = new H2(summary.title()); // the exercise's name in the page's language where the library has it
        ContentLanguage.mark(review.titleLanguage(), getLocale(), title);
        add(new Anchor("clients/" + summary.clientId(), "← " + review.clientName()), title, facts);
        if (summary.riskAlert()) {
            var alert = new Paragraph(getTranslation("homework.review.risk-alert"));
            alert.addClassName("mw-risk-alert");
            alert.getElement().setAttribute("role", "alert");
            add(alert);
        }
        var introduction = new Paragraph(review.introduction());
        ContentLanguage.mark(review.language(), getLocale(), introduction);
        add(introduction, answersBesideEarlier(review), conversation(review));
    }

    private String facts(SubmissionSummary s) {
        String text = getTranslation(
                s.late() ? "homework.review.facts.late" : "homework.review.facts.on-time",
                time.date(s.dueDate()),
                time.dateTime(s.submittedAt()));
        if (s.measureTotal() != null && s.measureSeverity() != null) {
            text += getTranslation(
                    "homework.review.facts.score",
                    s.measureTotal(),
                    getTranslation(s.measureSeverity().labelKey()));
        }
        text += getTranslation(s.reviewed() ? "homework.review.facts.reviewed" : "homework.review.facts.not-reviewed");
        if (s.sharedWithPartner()) {
            text += getTranslation("homework.review.facts.shared");
        }
        return text;
    }

    /** A table: a row per question, this time's answer first, then earlier ones, newest to oldest. */
    private Component answersBesideEarlier(SubmissionReview review) {
        var table = new NativeTable();
        table.addClassName("mw-answer-table");
        table.setCaptionText(
                review.earlier().isEmpty()
                        ? getTranslation("homework.review.answers")
                        : getTranslation(
                                "homework.review.answers.beside",
                                review.earlier().size()));
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(getTranslation("homework.review.question"));
        head.addHeaderCell().setText(getTranslation("homework.review.this-time"));
        review.earlier().forEach(e -> head.addHeaderCell().setText(time.dateTime(e.submittedAt())));
        for (Question question : review.questions()) {
            NativeTableRow row = table.getBody().addRow();
            var prompt = row.addHeaderCell();
            prompt.setText(question.prompt());
            ContentLanguage.mark(review.language(), getLocale(), prompt);
            row.addDataCell().setText(text(review.answers().get(question.position())));
            review.earlier()
                    .forEach(e -> row.addDataCell().setText(text(e.answers().get(question.position()))));
        }
        // On a phone the table is wider than the screen: a tab stop lets a keyboard scroll it sideways.
        var scroller = ScrollRegion.of(table.getCaptionText(), table);
        scroller.addClassName("mw-table-scroller");
        return scroller;
    }

    private static String text(Answer answer) {
        return answer == null || answer.isEmpty() ? "—" : answer.display();
    }

    private Component conversation(SubmissionReview review) {
        var section = new Section(new H3(getTranslation("homework.review.feedback")));
        section.addClassName("mw-section");
        if (!review.comments().isEmpty()) {
            thread = CommentThread.of(review.comments(), time);
            section.add(thread);
        }
        var feedback = new TextArea(getTranslation(
                "homework.review.feedback.for", review.clientName().split(" ")[0]));
        feedback.setHelperText(getTranslation("homework.review.feedback.helper"));
        TextLimits.limit(feedback, 2000);
        feedback.setWidthFull();
        var errors = new FieldErrors().bind("feedback", feedback);
        var send = new Button(getTranslation("homework.review.feedback.send"), click -> {
            try {
                reviews.sendFeedback(submissionId, feedback.getValue());
                Notification.show(getTranslation("homework.review.feedback.sent"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                render();
                // The button that sent it is gone with the old page: focus lands on the feedback itself.
                if (thread != null) {
                    CommentThread.newest(thread).ifPresent(Focus::moveTo);
                }
            } catch (InvalidInputException invalid) {
                errors.show(invalid);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        section.add(feedback, send);
        if (!review.summary().reviewed()) {
            var reviewed = new Button(getTranslation("homework.review.mark-reviewed"), click -> {
                reviews.markReviewed(submissionId);
                render();
                Focus.moveTo(facts);
            });
            reviewed.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            section.add(reviewed);
        }
        return section;
    }
}
