package org.mendwell.letters.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.mendwell.client.CoupleLinkService;
import org.mendwell.client.RelinkRequest;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.time.PersonalTime;
import org.mendwell.shared.ui.Refusals;

/**
 * The question a clinician's proposal to link again puts to each partner, with its two answers: on the letters page
 * and on the start page, where the partner lands. Nothing is linked until both have said yes.
 */
final class RelinkQuestion {

    private RelinkQuestion() {}

    /** The question as a section; {@code afterAnswer} runs once the client has answered (or the answer was refused). */
    static Section of(CoupleLinkService coupleLinks, RelinkRequest request, PersonalTime time, Runnable afterAnswer) {
        var section = new Section();
        section.addClassName("mw-section");
        section.addClassName("mw-relink-question");
        section.getElement().setAttribute("role", "status");
        section.add(new H3(section.getTranslation("letters.relink.heading")));
        if (request.iConsented()) {
            section.add(new Paragraph(section.getTranslation("letters.relink.waiting", request.partnerName())));
            return section;
        }
        section.add(new Paragraph(section.getTranslation(
                "letters.relink.question", request.partnerName(), time.date(request.proposedAt()))));
        var yes = button(section, "letters.relink.yes", () -> answer(section, coupleLinks, request, true, afterAnswer));
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var no = button(section, "letters.relink.no", () -> answer(section, coupleLinks, request, false, afterAnswer));
        section.add(yes, no);
        return section;
    }

    private static Button button(Component owner, String key, Runnable action) {
        var button = new Button(owner.getTranslation(key), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_LARGE);
        button.addClassName("mw-wide-button");
        return button;
    }

    private static void answer(
            Component owner,
            CoupleLinkService coupleLinks,
            RelinkRequest request,
            boolean consent,
            Runnable afterAnswer) {
        try {
            boolean linked = coupleLinks.consentToRelink(request.proposalId(), consent);
            Notification.show(owner.getTranslation(
                            consent
                                    ? (linked ? "letters.relink.linked" : "letters.relink.confirmed")
                                    : "letters.relink.declined"))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException refused) {
            Refusals.notify(refused);
        }
        afterAnswer.run();
    }
}
