package org.mendwell.progress;

/** Short names for scale questions, for chart legends and grid cells. */
final class ScaleLabels {

    private static final int LONGEST_NAME = 24;
    private static final int LONGEST_PROMPT = 48;

    private ScaleLabels() {}

    /** "Trust: how much do you trust…" becomes "Trust"; a prompt without such a name is shortened. */
    static String shortLabel(String prompt) {
        String name = name(prompt);
        return name.length() <= LONGEST_PROMPT
                ? name
                : name.substring(0, LONGEST_PROMPT - 1).strip() + "…";
    }

    /**
     * "Trust: how much do you trust…" becomes "Trust"; a prompt without such a name is kept whole, for a place with
     * room for it, such as a CSV header.
     */
    static String name(String prompt) {
        int colon = prompt.indexOf(':');
        if (colon > 0 && colon <= LONGEST_NAME) {
            return prompt.substring(0, colon).strip();
        }
        return prompt.strip();
    }
}
