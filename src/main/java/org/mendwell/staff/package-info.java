/**
 * The administrator's workspace for staff: clinician accounts, and handing a departing clinician's clients
 * to colleagues before the account is deactivated. Composed from the account and client features; it owns
 * no data.
 */
@NullMarked
package org.mendwell.staff;

import org.jspecify.annotations.NullMarked;
