package org.mendwell.shared.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * A confirmation whose "yes" cannot be taken back (ending a couple link, releasing a letter to the partner) opens
 * with the focus on Cancel. The dialog focuses its confirm button when it opens, so a keyboard user who pressed
 * Enter twice had done the irreversible thing (exploration: the link ended on a double Enter).
 */
public final class CancelFirst {

    // The web component calls this method once its overlay has opened; the dialog's own instance takes it over
    // before opening, so that nothing else moves the focus after it.
    private static final String FOCUS_CANCEL_ON_OPEN = """
            this.__onDialogOpened = function () {
              const cancel = this.querySelector('[slot="cancel-button"]');
              (cancel || this._confirmButton).focus();
            };
            """;

    private CancelFirst() {}

    /** Call before {@code open()}, on a dialog made cancelable. */
    public static ConfirmDialog focusCancelOnOpen(ConfirmDialog dialog) {
        dialog.getElement().executeJs(FOCUS_CANCEL_ON_OPEN);
        return dialog;
    }
}
