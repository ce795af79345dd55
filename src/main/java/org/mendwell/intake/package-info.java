/**
 * Intake: the multi-step form a new client completes after accepting their invitation, the
 * practice's consent texts, and the clinician's review of a submitted intake. A client reads and
 * edits only their own intake; their clinician reads it once submitted; nobody else ever does,
 * a partner included.
 */
@NullMarked
package org.mendwell.intake;

import org.jspecify.annotations.NullMarked;
