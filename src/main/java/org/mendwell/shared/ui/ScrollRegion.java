package org.mendwell.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

/**
 * A box whose text scrolls inside it. Without a tab stop a keyboard cannot scroll text that holds no
 * control of its own (axe: scrollable-region-focusable); the name tells a screen reader what it is.
 */
public final class ScrollRegion {

    private ScrollRegion() {}

    public static Div of(String name, Component... content) {
        var region = new Div(content);
        region.addClassName("mw-scroll-region");
        region.getElement().setAttribute("role", "region");
        region.getElement().setAttribute("aria-label", name);
        region.getElement().setAttribute("tabindex", "0");
        return region;
    }
}
