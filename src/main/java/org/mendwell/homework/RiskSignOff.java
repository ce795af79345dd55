package org.mendwell.homework;

import java.time.Instant;
import java.util.UUID;

/** A risk alert that was signed off: which submission raised it, who signed it off, when, and their note. */
public record RiskSignOff(
        UUID submissionId, String title, Instant submittedAt, Instant signedOffAt, String signedOffBy, String note) {}
