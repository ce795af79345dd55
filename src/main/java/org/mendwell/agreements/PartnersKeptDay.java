package org.mendwell.agreements;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A day the partner kept a promise they let the signed-in client see, with the note they chose to share. */
public record PartnersKeptDay(
        UUID markId, String words, LocalDate day, @Nullable String sharedNote, boolean noticed) {}
