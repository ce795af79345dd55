package org.mendwell.triggers;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in client's own trigger log.
 *
 * @param inUse                  their clinician has turned it on for them
 * @param hasPartner             a couple case: the reassurance opt-in applies
 * @param reassuranceOptedIn     their own opt-in to the reassurance signal (to send or to receive it)
 * @param canAskForReassurance   every condition for sending the signal holds now; which one does not is
 *                               never said, since one of them is the partner's safety flag
 * @param today                  today's moments, newest first
 */
public record MyTriggerLog(
        boolean inUse,
        boolean hasPartner,
        @Nullable String partnerName,
        boolean reassuranceOptedIn,
        boolean canAskForReassurance,
        TriggerTrend trend,
        List<Moment> today) {}
