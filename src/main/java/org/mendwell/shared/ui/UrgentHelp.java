package org.mendwell.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.mendwell.shared.i18n.Messages;

/** Mendwell is not a crisis service; every page says where to get urgent help. */
public final class UrgentHelp {

    /** The class that marks crisis help; the style sheet keeps it clear of the app bar when scrolled to. */
    public static final String CRISIS_CLASS = "mw-crisis";

    private UrgentHelp() {}

    public static Paragraph note() {
        var note = new Paragraph();
        note.setText(note.getTranslation("shared.urgent-help.note"));
        note.addClassName("mw-urgent-help");
        return note;
    }

    /**
     * Crisis help after an answer that suggests someone may not be safe: announced to screen readers
     * as an alert, and able to take focus (tabindex -1), so {@link #bringToFront} can put it in front
     * of them. Place it first on the page: above the view's own title, its heading is an h2 right under the
     * layout's h1 (axe's heading-order), so this method makes the heading and callers cannot choose its level.
     */
    public static Div crisis(String heading, Component... content) {
        var box = new Div(new H2(heading));
        box.add(content);
        box.addClassName(CRISIS_CLASS);
        box.getElement().setAttribute("role", "alert");
        box.getElement().setAttribute("tabindex", "-1");
        return box;
    }

    /**
     * Scrolls the crisis help to the top of what the person sees and moves focus to it, the moment
     * they submit. A submit button sits at the bottom of a long form: on a phone, help rendered at the
     * top of the page was otherwise a thousand pixels above the visible area, behind a "Thank you".
     */
    public static void bringToFront(Component crisis) {
        crisis.getElement().executeJs("this.scrollIntoView({block: 'start'}); this.focus({preventScroll: true});");
    }

    /**
     * Who has been told of an answer about self-harm. Never a clinician who is not there: without an active
     * clinician, the practice's administrators see the client's name on their start page until the client is
     * handed to an active clinician (and are e-mailed too when the portal can send e-mail).
     */
    public static String whoWasTold(boolean clinicianActive) {
        return Messages.ofPage(
                clinicianActive ? "shared.urgent-help.clinician-told" : "shared.urgent-help.practice-told");
    }
}
