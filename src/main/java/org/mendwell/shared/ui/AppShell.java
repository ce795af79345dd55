package org.mendwell.shared.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
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
    }
}
