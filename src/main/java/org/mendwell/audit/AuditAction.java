package org.mendwell.audit;

/** What an audit entry records. */
public enum AuditAction {
    READ("Read"),
    CHANGE("Change"),
    REFUSED("Refused"),
    SIGN_IN("Signed in"),
    SIGN_IN_FAILED("Sign-in failed"),
    SIGN_OUT("Signed out"),
    /** Refusals of people who were not signed in, counted over an interval: see {@code AnonymousFailures}. */
    REFUSED_SUMMARY("Refused, not signed in (count)");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
