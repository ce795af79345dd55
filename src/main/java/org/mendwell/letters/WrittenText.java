package org.mendwell.letters;

import org.jspecify.annotations.Nullable;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.PlainText;
import org.mendwell.shared.i18n.Messages;
import org.springframework.stereotype.Component;

/**
 * A text a person must write (a reply, a comment for another draft, a reason to open letters): stripped, not
 * empty, within its limit and storable, or refused next to its field with the field's own message.
 */
@Component
class WrittenText {

    private final Messages messages;

    WrittenText(Messages messages) {
        this.messages = messages;
    }

    String required(String field, @Nullable String text, int limit, String emptyKey) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw InvalidInputException.of(field, messages.viewer(emptyKey));
        }
        if (stripped.length() > limit) {
            throw InvalidInputException.of(field, PlainText.overLimit(limit, stripped.length()));
        }
        if (PlainText.problem(stripped) != null) {
            throw InvalidInputException.of(field, PlainText.unsavable());
        }
        return stripped;
    }
}
