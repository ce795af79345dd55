package org.mendwell.triggers;

import java.util.List;
import java.util.UUID;
import org.mendwell.client.CoupleLinkEnded;
import org.mendwell.triggers.domain.ReassuranceNoticeRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the clinician ends a couple link, a reassurance notice still waiting for either partner goes at once: after
 * a separation, and above all after an ending for safety, one partner must not keep a signal from the other. The
 * log itself is the client's and stays.
 */
@Component
class ReassuranceWithdrawal {

    private final ReassuranceNoticeRepository notices;

    ReassuranceWithdrawal(ReassuranceNoticeRepository notices) {
        this.notices = notices;
    }

    @EventListener
    void onCoupleLinkEnded(CoupleLinkEnded ended) {
        for (UUID partner : List.of(ended.clientId(), ended.formerPartnerId())) {
            notices.findByToClientIdAndSeenAtIsNullOrderBySentAtDesc(partner)
                    .forEach(notice -> notice.seen(ended.endedAt()));
        }
    }
}
