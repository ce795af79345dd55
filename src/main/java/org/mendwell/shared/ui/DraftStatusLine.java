package org.mendwell.shared.ui;

import com.vaadin.flow.component.html.Span;

/**
 * The line under a form with drafts. What the server says after a save is shown as it says it; when the browser
 * loses the connection, or a save does not reach the server, the line says at once that what is typed is not saved
 * yet (a script in the page, since the server cannot be asked), and "Saved" comes back only when the server says
 * it again, or when the connection returns with nothing typed since the server last spoke.
 */
public class DraftStatusLine extends Span {

    /*
     * The server's words are in the first span and the browser's in the second, which the server never changes:
     * the script never touches a text the server manages. window.Vaadin.connectionState is Vaadin's own store of
     * the connection (connected, loading, reconnecting, connection-lost; its reconnect indicator reads it);
     * 'offline' is the browser's word when the network goes, before any request fails.
     */
    private static final String WATCH = """
            const line = this, said = line.firstElementChild, note = line.lastElementChild, message = $0;
            line.__mwMessage = message;
            if (line.__mwServerSaid) return;
            let lost = false, typed = false;
            const showLost = () => {
              if (!line.isConnected) return;
              lost = true;
              said.style.display = 'none';
              note.textContent = line.__mwMessage;
            };
            const showSaid = () => {
              note.textContent = '';
              said.style.display = '';
            };
            line.__mwServerSaid = () => { lost = false; typed = false; showSaid(); };
            const back = () => {
              if (!lost || !line.isConnected) return;
              lost = false;
              if (!typed) showSaid(); // nothing typed since the server last spoke: its words are still true
            };
            document.addEventListener('input', () => { typed = true; }, true);
            window.addEventListener('offline', showLost);
            const store = window.Vaadin && (window.Vaadin.connectionState
                || (window.Vaadin.Flow && window.Vaadin.Flow.connectionState));
            if (store && store.addStateChangeListener) {
              store.addStateChangeListener((before, now) => {
                if (now === 'reconnecting' || now === 'connection-lost') showLost();
                else if (now === 'connected') back();
              });
            }
            """;

    private final Span said = new Span();

    public DraftStatusLine() {
        addClassName("mw-save-state");
        getElement().setAttribute("aria-live", "polite");
        add(said, new Span());
        addAttachListener(attach -> getElement().executeJs(WATCH, getTranslation("shared.draft.no-connection")));
    }

    /** What the server says now, after a save or a failure: shown at once, over the browser's "not saved yet". */
    @Override
    public void setText(String text) {
        said.setText(text);
        getElement().executeJs("this.__mwServerSaid && this.__mwServerSaid()");
    }

    @Override
    public String getText() {
        return said.getText();
    }

    /** After words kept in the tab while the connection was down were put back into their field and saved. */
    void putBack() {
        setText(getTranslation("shared.draft.put-back"));
    }
}
