package org.mendwell.letters.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.account.Roles;
import org.mendwell.client.CoupleLink;
import org.mendwell.client.CoupleLinkEnding;
import org.mendwell.client.CoupleLinkService;
import org.mendwell.letters.LetterForReview;
import org.mendwell.letters.LetterReviewService;
import org.mendwell.letters.LetterStatus;
import org.mendwell.letters.LettersAccess;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.SafetyReason;
import org.mendwell.shared.time.PersonalTime;
import org.mendwell.shared.time.ViewerTime;
import org.mendwell.shared.ui.CancelFirst;
import org.mendwell.shared.ui.FieldErrors;
import org.mendwell.shared.ui.Refusals;
import org.mendwell.shared.ui.TextLimits;
import org.mendwell.shared.ui.TranslatedTitle;

/**
 * The clinician's couple work for one client: the letters the partners submitted, each waiting for a decision
 * (release, keep for the session, return with a comment), letters on a flagged case, and the couple link itself
 * (end it with a reason, its history, linking again with both partners' consent).
 */
@Route("couple-work")
@RolesAllowed(Roles.CLINICIAN)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
class CoupleWorkView extends Main implements HasUrlParameter<String>, TranslatedTitle {

    private final LetterReviewService review;
    private final CoupleLinkService coupleLinks;
    private final PersonalTime time;
    private UUID clientId = new UUID(0, 0);

    CoupleWorkView(LetterReviewService review, CoupleLinkService coupleLinks, ViewerTime viewerTime) {
        this.review = review;
        this.coupleLinks = coupleLinks;
        this.time = viewerTime.viewer();
        addClassName("mw-page");
        addClassName("mw-couple-work");
    }

    @Override
    public String titleKey() {
        return "letters.couple-work.title";
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        clientId = LetterIds.parse(parameter);
        render();
    }

    private void render() {
        removeAll();
        CoupleLink link = coupleLinks.coupleLink(clientId);
        add(
                new Anchor("clients/" + clientId, getTranslation("letters.couple-work.back")),
                new H2(getTranslation("letters.couple-work.title")));
        add(letters(review.lettersAccess(clientId)), link(link));
    }

    // ---- Letters ------------------------------------------------------------------------------

    private Component letters(LettersAccess access) {
        var section = section("letters.review.heading");
        if (access.hasPartner() && access.caseFlagged()) {
            section.add(access.openedReason() == null ? openForm() : opened(access.openedReason()));
        }
        var all = review.lettersOf(clientId);
        if (all.isEmpty()) {
            section.add(new Paragraph(getTranslation("letters.review.none")));
            return section;
        }
        var list = new UnorderedList();
        list.addClassName("mw-letter-list");
        all.forEach(letter -> list.add(new ListItem(letter(letter))));
        section.add(list);
        return section;
    }

    private Component opened(String reason) {
        return note(getTranslation("letters.open.opened", reason));
    }

    /** On a flagged case letters stay closed until the clinician writes why they may go ahead. */
    private Component openForm() {
        var reason = new TextArea(getTranslation("letters.open.reason"));
        reason.setHelperText(getTranslation("letters.open.reason-help"));
        reason.setWidthFull();
        TextLimits.limit(reason, 500);
        var errors = new FieldErrors().bind("reason", reason);
        var open = new Button(getTranslation("letters.open.button"), click -> {
            try {
                review.openLetters(clientId, reason.getValue());
                render();
            } catch (InvalidInputException refused) {
                errors.show(refused);
            }
        });
        var box = new Div(new Paragraph(getTranslation("letters.open.closed")), reason, open);
        box.addClassName("mw-risk-alert");
        return box;
    }

    private Component letter(LetterForReview letter) {
        var item = new Div();
        item.addClassName("mw-letter-review");
        String state = letter.withdrawn()
                ? getTranslation("letters.status.withdrawn")
                : LetterWords.statusForClinician(this, letter.status());
        item.add(new H3(getTranslation(
                "letters.review.item",
                LetterWords.kind(this, letter.kind()),
                letter.authorName(),
                letter.recipientName(),
                state)));
        if (letter.submittedAt() != null) {
            item.add(new Paragraph(getTranslation("letters.review.submitted", time.dateTime(letter.submittedAt()))));
        }
        if (letter.body() != null) {
            item.add(Replies.letterBody(letter.body()));
        }
        if (letter.clinicianComment() != null) {
            item.add(new Paragraph(getTranslation("letters.review.your-comment", letter.clinicianComment())));
        }
        if (!letter.replies().isEmpty()) {
            item.add(Replies.of(this, letter.replies(), time));
        }
        if (letter.status().decidable() && !letter.withdrawn()) {
            item.add(decisions(letter));
        }
        return item;
    }

