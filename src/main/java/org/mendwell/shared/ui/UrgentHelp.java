package org.mendwell.shared.ui;

import com.vaadin.flow.component.html.Paragraph;

/** Mendwell is not a crisis service; every page says where to get urgent help. */
public final class UrgentHelp {

    private UrgentHelp() {
    }

    public static Paragraph note() {
        var note = new Paragraph("Mendwell is not an emergency service. If you or someone else is in danger, "
                + "call your local emergency number (112 in Europe, 911 in North America) or a crisis line.");
        note.addClassName("mw-urgent-help");
        return note;
    }
}
