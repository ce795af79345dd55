package org.mendwell.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
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
        event.getSource().addUIInitListener(init -> use(init.getUI(), viewerLanguage.viewerLocale()));
    }

    /** Switches an open page to a language the person just chose (the view then reloads or rebuilds). */
    public static void use(UI ui, Locale locale) {
        ui.setLocale(locale);
        ui.getPage().executeJs("document.documentElement.lang = $0", locale.toLanguageTag());
        var connection = ui.getReconnectDialogConfiguration(); // the indicator's reconnecting and offline texts
        connection.setDialogText(ui.getTranslation("shared.connection.reconnecting"));
        connection.setDialogTextGaveUp(ui.getTranslation("shared.connection.lost"));
        // "Online", shown when the connection comes back, has no server-side setting: the indicator takes it here.
        ui.getPage()
                .executeJs(
                        "const set = () => { const i = window.Vaadin && window.Vaadin.connectionIndicator;"
                                + " if (i) { i.onlineText = $0; } else { setTimeout(set, 100); } }; set()",
                        ui.getTranslation("shared.connection.online"));
    }
}
