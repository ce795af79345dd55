package org.mendwell.trust.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.mendwell.shared.time.PersonalTime;
import org.mendwell.trust.AttentionReason;

/** Why a couple needs attention, in words: for the trust-gap panel and the client page's overview. */
final class AttentionReasonList {

    private AttentionReasonList() {}

    static UnorderedList of(List<AttentionReason> reasons, Component in, PersonalTime time) {
        var list = new UnorderedList();
        list.addClassName("mw-attention-reasons");
        for (AttentionReason reason : reasons) {
            list.add(new ListItem(
                    switch (reason.kind()) {
                        case GAP_ABOVE_THRESHOLD ->
                            in.getTranslation(
                                    "trust.attention.gap", reason.scale(), time.dayAndMonth(reason.lastDay()));
                        case STOPPED_CHECKING_IN -> in.getTranslation("trust.attention.stopped", reason.who());
                    }));
        }
        return list;
    }
}
