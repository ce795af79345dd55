/**
 * Progress: read-only views over the homework a client has done, for the clinician (the caseload's
 * figures, a client's progress tab, CSV export), for the client (their own progress) and for the
 * administrator (a per-clinician overview without any answers). It owns no records of its own apart
 * from each clinician's saved caseload filter; its figures are computed in the database from the
 * homework tables, scoped to the signed-in user like every other service.
 */
@NullMarked
package org.mendwell.progress;

import org.jspecify.annotations.NullMarked;
