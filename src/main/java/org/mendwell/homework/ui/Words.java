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

    /**
     * An exercise title in the reader's quotation marks: "Daily check-in", «Registro diario». A title that
     * has quotation marks of its own keeps them as the inner pair ("'Can I try that again?' Finding your way
     * back"), so no text shows two marks side by side. Every message that names a title in quotes takes it
     * from here and has no marks of its own around it.
     */
    static String quoted(String title) {
        String open = text("homework.quote.inner-open");
        String close = text("homework.quote.inner-close");
        var inner = new StringBuilder(title.length());
        boolean straightOpen = false;
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            switch (c) {
                case '"' -> {
                    inner.append(straightOpen ? close : open);
                    straightOpen = !straightOpen;
                }
                case '\u201C', '\u00AB' -> inner.append(open);
                case '\u201D', '\u00BB' -> inner.append(close);
                default -> inner.append(c);
            }
        }
        return text("homework.quote", inner.toString());
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
