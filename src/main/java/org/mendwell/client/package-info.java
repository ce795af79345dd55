/**
 * Client records and the clinician's caseload: who is whose client and where each client stands.
 * A clinician sees only their own clients; a client sees only their own record.
 */
@NullMarked
package org.mendwell.client;

import org.jspecify.annotations.NullMarked;
