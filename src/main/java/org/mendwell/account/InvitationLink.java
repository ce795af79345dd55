package org.mendwell.account;

import java.time.Instant;

/**
 * A freshly issued invitation: the only moment the token exists outside the person's inbox.
 *
 * @param expiresOn the last day the link works, written as the e-mail writes it (the recipient's language and
 *                  zone), so that the clinician passes on the same day the client reads
 */
public record InvitationLink(String url, Instant expiresAt, String expiresOn, boolean emailed) {}
