package org.mendwell.agreements;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One agreement as the clinician sees it: the promise, its weeks, and how often the other partner said "I noticed".
 *
 * @param closedBySafetyFlag the case has a safety flag and this agreement has no written reason: neither partner
 *                           sees it or can mark it
 * @param withdrawnFromPartner the couple link ended: the partner no longer sees it, even if linked again
 * @param stoppedBySafetyEnding the couple link ended for safety: neither partner sees or marks it any more
 * @param noticed            kept days the other partner acknowledged, in all
 * @param recent             the marks of the last four weeks, newest first, with the promiser's notes
 */
public record AgreementProgress(
        UUID agreementId,
        UUID promiserId,
        String promiserName,
        String words,
        PromiseSchedule schedule,
        boolean visibleToPartner,
        boolean closedBySafetyFlag,
        boolean withdrawnFromPartner,
        boolean stoppedBySafetyEnding,
        @Nullable String safetyOverrideReason,
        KeptRecord record,
        int noticed,
        List<MarkedDay> recent) {}
