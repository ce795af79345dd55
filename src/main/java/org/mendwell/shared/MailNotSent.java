package org.mendwell.shared;

/**
 * The mail server refused or could not be reached for a message the portal tried to send. Names no
 * recipient and no text: published so that the administrator sees failed sends in the audit trail.
 */
public record MailNotSent(String failure) {}
