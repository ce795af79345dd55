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

    /**
     * Who has been told of an answer about self-harm. Never a clinician who is not there: without an active
     * clinician, the practice's administrators were told instead.
     */
    public static String whoWasTold(boolean clinicianActive) {
        return clinicianActive ? "Your clinician has been told and will be in touch."
                : "Your practice has been told and will be in touch.";
    }
}
