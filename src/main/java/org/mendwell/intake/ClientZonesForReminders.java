package org.mendwell.intake;

import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.mendwell.intake.domain.IntakeRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The time zones clients gave in their submitted intakes, for the reminder job, which runs with
 * nobody signed in and so cannot use {@link IntakeService}. It reads the zone and nothing else of
 * the intake; drafts stay private as everywhere else. Not meant for views.
 */
@Component
@Transactional(readOnly = true)
public class ClientZonesForReminders {

    private final IntakeRepository intakes;

    ClientZonesForReminders(IntakeRepository intakes) {
        this.intakes = intakes;
    }

    /** The valid zones of those clients who have submitted an intake; the others are left out. */
    public Map<UUID, ZoneId> submittedZonesOf(Collection<UUID> clientIds) {
        var zones = new HashMap<UUID, ZoneId>();
        if (clientIds.isEmpty()) {
            return zones;
        }
        for (Object[] row : intakes.submittedTimeZones(clientIds)) {
            String zone = (String) row[1];
            if (ZoneId.getAvailableZoneIds().contains(zone)) {
                zones.put((UUID) row[0], ZoneId.of(zone));
            }
        }
        return zones;
    }
}
