package org.mendwell.caseload.ui;

import com.vaadin.flow.component.html.Span;
import org.mendwell.client.ClientStatus;

/** Small coloured labels for status and safety, the same on the caseload and the client page. */
final class Badges {

    private Badges() {}

    static Span status(ClientStatus status) {
        var badge = new Span();
        badge.setText(badge.getTranslation(status.key()));
        return themed(
                badge,
                switch (status) {
                    case ACTIVE -> "success";
                    case ARCHIVED, DISCHARGED -> "contrast";
                    default -> "";
                });
    }

    static Span plain(String text) {
        return themed(new Span(text), "contrast");
    }

    static Span attention(String text) {
        return themed(new Span(text), "error");
    }

    /** The intake's safety flag and a PHQ-9 risk alert both ask for the clinician's attention. */
    static Span safety(boolean flagged, boolean riskAlert) {
        if (riskAlert) {
            var alert = attention("");
            alert.setText(alert.getTranslation("caseload.badge.risk-alert"));
            return alert;
        }
        return safety(flagged);
    }

    static Span safety(boolean flagged) {
        var badge = new Span();
        if (flagged) {
            badge.setText(badge.getTranslation("caseload.badge.needs-attention"));
            themed(badge, "error");
        } else {
            badge.setText("—");
        }
        return badge;
    }

    /** A pill-shaped Lumo badge, in a colour when one is given. */
    private static Span themed(Span badge, String colour) {
        var themes = badge.getElement().getThemeList();
        themes.add("badge");
        themes.add("pill");
        if (!colour.isEmpty()) {
            themes.add(colour);
        }
        return badge;
    }
}
