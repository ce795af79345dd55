package org.mendwell.homework.domain;

import java.time.Instant;
import java.util.UUID;

/** A signed-off risk alert as stored: the signer is an account id, named by the service that reads it. */
public record SignedOffRiskAlert(
        UUID submissionId, String title, Instant submittedAt, Instant signedOffAt, UUID signedOffBy, String note) {}
