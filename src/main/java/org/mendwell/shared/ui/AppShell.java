package org.mendwell.shared.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.TargetElement;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("styles/mendwell.css")
@Meta(name = "color-scheme", content = "light")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Mendwell"); // the same in every language
        // Served from frontend/images (public: /images/** in SecurityConfig); without it every tab showed a blank icon.
        settings.addFavIcon("icon", "images/favicon.svg", "any");
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        // Vaadin attaches its connection indicator ("Connection lost", the loading bar) to the body, outside every
        // landmark. As a status it stays announced to a screen reader and is not content a landmark should hold.
        settings.addInlineWithContents(
                TargetElement.BODY,
                Inline.Position.APPEND,
                "(() => { const mark = () => document.querySelectorAll('vaadin-connection-indicator:not([role])')"
                        + ".forEach(indicator => indicator.setAttribute('role', 'status'));"
                        + " new MutationObserver(mark).observe(document.body, {childList: true}); mark(); })();",
                Inline.Wrapping.JAVASCRIPT);
    }
}
