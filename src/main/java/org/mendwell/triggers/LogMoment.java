package org.mendwell.triggers;

import java.time.LocalTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A hard moment as the client logs it.
 *
 * @param intensity    0 (barely) to 10 (overwhelming); null until chosen
 * @param setOffBy     what set it off, optional
 * @param helped       what helped, any number of taps
 * @param helpedNote   what helped in their own words, optional
 * @param earlierToday when it happened, earlier today on their own clock; null for "now"
 */
public record LogMoment(
        @Nullable Integer intensity,
        @Nullable String setOffBy,
        Set<HelpedBy> helped,
        @Nullable String helpedNote,
        @Nullable LocalTime earlierToday) {}
