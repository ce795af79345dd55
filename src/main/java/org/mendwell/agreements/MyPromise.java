package org.mendwell.agreements;

import java.util.List;
import java.util.UUID;

/** One of the signed-in client's own promises: its days to mark, its run, and what they said on recent days. */
public record MyPromise(
        UUID agreementId,
        String words,
        PromiseSchedule schedule,
        boolean visibleToPartner,
        KeptRecord record,
        List<MarkedDay> recent) {}
