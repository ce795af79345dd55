package org.mendwell.account;

import java.time.Instant;

/** A freshly issued invitation: the only moment the token exists outside the person's inbox. */
public record InvitationLink(String url, Instant expiresAt, boolean emailed) {}
