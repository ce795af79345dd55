package org.mendwell.agreements;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in client's agreements page: their own promises with the count of kept days ("small deposits"),
 * and their partner's visible kept days, newest first. Nothing here says how often anyone noticed.
 */
public record MyAgreements(
        List<MyPromise> promises, int keptInAll, @Nullable String partnerName, List<PartnersKeptDay> partnersKept) {

    public boolean isEmpty() {
        return promises.isEmpty() && partnersKept.isEmpty();
    }
}
