package org.mendwell.caseload.ui;

import com.vaadin.flow.component.html.Span;
import org.mendwell.client.ClientStatus;

/** Small coloured labels for status and safety, the same on the caseload and the client page. */
final class Badges {

    private Badges() {}

    static Span status(ClientStatus status) {
        var badge = new Span(status.label());
        badge.getElement()
                .getThemeList()
                .add(
                        switch (status) {
                            case INTAKE_SUBMITTED -> "badge pill";
                            case ACTIVE -> "badge success pill";
                            case ARCHIVED, DISCHARGED -> "badge contrast pill";
                            default -> "badge pill";
                        });
        return badge;
    }

    static Span plain(String text) {
        var badge = new Span(text);
        badge.getElement().getThemeList().add("badge contrast pill");
        return badge;
    }

    static Span attention(String text) {
        var badge = new Span(text);
        badge.getElement().getThemeList().add("badge error pill");
        return badge;
    }

    /** The intake's safety flag and a PHQ-9 risk alert both ask for the clinician's attention. */
    static Span safety(boolean flagged, boolean riskAlert) {
        if (riskAlert) {
            return attention("Risk alert");
        }
        return safety(flagged);
    }

    static Span safety(boolean flagged) {
        var badge = new Span(flagged ? "Needs attention" : "—");
        if (flagged) {
            badge.getElement().getThemeList().add("badge error pill");
        }
        return badge;
    }
}
