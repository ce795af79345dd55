package org.mendwell.homework;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.mendwell.intake.IntakeService;
import org.mendwell.shared.PracticeSettings;
import org.springframework.stereotype.Component;

/**
 * Dates as the client lives them: in the time zone from their submitted intake, or the practice's
 * zone until they have given one.
 */
@Component
class ClientTime {

    private final IntakeService intakes;
    private final ZoneId practiceZone;
    private final Clock clock;

    ClientTime(IntakeService intakes, PracticeSettings practice, Clock clock) {
        this.intakes = intakes;
        this.practiceZone = practice.practiceTimeZone();
        this.clock = clock;
    }

    /** The signed-in client's time zone. */
    ZoneId myZone() {
        return intakes.myTimeZone().orElse(practiceZone);
    }

    LocalDate myToday() {
        return clock.instant().atZone(myZone()).toLocalDate();
    }

    /** The time zone of one of the signed-in clinician's clients. */
    ZoneId zoneOf(UUID clientId) {
        return intakes.timeZoneOf(clientId).orElse(practiceZone);
    }
}
