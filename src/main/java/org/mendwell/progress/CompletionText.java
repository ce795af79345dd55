package org.mendwell.progress;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * A completion rate as every progress page shows it, in the page's language: "75 % (3 of 4)", or "—" when
 * nothing was due.
 */
public final class CompletionText {

    private CompletionText() {}

    public static String of(int submitted, int due) {
        return due == 0
                ? "—"
                : I18NProvider.translate("progress.completion", Math.round(100.0 * submitted / due), submitted, due);
    }
}
