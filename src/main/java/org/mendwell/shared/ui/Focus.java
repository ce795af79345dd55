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

    private static final String AFTER_PAGE_LOAD = Focus.class.getName() + ".afterPageLoad";

    private Focus() {}

    /**
     * Moves focus to a field that needs an answer and brings it into view (a phone's screen shows
     * little of a long dialog). Unlike {@link #moveTo}, the field stays in the Tab order. A group of radio
     * buttons or checkboxes takes no focus itself: its chosen button, or else its first, does.
     */
    public static <C extends Component> C field(C field) {
        field.getElement()
                .executeJs("const group = this.matches('vaadin-radio-group, vaadin-checkbox-group');"
                        + " const target = group ? (this.querySelector(':scope > [checked]')"
                        + " || this.querySelector(':scope > vaadin-radio-button, :scope > vaadin-checkbox')) : this;"
                        + " (target || this).focus(); this.scrollIntoView({block: 'center'});");
        return field;
    }

    /**
     * Asks the next page load of this session to focus its heading, as a navigation within the portal
     * does. For a change that has to load a whole new page (signing in after choosing a password):
     * the first page of a visit otherwise leaves focus at the top, for the skip link.
     */
    public static void headingAfterNextPageLoad() {
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(AFTER_PAGE_LOAD, Boolean.TRUE);
        }
    }

    /** Whether {@link #headingAfterNextPageLoad} was asked for; asking once is answered once. */
    static boolean takeHeadingAfterPageLoad() {
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        if (session == null || session.getAttribute(AFTER_PAGE_LOAD) == null) {
            return false;
        }
        session.setAttribute(AFTER_PAGE_LOAD, null);
        return true;
    }

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
