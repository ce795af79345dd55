package org.mendwell.shared;

import org.jspecify.annotations.Nullable;

/** Text for a CSV cell that a spreadsheet shows rather than runs (OWASP's advice on CSV injection). */
public final class SpreadsheetText {

    private SpreadsheetText() {}

    /** Text that starts like a formula (= + - @, a tab or a carriage return) gets a leading apostrophe. */
    public static @Nullable String inert(@Nullable String text) {
        if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
