package org.mendwell.shared;

import org.jspecify.annotations.Nullable;
import org.mendwell.shared.i18n.Messages;

/**
 * Text we can store exactly as typed. MariaDB's utf8mb4 columns hold every Unicode character, but not
 * half of one: an unpaired surrogate (which no keyboard produces, only a broken paste or a crafted
 * request) would be saved as "?". Such text is refused with a plain message instead of being changed
 * silently.
 */
public final class PlainText {

    /** What to say of a text with a broken character, in the reader's language. */
    public static String unsavable() {
        return Messages.ofPage("shared.text.unsavable");
    }

    private PlainText() {}

    /**
     * Text over its limit, said with both numbers so the writer knows how much to cut:
     * "4,000 characters at most; you have 4,213."
     */
    public static String overLimit(int limit, int length) {
        return Messages.ofPage("shared.text.over-limit", limit, length);
    }

    /**
     * How many characters a text counts for against its limit: without the spaces and line breaks at either
     * end, which are not kept. The one rule for a field's counter while typing, its "too long" message and
     * every service's limit, so the count and the message never disagree.
     */
    public static int length(@Nullable String text) {
        return text == null ? 0 : text.strip().length();
    }

    /**
     * A person's name as it is kept: no spaces around it, and one space where several (or a tab, or a line
     * break) were typed between its words. The one place names are tidied, for clients, staff and the
     * names in an intake.
     */
    public static @Nullable String name(@Nullable String name) {
        return name == null ? null : name.strip().replaceAll("\\s+", " ");
    }

    /** The problem with this text, or null when it can be stored as it is. */
    public static @Nullable String problem(@Nullable String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return unsavable();
            }
        }
        return null;
    }
}
