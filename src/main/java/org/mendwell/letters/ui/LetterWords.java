package org.mendwell.letters.ui;

import com.vaadin.flow.component.Component;
import java.util.Locale;
import org.mendwell.letters.LetterKind;
import org.mendwell.letters.LetterStatus;

/** A letter's kind and status in the reader's words, the same on every letters page. */
final class LetterWords {

    private LetterWords() {}

    static String kind(Component page, LetterKind kind) {
        return page.getTranslation("letters.kind." + kind.name().toLowerCase(Locale.ROOT));
    }

    static String status(Component page, LetterStatus status) {
        return page.getTranslation(
                "letters.status." + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** The status as the clinician reads it on the couple's page: "Released to the partner", not "your partner". */
    static String statusForClinician(Component page, LetterStatus status) {
        return page.getTranslation("letters.review.status."
                + status.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
