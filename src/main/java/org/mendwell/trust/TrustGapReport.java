package org.mendwell.trust;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A couple's trust gap as their clinician reads it: one entry per daily check-in scale (the safety question is
 * never among them), each with the last four weeks of days. {@code coupleCase} is false for a client without a
 * partner on this clinician's caseload; then there is nothing else.
 */
public record TrustGapReport(
        UUID clientId,
        String firstName,
        @Nullable UUID partnerId,
        String secondName,
        boolean coupleCase,
        int threshold,
        List<Scale> scales,
        List<AttentionReason> reasons) {

    /** Days are those of the later partner's calendar, oldest first. */
    public record Scale(String name, List<GapDay> days) {}
}
