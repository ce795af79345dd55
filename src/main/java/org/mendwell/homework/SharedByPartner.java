package org.mendwell.homework;

import java.time.Instant;
import java.util.UUID;

/**
 * One submission a client's partner shared with them, as their list shows it: what and when, nothing
 * of the review, score or risk that a clinician's list carries.
 */
public record SharedByPartner(UUID submissionId, String title, String language, Instant submittedAt) {}
