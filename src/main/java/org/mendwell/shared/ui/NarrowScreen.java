package org.mendwell.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * Whether the page is as narrow as a phone (the stylesheet's breakpoint, {@code @media (max-width: 600px)}), told
 * once the browser has said its width and again whenever the window is resized: for what a stylesheet cannot do, such
 * as which columns a grid shows or in what order. Until the browser has said, the page is taken to be wide.
 */
public final class NarrowScreen {

    /** The widest window still laid out as a phone, in CSS pixels: the stylesheet's breakpoint. */
    public static final int MAX_WIDTH = 600;

    private NarrowScreen() {}

    /** Calls {@code whether} with whether the window is narrow, while {@code component} is on the page, each time it changes. */
    public static void follow(Component component, SerializableConsumer<Boolean> whether) {
        component.addAttachListener(attach -> {
            SerializableConsumer<Boolean> narrow = whenItChanges(whether);
            var page = attach.getUI().getPage();
            var details = page.getExtendedClientDetails();
            // Vaadin 25 sends the details as the UI starts; placeholders (width -1) until then.
            if (details.getWindowInnerWidth() > 0) {
                narrow.accept(details.getWindowInnerWidth() <= MAX_WIDTH);
            } else {
                details.refresh(known ->
                        narrow.accept(known.getWindowInnerWidth() > 0 && known.getWindowInnerWidth() <= MAX_WIDTH));
            }
            var resize = page.addBrowserWindowResizeListener(event -> narrow.accept(event.getWidth() <= MAX_WIDTH));
            component.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    /** Passes on a width only when it crosses the breakpoint: every resize event would redraw the grid otherwise. */
    private static SerializableConsumer<Boolean> whenItChanges(SerializableConsumer<Boolean> whether) {
        var last = new Boolean[1];
        return narrow -> {
            if (!narrow.equals(last[0])) {
                last[0] = narrow;
                whether.accept(narrow);
            }
        };
    }
}
