/**
 * The audit trail: an append-only record of who read or changed which client record, and of every
 * sign-in, failed sign-in and refused access, with the time and the address it came from. Each entry
 * carries the hash of the one before it, so that a changed or deleted entry breaks the chain and the
 * verifier finds where. Only administrators read it, and nothing in it is health information: record
 * ids, never names or answers. The administrator's page names the client of each entry, read from the
 * client table as the page is shown ({@code AuditTrail.clientNames}, SQL over the client feature's table).
 */
@NullMarked
package org.mendwell.audit;

import org.jspecify.annotations.NullMarked;
