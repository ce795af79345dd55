package org.mendwell.audit;

import org.jspecify.annotations.Nullable;

/**
 * One audit entry as the administrator reads it: the entry itself, and the name of the client it is about
 * (read from the client record when the page is shown; the trail stores ids only).
 */
public record AuditLine(AuditEntry entry, @Nullable String clientName) {}
