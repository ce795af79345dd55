package org.mendwell.triggers;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One logged moment, for the client who logged it and their clinician only. */
public record Moment(
        UUID id,
        Instant occurredAt,
        int intensity,
        @Nullable String setOffBy,
        Set<HelpedBy> helped,
        @Nullable String helpedNote) {}
