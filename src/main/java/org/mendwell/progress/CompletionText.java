package org.mendwell.progress;

/** A completion rate as every progress page shows it: "75 % (3 of 4)", or "—" when nothing was due. */
public final class CompletionText {

    private CompletionText() {}

    public static String of(int submitted, int due) {
        return due == 0 ? "—" : Math.round(100.0 * submitted / due) + " % (" + submitted + " of " + due + ")";
    }
}