    private Component decisions(LetterForReview letter) {
        var comment = new TextArea(getTranslation("letters.review.comment"));
        comment.setHelperText(getTranslation("letters.review.comment-help"));
        comment.setWidthFull();
        TextLimits.limit(comment, 2000);
        var errors = new FieldErrors().bind("comment", comment);
        var release = new Button(getTranslation("letters.review.release"), click -> confirmRelease(letter, errors));
        release.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var buttons = new HorizontalLayout(release);
        buttons.setWrap(true);
        if (letter.status() == LetterStatus.SUBMITTED) {
            buttons.add(new Button(
                    getTranslation("letters.review.for-session"),
                    click -> decide(errors, () -> review.keepForSession(letter.letterId()))));
        }
        buttons.add(new Button(
                getTranslation("letters.review.return"),
                click -> decide(errors, () -> review.returnForRedraft(letter.letterId(), comment.getValue()))));
        return new Div(comment, buttons);
    }

    /**
     * Releasing cannot be taken back from the partner's knowledge, so it is asked once more, naming who will
     * read it; keeping for the session and returning reach only the writer and need no second question.
     */
    private void confirmRelease(LetterForReview letter, FieldErrors errors) {
        var dialog = new ConfirmDialog(
                getTranslation("letters.review.release-confirm.header", letter.recipientName()),
                getTranslation("letters.review.release-confirm.text", letter.recipientName()),
                getTranslation("letters.review.release-confirm.yes", letter.recipientName()),
                confirmed -> decide(errors, () -> review.release(letter.letterId())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("letters.review.release-confirm.no"));
        CancelFirst.focusCancelOnOpen(dialog).open();
    }

    private void decide(FieldErrors errors, Runnable decision) {
        try {
            decision.run();
            Notification.show(getTranslation("letters.review.done")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            render();
        } catch (InvalidInputException refused) {
            errors.show(refused);
        }
    }

    // ---- The couple link ----------------------------------------------------------------------

    private Component link(CoupleLink link) {
        var section = section("letters.link.heading");
        if (link.partnerId() != null) {
            section.add(
                    new Paragraph(getTranslation("letters.link.linked", link.partnerName())),
                    endForm(link.partnerName()));
        } else {
            section.add(new Paragraph(getTranslation("letters.link.none")));
        }
        if (link.proposal() != null) {
            var proposal = link.proposal();
            section.add(new Paragraph(getTranslation(
                    "letters.link.proposal",
                    proposal.partnerName(),
                    proposal.clientConsented() ? 1 : 0,
                    proposal.partnerConsented() ? 1 : 0)));
            if (proposal.safetyReason() != null) {
                section.add(note(getTranslation("letters.link.proposal-reason", proposal.safetyReason())));
            }
        } else if (link.partnerId() == null) {
            link.formerPartners().forEach(former -> section.add(propose(former)));
        }
        if (!link.history().isEmpty()) {
            var history = new UnorderedList();
            history.addClassName("mw-link-history");
            link.history().forEach(change -> history.add(new ListItem(historyLine(change))));
            section.add(new H3(getTranslation("letters.link.history")), history);
        }
        return section;
    }

    private String historyLine(CoupleLink.Change change) {
        String key = "letters.link.history."
                + change.kind().name().toLowerCase(Locale.ROOT).replace('_', '-')
                + (change.kind() == CoupleLink.Kind.LINKED_AGAIN && change.reason() != null ? "-reason" : "");
        return getTranslation(
                key,
                change.partnerName(),
                time.dateTime(change.at()),
                change.reason() == null ? "" : change.reason(),
                change.declinedBy() == null ? "" : change.declinedBy());
    }

    /**
     * Ending cannot be undone by the clinician alone (linking again needs both partners), so the kind and the note
     * come first and the clinician is asked once more, told what the partners will lose from view.
     */
    private Component endForm(@Nullable String partnerName) {
        var kind = new RadioButtonGroup<CoupleLinkEnding>(getTranslation("letters.link.end-kind"));
        kind.setItems(CoupleLinkEnding.values());
        kind.setItemLabelGenerator(this::endingName);
        kind.setRequiredIndicatorVisible(true);
        var reason = new TextArea(getTranslation("letters.link.end-reason"));
        reason.setHelperText(getTranslation("letters.link.end-reason-help"));
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        TextLimits.limit(reason, 500);
        var errors =
                new FieldErrors().bind("reason", reason).bind("partner", kind).bind("ending", kind);
        var end = new Button(getTranslation("letters.link.end"), click -> {
            Map<String, String> missing = new LinkedHashMap<>();
            if (kind.isEmpty()) {
                missing.put("ending", getTranslation("couple-link.end.kind-needed"));
            }
            if (reason.getValue().isBlank()) {
                missing.put("reason", getTranslation("couple-link.end.reason-needed"));
            }
            if (!missing.isEmpty()) {
                errors.show(missing);
                return;
            }
            confirmEnd(partnerName == null ? "" : partnerName, kind.getValue(), reason.getValue(), errors);
        });
        end.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var form = new Div(new Paragraph(getTranslation("letters.link.end-explained")), kind, reason, end);
        form.addClassName("mw-link-end");
        return form;
    }

    private void confirmEnd(String partnerName, CoupleLinkEnding ending, String reason, FieldErrors errors) {
        var dialog = new ConfirmDialog(
                getTranslation("letters.link.end-confirm.header", partnerName),
                getTranslation("letters.link.end-confirm.text", partnerName, endingName(ending)),
                getTranslation("letters.link.end-confirm.yes"),
                confirmed -> {
                    try {
                        coupleLinks.endLink(clientId, ending, reason);
                        Notification.show(getTranslation("letters.link.ended"))
                                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        render();
                    } catch (InvalidInputException refused) {
                        errors.show(refused);
                    }
                });
        dialog.setConfirmButtonTheme(
                ButtonVariant.LUMO_ERROR.getVariantName() + " " + ButtonVariant.LUMO_PRIMARY.getVariantName());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("letters.link.end-confirm.no"));
        CancelFirst.focusCancelOnOpen(dialog).open();
    }

    private String endingName(CoupleLinkEnding ending) {
        return getTranslation("letters.link.ending." + ending.name().toLowerCase(Locale.ROOT));
    }

    /**
     * Proposing again after a separation is one click (both partners still decide). After a safety ending the
     * clinician first reads why it ended and writes why linking again is right now.
     */
    private Component propose(CoupleLink.FormerPartner former) {
        if (former.safetyEnding() == null) {
            return new Button(
                    getTranslation("letters.link.propose", former.fullName()),
                    click -> propose(former, null, new FieldErrors()));
        }
        var reason = new TextArea(getTranslation("letters.link.propose-reason"));
        reason.setHelperText(getTranslation("letters.link.propose-reason-help"));
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        TextLimits.limit(reason, SafetyReason.LIMIT);
        var errors = new FieldErrors().bind("reason", reason);
        var warning = new Paragraph(
                getTranslation("letters.link.propose-after-safety", former.fullName(), former.safetyEnding()));
        warning.getElement().setAttribute("role", "note");
        var button = new Button(
                getTranslation("letters.link.propose", former.fullName()),
                click -> propose(former, reason.getValue(), errors));
        var box = new Div(warning, reason, button);
        box.addClassName("mw-risk-alert");
        return box;
    }

    private void propose(CoupleLink.FormerPartner former, @Nullable String reason, FieldErrors errors) {
        try {
            coupleLinks.proposeRelink(clientId, former.clientId(), reason);
            render();
            Notification.show(getTranslation("letters.link.proposed", former.fullName()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException refused) {
            if (refused.problems().containsKey("reason")) {
                errors.show(refused);
                return;
            }
            Refusals.notify(refused);
        }
    }

    private Component note(String text) {
        var note = new Paragraph(text);
        note.addClassName("mw-exercise-note");
        return note;
    }

    private Section section(String headingKey) {
        var section = new Section(new H3(getTranslation(headingKey)));
        section.addClassName("mw-section");
        return section;
    }
}
