package org.mendwell.letters;

import java.time.Instant;

/** A reply under a released letter: who wrote it (the reader sees "mine" for their own), what, and when. */
public record LetterMessage(String authorName, boolean mine, String body, Instant writtenAt) {}
