package org.mendwell.letters.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
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
import org.mendwell.letters.DraftBasis;
import org.mendwell.letters.LetterDraftSave;
import org.mendwell.letters.MyLettersService;
import org.mendwell.letters.OwnLetter;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.time.PersonalTime;
import org.mendwell.shared.time.ViewerTime;
import org.mendwell.shared.ui.DraftStatusLine;
import org.mendwell.shared.ui.FieldErrors;
import org.mendwell.shared.ui.SavedWhileTyping;
import org.mendwell.shared.ui.TextLimits;
import org.mendwell.shared.ui.TranslatedTitle;

/**
 * One of the client's own letters. While it is a draft (or back for another draft) every pause in typing saves
 * it, and the line under it says "Saved" only after a save happened; Submit sends it to the clinician. Later it
 * reads back as sent, with the clinician's comment or the partner's replies.
 */
@Route("my/letter")
@RolesAllowed(Roles.CLIENT)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
class LetterView extends Main implements HasUrlParameter<String>, TranslatedTitle {

    private final MyLettersService letters;
    private final PersonalTime time;
    private final DraftStatusLine saveState = new DraftStatusLine();
    private UUID letterId = new UUID(0, 0);

    LetterView(MyLettersService letters, ViewerTime viewerTime) {
        this.letters = letters;
        this.time = viewerTime.viewer();
        addClassName("mw-page");
        addClassName("mw-letter");
    }

    @Override
    public String titleKey() {
        return "letters.letter.title";
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        letterId = LetterIds.parse(parameter);
        render(letters.myLetter(letterId));
    }

    private void render(OwnLetter letter) {
        removeAll();
        add(
                new RouterLink(getTranslation("letters.back"), MyLettersView.class),
                new H2(LetterWords.kind(this, letter.kind())),
                new Paragraph(
                        letter.withdrawn()
                                ? getTranslation("letters.status.withdrawn")
                                : LetterWords.status(this, letter.status())));
        if (letter.clinicianComment() != null) {
            var comment = new Paragraph(getTranslation("letters.letter.comment", letter.clinicianComment()));
            comment.addClassName("mw-exercise-note");
            add(comment);
        }
        if (letter.editable()) {
            add(editor(letter));
        } else {
            add(Replies.letterBody(letter.body()));
            if (!letter.replies().isEmpty()) {
                add(Replies.of(this, letter.replies(), time));
            }
        }
    }

    private Div editor(OwnLetter letter) {
        var copy = new Copy(UUID.randomUUID(), letter.version());
        var body = new TextArea(getTranslation("letters.letter.body", letter.recipientName()));
        body.setHelperText(getTranslation("letters.letter.private"));
        body.setValue(letter.body());
        body.setWidthFull();
        body.setMinHeight("14em");
        SavedWhileTyping.andOnLeaving(body, LetterDraftOnLeaving.path(letterId, copy.basis()));
        SavedWhileTyping.keptInTab(body, "letter:" + letterId, saveState);
        TextLimits.limit(body, org.mendwell.letters.domain.Letter.BODY_LIMIT);
        var errors = new FieldErrors().bind("body", body);
        saveState.setText(
                letter.body().isEmpty()
                        ? getTranslation("letters.letter.saved-as-you-type")
                        : getTranslation("letters.letter.saved-at", time.dateTime(letter.savedAt())));
        var keepMine = new Button(getTranslation("letters.letter.keep-mine"));
        keepMine.addClassName("mw-keep-mine");
        keepMine.setVisible(false);
        keepMine.addClickListener(click -> {
            copy.keepMine();
            saveDraft(body, errors, copy, keepMine);
        });
        // Every change from here on is the client's: typed, or put back from the tab after a lost connection.
        body.addValueChangeListener(change -> saveDraft(body, errors, copy, keepMine));
        var submit = new Button(getTranslation("letters.letter.submit"), click -> {
            // The words go as a checked save first: a copy another tab has moved past is not sent over its words.
            if (!saveDraft(body, errors, copy, keepMine)) {
                saveState.setText(getTranslation("letters.letter.not-sent"));
                return;
            }
            try {
                letters.submit(letterId, body.getValue());
                Notification.show(getTranslation("letters.letter.submitted"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                render(letters.myLetter(letterId));
            } catch (InvalidInputException refused) {
                errors.show(refused);
                saveState.setText(getTranslation("letters.letter.not-sent"));
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.addClassName("mw-wide-button");
        var editor = new Div(body, saveState, keepMine, submit);
        editor.addClassName("mw-letter-editor");
        return editor;
    }

    /** Saves the words from this page's copy; true when they were saved. */
    private boolean saveDraft(TextArea body, FieldErrors errors, Copy copy, Button keepMine) {
        LetterDraftSave saved;
        try {
            saved = letters.saveDraft(letterId, body.getValue(), copy.basis());
        } catch (InvalidInputException refused) {
            // No longer a draft (submitted in another tab, or the couple link ended): say so next to the words, which
            // stay in the field, and take back "Saved".
            errors.show(refused);
            saveState.setText(getTranslation("letters.letter.not-saved"));
            return false;
        }
        if (saved.changedElsewhere()) {
            // The words stay in the field; the next save still refuses until the writer chooses to keep them.
            copy.changedElsewhere(saved.version());
            errors.show(saved.save().notSaved());
            saveState.setText(getTranslation("letters.letter.not-saved"));
            keepMine.setVisible(true);
            return false;
        }
        if (saved.complete()) {
            copy.savedAt(saved.version());
            keepMine.setVisible(false);
            SavedWhileTyping.savedAs(body, body.getValue());
            SavedWhileTyping.postTo(body, LetterDraftOnLeaving.path(letterId, copy.basis()));
            errors.clear();
            if (!saved.save().overLimit().isEmpty()) {
                // Kept as typed, so nothing is lost, but it cannot be sent until it fits: say both, with the limit.
                errors.show(saved.save().overLimit());
                saveState.setText(getTranslation(
                        "letters.letter.saved-too-long", time.time(saved.save().savedAt())));
                return false;
            }
            saveState.setText(getTranslation(
                    "letters.letter.saved-at", time.time(saved.save().savedAt())));
            return true;
        }
        errors.show(saved.save().notSaved());
        saveState.setText(getTranslation("letters.letter.not-saved"));
        return false;
    }

    /**
     * This page's copy of the draft: the version it last read or saved, and, once the draft changed elsewhere, the
     * stored version, which the writer's "Keep my version" saves over.
     */
    private static final class Copy {

        private final UUID editor;
        private long version;
        private long storedElsewhere;

        Copy(UUID editor, long version) {
            this.editor = editor;
            this.version = version;
            this.storedElsewhere = version;
        }

        DraftBasis basis() {
            return new DraftBasis(editor, version);
        }

        void savedAt(long newVersion) {
            version = newVersion;
            storedElsewhere = newVersion;
        }

        void changedElsewhere(long stored) {
            storedElsewhere = stored;
        }

        void keepMine() {
            version = storedElsewhere;
        }
    }
}
