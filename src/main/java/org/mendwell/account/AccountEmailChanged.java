package org.mendwell.account;

import java.util.UUID;

/**
 * Published, in the change's own transaction, when a person changed the e-mail address they sign in
 * with; a record that keeps its own copy of the address (a client's) follows it.
 */
public record AccountEmailChanged(UUID accountId, String email) {}
