package org.mendwell.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.mendwell.shared.i18n.Messages;
import org.mendwell.shared.i18n.ViewerLanguage;
import org.springframework.stereotype.Component;

/**
 * Every page opens in the reader's language ({@link ViewerLanguage}): the UI's locale, which every
 * {@code getTranslation} and date format reads, and the document's {@code lang}, which screen readers use to
 * pronounce it. Vaadin's own words on the page, the connection indicator's "reconnecting", "connection lost" and "online",
 * follow it too.
 */
@Component
public class PageLanguage implements VaadinServiceInitListener {

    private final ViewerLanguage viewerLanguage;

    PageLanguage(ViewerLanguage viewerLanguage) {
        this.viewerLanguage = viewerLanguage;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(
                response -> firstResponse(response.getDocument(), viewerLanguage.viewerLocale()));
        event.getSource().addUIInitListener(init -> use(init.getUI(), viewerLanguage.viewerLocale()));
    }

    /**
     * The page as first sent is already in the reader's language: its {@code lang}, and the connection indicator's
     * texts. The indicator is drawn as soon as Vaadin's client starts, before the UI's settings arrive, and showed
     * "Online" in English for a moment on a Spanish page (issue 16). Vaadin's client makes it once and keeps it as
     * {@code window.Vaadin.connectionIndicator}: a script in the head hands it its texts as it is kept, before it is
     * added to the page.
     */
    static void firstResponse(Document page, Locale locale) {
        page.getElementsByTag("html").attr("lang", locale.toLanguageTag());
        var texts = JacksonUtils.createObjectNode();
        texts.put("onlineText", Messages.in(locale, "shared.connection.online"));
        texts.put("reconnectingText", Messages.in(locale, "shared.connection.reconnecting"));
        texts.put("offlineText", Messages.in(locale, "shared.connection.lost"));
        page.head()
                .appendElement("script")
                .attr("id", "mw-connection-texts")
                .appendChild(new DataNode(CONNECTION_TEXTS.replace("TEXTS", texts.toString())));
    }

    private static final String CONNECTION_TEXTS = """
            (() => {
              const vaadin = window.Vaadin = window.Vaadin || {};
              let indicator = vaadin.connectionIndicator;
              Object.defineProperty(vaadin, 'connectionIndicator', {
                configurable: true,
                enumerable: true,
                get: () => indicator,
                set: made => { indicator = made; if (made) { Object.assign(made, TEXTS); } }
              });
            })();""";

    /** Switches an open page to a language the person just chose (the view then reloads or rebuilds). */
    public static void use(UI ui, Locale locale) {
        ui.setLocale(locale);
        ui.getPage().executeJs("document.documentElement.lang = $0", locale.toLanguageTag());
        var connection = ui.getReconnectDialogConfiguration(); // the indicator's reconnecting and offline texts
        connection.setDialogText(ui.getTranslation("shared.connection.reconnecting"));
        connection.setDialogTextGaveUp(ui.getTranslation("shared.connection.lost"));
        // "Online", shown when the connection comes back, has no server-side setting: the indicator takes it here when
        // the person switches language (on a page's first load the head script of firstResponse has set it already).
        ui.getPage()
                .executeJs(
                        "const i = window.Vaadin && window.Vaadin.connectionIndicator; if (i) { i.onlineText = $0; }",
                        ui.getTranslation("shared.connection.online"));
    }
}
