package org.mendwell.homework.ui;

import com.vaadin.flow.component.UI;
import org.mendwell.homework.ExerciseTerms;

/** Texts for the homework pages' static helpers, which have no component of their own to translate with. */
final class Words {

    private Words() {}

    /** The text for this key in the language of the page being built. */
    static String text(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }

    /** An answer to a yes / not yet / I need space question as the reader reads it; it is stored in English. */
    static String yesNotYetSpace(String stored) {
        return switch (ExerciseTerms.YES_NOT_YET_SPACE.indexOf(stored)) {
            case 0 -> text("homework.answer.yes");
            case 1 -> text("homework.answer.not-yet");
            case 2 -> text("homework.answer.need-space");
            default -> stored;
        };
    }
}
