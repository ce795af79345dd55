package org.mendwell.shared.time;

import java.time.ZoneId;
import java.util.Optional;

/**
 * A feature that knows the signed-in person's own time zone: the intake knows a client's, the account
 * a staff member's setting. {@link ViewerTime} asks each of them, so this module needs neither.
 */
public interface OwnTimeZone {

    /** The signed-in person's chosen zone, when this feature holds it; empty for anyone else. */
    Optional<ZoneId> ofSignedInPerson();
}
