package org.mendwell.shared.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import java.time.Duration;

/**
 * Warns a minute before an idle session ends, in the browser: the server ends the session on its
 * own (see the session policy), this only tells the person in time. The browser restarts its timer
 * at each request to the server other than Vaadin's heartbeat, which is what the server counts as
 * activity. The warning is a native dialog opened by script, so showing it is not itself activity (nor is the
 * blur of the field it takes the focus from); "Stay signed in" is a request, and so it is.
 */
@Tag("mw-idle-warning")
public final class IdleWarning extends Component {

    private static final String SCRIPT = """
            const host = this, idleMs = $0 * 1000, warnMs = $1 * 1000;
            if (window.__mendwellIdle) { window.__mendwellIdle.host = host; window.__mendwellIdle.restart(); return; }
            const dialog = document.createElement('dialog');
            dialog.className = 'mw-idle-warning';
            dialog.setAttribute('role', 'alertdialog');
            dialog.setAttribute('aria-labelledby', 'mw-idle-title');
            const part = (tag, text) => { const e = document.createElement(tag); e.textContent = text; return e; };
            const title = part('h2', $2);
            title.id = 'mw-idle-title';
            const stay = part('button', $4);
            stay.type = 'button';
            dialog.append(title, part('p', $3), stay);
            document.body.appendChild(dialog);
            const state = { host, warn: 0, end: 0, opening: false };
            // Opening the warning takes the focus from a field the person left it in, and that field's blur is a
            // request (it sends pending text at once), which would count as activity: the warning closed itself and
            // the session never ended while the cursor sat in an answer. Nothing is pending after minutes without
            // a keystroke, so the blur that opening the warning causes is not passed on.
            window.addEventListener('blur', e => { if (state.opening) { e.stopImmediatePropagation(); } }, true);
            state.restart = () => {
                clearTimeout(state.warn); clearTimeout(state.end);
                if (dialog.open) { dialog.close(); }
                state.warn = setTimeout(() => {
                    state.opening = true;
                    try { dialog.showModal(); } finally { state.opening = false; }
                }, idleMs - warnMs);
                // A little after the server's limit, so the reload finds the session already ended.
                state.end = setTimeout(() => location.reload(), idleMs + 5000);
            };
            stay.addEventListener('click', () => state.host.$server.stillHere());
            const counts = url => !String(url).includes('v-r=heartbeat');
            const open = XMLHttpRequest.prototype.open;
            XMLHttpRequest.prototype.open = function (method, url, ...rest) {
                if (counts(url)) { state.restart(); }
                return open.call(this, method, url, ...rest);
            };
            const originalFetch = window.fetch;
            window.fetch = function (input, init) {
                if (counts(input instanceof Request ? input.url : input)) { state.restart(); }
                return originalFetch.call(this, input, init);
            };
            window.__mendwellIdle = state;
            state.restart();
            """;

    private final Duration idleTimeout;
    private final Duration warnBefore;

    public IdleWarning(Duration idleTimeout, Duration warnBefore) {
        this.idleTimeout = idleTimeout;
        this.warnBefore = warnBefore;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement()
                .executeJs(
                        SCRIPT,
                        idleTimeout.toSeconds(),
                        warnBefore.toSeconds(),
                        getTranslation("shared.idle.heading"),
                        getTranslation("shared.idle.text", Math.round(idleTimeout.toSeconds() / 60.0)),
                        getTranslation("shared.idle.stay"));
    }

    /** Called by "Stay signed in": the request itself is the activity the server counts. */
    @ClientCallable
    void stillHere() {
        // Nothing else to do.
    }
}
