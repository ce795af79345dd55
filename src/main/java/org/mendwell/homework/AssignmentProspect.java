package org.mendwell.homework;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mendwell.shared.i18n.Language;

/**
 * What the clinician should know before giving a chosen exercise to a chosen client: whether the case's
 * safety flag asks for a written reason (a couples exercise when either partner is flagged), which
 * active assignments of the same exercise the client and their partner already have, and the language
 * a built-in exercise goes out in ({@code null} for a clinician's own exercise, which goes out as written), and the
 * date and time where the client lives, from which due dates are suggested (the clinician's evening may already be
 * the client's tomorrow).
 */
public record AssignmentProspect(
        boolean safetyReasonNeeded,
        List<AssignmentSummary> alreadyActive,
        @Nullable Language language,
        @Nullable LocalDateTime nowWhereClientLives) {

    /** Before a client and an exercise are both chosen: nothing to say yet. */
    public static final AssignmentProspect NONE = new AssignmentProspect(false, List.of(), null, null);
}
