package org.mendwell.account;

/**
 * Marks a sign-in refused without looking at the password, because sign-in is paused for that e-mail,
 * browser or network address. Such refusals cost the server nothing and an attacker can send them as
 * fast as the network allows, so whoever watches sign-in failures (the audit trail) counts them
 * rather than recording each: the checked failures that led to the pause are recorded one by one.
 */
public interface SignInRefusedUnchecked {}
