package org.mendwell.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * Which dates of birth the intake accepts: none in the future (a typo such as 2028 for 1988) and
 * none more than {@value #OLDEST} years ago. The service judges with it; the form uses the same
 * limits for its calendar and messages.
 */
public final class BirthDates {

    public static final int OLDEST = 120;
    /** Message keys (intake bundle); {@link #TOO_LONG_AGO} with {@link #OLDEST} as its argument. */
    public static final String IN_THE_FUTURE = "intake.problem.birth-in-future";

    public static final String TOO_LONG_AGO = "intake.problem.birth-too-long-ago";

    /** Where it is already tomorrow, a client born today may have that date; nobody has a later one. */
    private static final ZoneOffset FIRST_TO_SEE_A_NEW_DAY = ZoneOffset.ofHours(14);

    private BirthDates() {}

    public static LocalDate latest(Clock clock) {
        return LocalDate.now(clock.withZone(FIRST_TO_SEE_A_NEW_DAY));
    }

    public static LocalDate earliest(Clock clock) {
        return latest(clock).minusYears(OLDEST);
    }

    /** The problem as a key, with its argument after a colon, for {@link IntakeProblems}; null when fine. */
    public static @Nullable String problem(@Nullable LocalDate dateOfBirth, Clock clock) {
        if (dateOfBirth == null) {
            return null;
        }
        if (dateOfBirth.isAfter(latest(clock))) {
            return IN_THE_FUTURE;
        }
        return dateOfBirth.isBefore(earliest(clock)) ? TOO_LONG_AGO + ":" + OLDEST : null;
    }
}
