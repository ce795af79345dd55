package org.mendwell.letters.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.mendwell.account.Roles;
import org.mendwell.letters.MyLettersService;
import org.mendwell.letters.ReceivedLetter;
import org.mendwell.letters.domain.LetterReply;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.time.PersonalTime;
import org.mendwell.shared.time.ViewerTime;
import org.mendwell.shared.ui.FieldErrors;
import org.mendwell.shared.ui.TextLimits;
import org.mendwell.shared.ui.TranslatedTitle;

/** A letter the clinician released to the client: read-only, with a reply under it. */
@Route("my/letter-from")
@RolesAllowed(Roles.CLIENT)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
class ReceivedLetterView extends Main implements HasUrlParameter<String>, TranslatedTitle {

    private final MyLettersService letters;
    private final PersonalTime time;
    private UUID letterId = new UUID(0, 0);

    ReceivedLetterView(MyLettersService letters, ViewerTime viewerTime) {
        this.letters = letters;
        this.time = viewerTime.viewer();
        addClassName("mw-page");
        addClassName("mw-letter");
    }

    @Override
    public String titleKey() {
        return "letters.received.title";
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        letterId = LetterIds.parse(parameter);
        render(letters.letterToMe(letterId));
    }

    private void render(ReceivedLetter letter) {
        removeAll();
        add(
                new RouterLink(getTranslation("letters.back"), MyLettersView.class),
                new H2(LetterWords.kind(this, letter.kind())),
                new Paragraph(
                        getTranslation("letters.received.from", letter.fromName(), time.dateTime(letter.releasedAt()))),
                Replies.letterBody(letter.body()));
        if (!letter.replies().isEmpty()) {
            add(Replies.of(this, letter.replies(), time));
        }
        var reply = new TextArea(getTranslation("letters.received.reply"));
        reply.setHelperText(getTranslation("letters.received.reply-help", letter.fromName()));
        reply.setWidthFull();
        TextLimits.limit(reply, LetterReply.BODY_LIMIT);
        var errors = new FieldErrors().bind("reply", reply);
        var send = new Button(getTranslation("letters.received.send"), click -> {
            try {
                letters.reply(letterId, reply.getValue());
                Notification.show(getTranslation("letters.received.sent"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                render(letters.letterToMe(letterId));
            } catch (InvalidInputException refused) {
                errors.show(refused);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        send.addClassName("mw-wide-button");
        add(reply, send);
    }
}
