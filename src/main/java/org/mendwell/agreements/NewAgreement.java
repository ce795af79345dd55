package org.mendwell.agreements;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An agreement as the clinician records it on a client's page: the words, who promises (this client, their
 * partner or both), how often, from when to when, whether the other partner sees it, and the written reason a
 * case with a safety flag needs.
 */
public record NewAgreement(
        UUID clientId,
        String words,
        Promisers promisers,
        Frequency frequency,
        Set<DayOfWeek> weekdays,
        LocalDate start,
        @Nullable LocalDate end,
        boolean visibleToPartner,
        @Nullable String safetyOverrideReason) {

    public NewAgreement {
        weekdays = Set.copyOf(weekdays);
    }
}
