package org.mendwell.agreements;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One agreement as the clinician sees it: the promise, its weeks, and how often the other partner said "I noticed".
 *
 * @param closedBySafetyFlag the case has a safety flag and this agreement has no written reason: neither partner
 *                           sees it or can mark it
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
        @Nullable String safetyOverrideReason,
        KeptRecord record,
        int noticed,
        List<MarkedDay> recent) {}
