package org.mendwell.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.data.value.HasValueChangeMode;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * A draft's text field that sends what was typed to the server a moment after each pause and when the field loses
 * focus, so that little is ever only in the browser; one place for every draft editor (the letter, the exercise
 * answers, the intake). {@link #andOnLeaving} also posts the text as the page is left.
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
        field.getElement().executeJs("this.__mwPosted = $0", text);
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
