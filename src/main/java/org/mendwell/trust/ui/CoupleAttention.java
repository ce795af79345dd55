package org.mendwell.trust.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.di.Instantiator;
import java.util.UUID;
import org.mendwell.shared.time.ViewerTime;
import org.mendwell.trust.TrustGapService;
import org.springframework.modulith.NamedInterface;

/**
 * On the client page's overview: why this couple needs attention now (the trust gap's reasons), or nothing at all.
 * Another feature's page adds it in one line with {@link #forClient}.
 */
@NamedInterface("couple-attention")
public class CoupleAttention extends Div {

    private final TrustGapService trustGap;
    private final ViewerTime viewerTime;
    private UUID clientId = new UUID(0, 0);

    CoupleAttention(TrustGapService trustGap, ViewerTime viewerTime) {
        this.trustGap = trustGap;
        this.viewerTime = viewerTime;
        addClassName("mw-couple-attention");
        addAttachListener(attach -> render());
    }

    public static CoupleAttention forClient(UUID clientId) {
        CoupleAttention attention = Instantiator.get(UI.getCurrent()).getOrCreate(CoupleAttention.class);
        attention.clientId = clientId;
        return attention;
    }

    private void render() {
        removeAll();
        var reasons = trustGap.attentionReasons(clientId);
        if (reasons.isEmpty()) {
            setVisible(false);
            return;
        }
        setVisible(true);
        getElement().setAttribute("role", "status");
        add(new H3(getTranslation("trust.attention.heading")));
        add(AttentionReasonList.of(reasons, this, viewerTime.viewer()));
    }
}
