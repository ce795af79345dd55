package org.mendwell.shared.ui;

import com.vaadin.flow.component.Component;

/**
 * Where focus goes when a page changes under the person without a navigation: a step of a form, or
 * what a submit produced. Without it the button that was pressed is gone from the page, focus falls
 * back to the start of the document, and a keyboard or screen-reader user has to search for the
 * result from the top.
 */
public final class Focus {

    /** Marks a landing point that only a script focuses, so the style sheet can leave out the ring. */
    public static final String LANDING_CLASS = "mw-focus-landing";

    private Focus() {}

    /**
     * Moves focus to a heading or a message. It takes focus from the script only (tabindex -1): it is
     * not a control, so Tab does not stop on it.
     */
    public static <C extends Component> C moveTo(C target) {
        target.getElement().setAttribute("tabindex", "-1");
        target.addClassName(LANDING_CLASS);
        // Scrolled only as far as needed; the style sheet keeps it clear of the app bar (scroll-margin-top).
        target.getElement().executeJs("this.focus({preventScroll: true}); this.scrollIntoView({block: 'nearest'});");
        return target;
    }
}
