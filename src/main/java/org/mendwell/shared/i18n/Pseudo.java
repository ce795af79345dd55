package org.mendwell.shared.i18n;

/**
 * Pseudo-localisation: every letter accented and the text made 40 % longer, inside brackets, with the
 * {@code {0}} arguments and quoted parts left as they are. A page in this "language" shows at once a text that
 * was never put into a bundle (it has no accents) and a layout that cuts off a longer translation.
 */
final class Pseudo {

    private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String ACCENTED = "àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";

    private Pseudo() {}

    static String localise(String pattern) {
        var out = new StringBuilder("[");
        int depth = 0;
        boolean quoted = false;
        int letters = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '{') {
                depth++;
            } else if (!quoted && c == '}') {
                depth--;
            }
            int plain = PLAIN.indexOf(c);
            if (depth == 0 && !quoted && plain >= 0) {
                out.append(ACCENTED.charAt(plain));
                letters++;
            } else {
                out.append(c);
            }
        }
        // 40 % more, as Spanish and German run longer than English; in short words, so that it wraps as text does.
        int extra = Math.max(1, letters * 2 / 5);
        for (int i = 0; i < extra; i++) {
            out.append(i % 6 == 0 ? ' ' : '~');
        }
        return out.append(']').toString();
    }
}
