package org.mendwell.intake;

import java.time.Instant;

/** The consent texts a client reads and signs, with the version their signature refers to. */
public record ConsentText(int version, String treatment, String privacy, Instant publishedAt) {}
