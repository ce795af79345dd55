package org.mendwell.shared.audit;

/**
 * A request refused before any page or service saw it (a Vaadin message that is not one), published so
 * that the audit trail counts it: for visitors who are not signed in, into the per-minute summary.
 * {@code what} names the kind of refusal, never the request's content.
 */
public record RequestRefused(String what) {}
