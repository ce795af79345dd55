/**
 * Accounts: who can sign in, with which role, and the security rules that follow from it.
 * The root package is the module's API (services, the signed-in user, role names); persistence,
 * security configuration and views live below it and are not used by other features.
 */
@NullMarked
package org.mendwell.account;

import org.jspecify.annotations.NullMarked;
