package org.mendwell.caseload.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import org.mendwell.account.Roles;
import org.mendwell.progress.ReviewInboxService;
import org.mendwell.progress.ReviewItem;
import org.mendwell.shared.time.PersonalTime;
import org.mendwell.shared.time.ViewerTime;
import org.mendwell.shared.ui.ContentLanguage;
import org.mendwell.shared.ui.TranslatedTitle;

/**
 * What waits for the clinician's review, oldest first: submitted intakes and exercises not yet
 * reviewed, each a link to where it is reviewed, marked when it carries a risk or safety answer or a new
 * reply from the client. Reached from the caseload's "N to review" link, which counts the same list.
 */
@Route("review")
@RolesAllowed(Roles.CLINICIAN)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
class ReviewInboxView extends Main implements TranslatedTitle {

    ReviewInboxView(ReviewInboxService inbox, ViewerTime viewerTime) {
        PersonalTime time = viewerTime.viewer();
        addClassName("mw-page");
        long waiting = inbox.count();
        var grid = new Grid<ReviewItem>();
        grid.addColumn(item -> time.dateTime(item.submittedAt()))
                .setHeader(getTranslation("caseload.review.column.submitted"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ReviewItem::clientName)
                .setHeader(getTranslation("caseload.review.column.client"))
                .setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(this::link))
                .setHeader(getTranslation("caseload.review.column.to-review"))
                .setFlexGrow(1);
        grid.setItemsPageable(inbox::page, pageable -> inbox.count());
        grid.setAriaLabel(getTranslation("caseload.review.grid"));
        grid.setSizeFull();
        grid.setVisible(waiting > 0);

        var summary = new Paragraph(getTranslation("caseload.review.summary", waiting));
        add(
                new RouterLink(getTranslation("caseload.review.back"), CaseloadView.class),
                new H2(getTranslation("caseload.review.title")),
                summary,
                grid);
        setSizeFull();
    }

    /** Where it is reviewed, with what should catch the eye first: a risk answer, a reply from the client. */
    @Override
    public String titleKey() {
        return "caseload.review.title";
    }

    private Component link(ReviewItem item) {
        var cell = new Span(
                switch (item.kind()) {
                    case INTAKE ->
                        new Anchor(
                                "clients/" + item.clientId(),
                                getTranslation("caseload.review.intake-of", item.clientName()));
                    case SUBMISSION -> {
                        var title = new Anchor("submissions/" + item.id(), item.title());
                        ContentLanguage.mark(item.language(), getLocale(), title);
                        yield title;
                    }
                });
        cell.addClassName("mw-review-item");
        if (item.riskAnswer()) {
            cell.add(
                    new Text(" "),
                    Badges.attention(getTranslation(
                            item.kind() == ReviewItem.Kind.INTAKE
                                    ? "caseload.review.safety-answer"
                                    : "caseload.review.risk-answer")));
        }
        if (item.clientReplied()) {
            cell.add(
                    new Text(" "),
                    Badges.plain(getTranslation(
                            "caseload.review.new-reply", item.clientName().split(" ")[0])));
        }
        return cell;
    }
}
