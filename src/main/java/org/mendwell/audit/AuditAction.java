package org.mendwell.audit;

/** What an audit entry records; the audit view names each in the reader's language ({@code audit.action.*}). */
public enum AuditAction {
    READ,
    CHANGE,
    REFUSED,
    SIGN_IN,
    SIGN_IN_FAILED,
    SIGN_OUT,
    /** Refusals of people who were not signed in, counted over an interval: see {@code AnonymousFailures}. */
    REFUSED_SUMMARY
}
