package org.mendwell.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One of the signed-in client's own promises: its days to mark, its run, and what they said on recent days.
 */
public record MyPromise(
        UUID agreementId,
        String words,
        PromiseSchedule schedule,
        boolean visibleToPartner,
        KeptRecord record,
        List<MarkedDay> recent) {

    /** The day their clinician stopped it, while it is stopped: then it is read-only, nothing to mark. */
    public @Nullable LocalDate stoppedOn() {
        return schedule.stoppedOn();
    }

    public boolean stopped() {
        return stoppedOn() != null;
    }
}
