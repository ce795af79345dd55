package org.mendwell.account;

/**
 * Marks the sign-in "failure" that is really a first step passed: the password was right and a code
 * from the authenticator app comes next. Whoever watches sign-in failures (the audit trail) leaves
 * it out; the second step reports its own success or failure.
 */
public interface SignInAwaitingCode {}
