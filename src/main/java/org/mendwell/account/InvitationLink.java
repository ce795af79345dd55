package org.mendwell.account;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A freshly issued invitation: the only moment the token exists outside the person's inbox.
 *
 * @param expiresDay the last day the link works on the recipient's calendar (their zone): the e-mail and the
 *                   clinician's dialog both name this day, each in its own reader's language
 */
public record InvitationLink(String url, Instant expiresAt, LocalDate expiresDay, boolean emailed) {}
