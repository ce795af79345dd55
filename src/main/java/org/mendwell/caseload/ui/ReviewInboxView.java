package org.mendwell.caseload.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import org.mendwell.shared.ui.NarrowScreen;
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
        var submitted = grid.addColumn(item -> time.dateTime(item.submittedAt()))
                .setHeader(getTranslation("caseload.review.column.submitted"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        var client = grid.addColumn(ReviewItem::clientName)
                .setHeader(getTranslation("caseload.review.column.client"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        // What to review gets the room, and wraps rather than end in "…": a safety badge is never cut off.
        grid.addColumn(new ComponentRenderer<>(item -> link(item, time)))
                .setHeader(getTranslation("caseload.review.column.to-review"))
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("mw-review-grid");
        // On a phone one column: what to review, with the client and the time under it (the other two columns
        // would push it off the screen).
        NarrowScreen.follow(grid, narrow -> {
            submitted.setVisible(!narrow);
            client.setVisible(!narrow);
            grid.getElement().getClassList().set("mw-review-stacked", narrow);
        });
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

    @Override
    public String titleKey() {
        return "caseload.review.title";
    }

    /** The risk or safety badge first, so that nothing can hide it; then where it is reviewed, and any reply. */
    private Component link(ReviewItem item, PersonalTime time) {
        var cell = new Span();
        cell.addClassName("mw-review-item");
        if (item.riskAnswer()) {
            cell.add(
                    Badges.attention(getTranslation(
                            item.kind() == ReviewItem.Kind.INTAKE
                                    ? "caseload.review.safety-answer"
                                    : "caseload.review.risk-answer")),
                    new Text(" "));
        }
        cell.add(
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
        if (item.clientReplied()) {
            cell.add(
                    new Text(" "),
                    Badges.plain(getTranslation(
                            "caseload.review.new-reply", item.clientName().split(" ")[0])));
        }
        // Shown only on a phone, where the client and time columns are not.
        var who = new Span(getTranslation(
                "caseload.review.client-and-time", item.clientName(), time.dateTime(item.submittedAt())));
        who.addClassName("mw-review-who");
        cell.add(who);
        return cell;
    }
}
