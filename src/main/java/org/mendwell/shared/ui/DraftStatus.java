package org.mendwell.shared.ui;

import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.mendwell.shared.i18n.Messages;

/**
 * The line under a form with drafts after a save: "saved" only for what was saved, and the answers
 * that were not saved named, so a client never reads "Saved" while something they typed is not.
 */
public final class DraftStatus {

    private DraftStatus() {}

    /**
     * @param saved          what to say when everything was saved, such as "Saved: Phone"
     * @param changed        the name of the answer just changed, if known
     * @param notSaved       the names of the answers not saved, in the order of the form
     */
    public static String after(String saved, @Nullable String changed, Collection<String> notSaved) {
        return after(saved, changed, notSaved, java.util.List.of());
    }

    /**
     * @param tooLong the names of the answers kept as typed but over their limit: saved, and the
     *                submit will ask for them shorter
     */
    public static String after(
            String saved, @Nullable String changed, Collection<String> notSaved, Collection<String> tooLong) {
        String kept = tooLong.isEmpty()
                ? saved
                : Messages.ofPage(
                        "shared.draft.too-long", sentence(saved), sentence(String.join(", ", tooLong)), tooLong.size());
        if (notSaved.isEmpty()) {
            return kept;
        }
        String names = sentence(String.join(", ", notSaved));
        String where = Messages.ofPage("shared.draft.see-message", notSaved.size());
        if (changed != null && notSaved.contains(changed)) {
            return Messages.ofPage("shared.draft.changed-not-saved", names, where);
        }
        return Messages.ofPage("shared.draft.some-not-saved", sentence(kept), names, where);
    }

    /**
     * A part of the line that the next words follow as a new sentence, ended with a full stop unless it ends one
     * already: the names are the form's own labels, and a question ("What should we call you?") or an abbreviation
     * ends with its own mark, which a stop in the message after it doubled ("?." and "..").
     */
    static String sentence(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty() || SENTENCE_ENDS.indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
            return trimmed;
        }
        return trimmed + ".";
    }

    /** Marks that end a sentence, in English and Spanish (whose questions open with ¿ and end with ?). */
    private static final String SENTENCE_ENDS = ".?!…";
}
