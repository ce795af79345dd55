package org.mendwell.shared.ui;

import java.util.Collection;
import org.jspecify.annotations.Nullable;

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
                : withoutStop(saved) + ". "
                        + com.vaadin
                                .flow
                                .component
                                .UI
                                .getCurrent()
                                .getTranslation("shared.draft.too-long", String.join(", ", tooLong), tooLong.size());
        if (notSaved.isEmpty()) {
            return kept;
        }
        String names = String.join(", ", notSaved);
        String where = notSaved.size() == 1 ? "See the message next to it" : "See the message next to each";
        if (changed != null && notSaved.contains(changed)) {
            return "Not saved: " + names + ". " + where + "; everything else is saved.";
        }
        return withoutStop(kept) + ". Not saved: " + names + ". " + where + ".";
    }

    private static String withoutStop(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
