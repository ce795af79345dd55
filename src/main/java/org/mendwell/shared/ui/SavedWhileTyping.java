package org.mendwell.shared.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.VaadinRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A draft's text field that sends what was typed to the server a moment after each pause and when the field loses
 * focus, so that little is ever only in the browser; one place for every draft editor (the letter, the exercise
 * answers, the intake). {@link #andOnLeaving} also posts the text as the page is left. {@link #keptInTab} keeps a
 * copy of what is typed in the tab until the server has saved it, and puts it back when the page opens again after
 * the connection or the session was lost.
 */
public final class SavedWhileTyping {

    /** The pause after the last keystroke before the text is sent: short, so little is ever in flight. */
    public static final int PAUSE_MILLIS = 300;

    /*
     * On leaving, Vaadin's own requests are dropped with the page, and Vaadin's listener tells the server the page
     * is gone, which may arrive first. So the field's text is posted with fetch's keepalive, which the browser
     * sends after the page is gone, with Spring's CSRF token from the page's meta tags, only when it changed since
     * the last post. 'pagehide' is the page being closed, reloaded or left; 'visibilitychange' to hidden is a
     * phone putting it in the background, after which it may be discarded without 'pagehide'.
     */
    private static final String POST_ON_LEAVING = """
            const host = this, url = $0;
            const input = () => host.inputElement || host.querySelector('textarea, input');
            host.__mwPosted = host.value;
            if (host.__mwLeaving) { host.__mwUrl = url; return; }
            host.__mwUrl = url;
            host.__mwLeaving = () => {
              const field = input();
              const text = field ? field.value : host.value;
              if (!host.isConnected || text === host.__mwPosted) return;
              const meta = name => (document.querySelector('meta[name="' + name + '"]') || {}).content;
              const headers = {'Content-Type': 'text/plain;charset=UTF-8'};
              if (meta('_csrf_header') && meta('_csrf')) headers[meta('_csrf_header')] = meta('_csrf');
              host.__mwPosted = text;
              fetch(host.__mwUrl, {method: 'POST', keepalive: true, credentials: 'same-origin', headers, body: text});
            };
            window.addEventListener('pagehide', host.__mwLeaving);
            document.addEventListener('visibilitychange', () => {
              if (document.visibilityState === 'hidden') host.__mwLeaving();
            });
            """;

    /*
     * The tab's copy: written on every keystroke to sessionStorage (this tab only, gone when it closes; never
     * localStorage, which outlives the tab on a shared computer), under a key naming the person and the field, so
     * nobody else signing in on the tab is given it. Removed when the server says it holds the same text. When the
     * page opens with a copy that differs from the draft the server sent, the copy goes to the server to be put back.
     */
    private static final String KEEP_IN_TAB = """
            const host = this, key = $0;
            const store = (() => { try { return window.sessionStorage; } catch (e) { return null; } })();
            if (!store) return;
            host.__mwKey = key;
            if (!host.__mwKeeping) {
              host.__mwKeeping = true;
              host.addEventListener('input', () => {
                const field = host.inputElement || host.querySelector('textarea, input');
                try { store.setItem(host.__mwKey, field ? field.value : host.value); } catch (e) { /* full: the page still says not saved */ }
              });
            }
            const putBack = () => {
              const kept = store.getItem(key);
              if (kept === null) return;
              if (kept === (host.value || '')) store.removeItem(key);
              else host.dispatchEvent(new CustomEvent('mw-put-back', {detail: kept}));
            };
            // A field on a step not shown yet (the intake's later steps) is put back when it is shown: the server
            // takes no event from a field the person cannot see.
            if (host.offsetParent !== null || store.getItem(key) === null) { putBack(); return; }
            const shown = new ResizeObserver(() => {
              if (host.offsetParent !== null) { shown.disconnect(); putBack(); }
            });
            shown.observe(host);
            """;

    /**
     * Removes this tab's kept copies, all of them or all but those under one key prefix (the signed-in person's):
     * words kept for someone else are not left readable in a tab another person now uses.
     */
    private static final String FORGET = """
            const keep = $0;
            try {
              const store = window.sessionStorage;
              for (let i = store.length - 1; i >= 0; i--) {
                const key = store.key(i);
                if (key && key.startsWith('mw-draft:') && (keep === null || !key.startsWith(keep))) store.removeItem(key);
              }
            } catch (e) { /* no storage, nothing kept */ }
            """;

    private static final String SAVED_TEXT = "mw-saved-text";

    private SavedWhileTyping() {}

    /** Sends the text a moment after each pause in typing and when the field loses focus. */
    public static <F extends HasValueChangeMode> F field(F field) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(PAUSE_MILLIS);
        if (field instanceof Component component) {
            // A listener for the field's blur makes Vaadin's client send the pending text with it, at once.
            component.getElement().addEventListener("blur", sent -> {});
        }
        return field;
    }

    /**
     * Tells the page what the server now holds, after a save while typing: leaving then posts only text that differs
     * from it. Compared with the text the page opened with, words deleted and saved since came back on leaving.
     */
    public static void savedAs(Component field, String text) {
        if (text.equals(ComponentUtil.getData(field, SAVED_TEXT))) {
            return; // the page knows already
        }
        ComponentUtil.setData(field, SAVED_TEXT, text);
        field.getElement()
                .executeJs(
                        "this.__mwPosted = $0;"
                                + " try { if (this.__mwKey && sessionStorage.getItem(this.__mwKey) === $0)"
                                + " sessionStorage.removeItem(this.__mwKey); } catch (e) {}",
                        text);
    }

    /**
     * As {@link #field}, and keeps what is typed in this tab until the server has saved it ({@link #savedAs}, which
     * the form calls after each save), so that words typed while the connection is down survive a reload or a new
     * sign-in after the session was lost. When the page opens with such words, they are put back into the field,
     * whose change listeners save them as any change, and the status line says so once they are saved.
     *
     * @param formField names the form and the field, unique among the person's drafts ("intake:phone")
     */
    public static <F extends AbstractField<?, String> & HasValueChangeMode> F keptInTab(
            F field, String formField, DraftStatusLine status) {
        field(field);
        ComponentUtil.setData(field, SAVED_TEXT, Objects.requireNonNullElse(field.getValue(), ""));
        String key = "mw-draft:" + person() + ":" + formField;
        field.addAttachListener(attach -> field.getElement().executeJs(KEEP_IN_TAB, key));
        field.getElement()
                .addEventListener("mw-put-back", event -> {
                    if (field.isReadOnly() || !field.isEnabled()) {
                        return;
                    }
                    String kept = event.getEventData().get("event.detail").asString();
                    field.setValue(kept);
                    if (kept.equals(ComponentUtil.getData(field, SAVED_TEXT))) {
                        status.putBack();
                    }
                })
                .addEventData("event.detail");
        return field;
    }

    /**
     * On a page of the signed-in person: the copies another person left in this tab (their session expired, then
     * someone else signed in on the same computer) are removed, since their words must not stay readable here.
     */
    public static void forgetOtherPeoplesWords(Component page) {
        page.getElement().executeJs(FORGET, "mw-draft:" + person() + ":");
    }

    /**
     * At an explicit log-out: the person leaves on purpose, so nothing of theirs stays in the tab. Words the server
     * confirmed are in their drafts; a copy still here is one the page said was not saved.
     */
    public static void forgetAllWords(Component page) {
        page.getElement().executeJs(FORGET, (Object) null);
    }

    /**
     * Who is signed in, as a key part that does not spell their e-mail address into the browser's storage: the same
     * for the same person in every session, different for anyone else.
     */
    private static String person() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Principal principal = request == null ? null : request.getUserPrincipal();
        String name = principal == null ? "" : principal.getName();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    /**
     * As {@link #field}, and posts the text as plain text to {@code path} when the page is left with words not
     * yet sent; the path's handler saves it as the page's own save would. Call {@link #savedAs} after each save.
     */
    public static <F extends Component & HasValueChangeMode> F andOnLeaving(F field, String path) {
        field(field);
        ComponentUtil.setData(field, PostPath.class, new PostPath(path));
        field.addAttachListener(attach -> field.getElement()
                .executeJs(
                        POST_ON_LEAVING,
                        ComponentUtil.getData(field, PostPath.class).path()));
        return field;
    }

    /**
     * Changes where leaving posts the text, for a page whose address says what its copy rests on (a letter's
     * version, which each save moves on).
     */
    public static void postTo(Component field, String path) {
        ComponentUtil.setData(field, PostPath.class, new PostPath(path));
        field.getElement().executeJs("this.__mwUrl = $0", path);
    }

    private record PostPath(String path) {}
}
