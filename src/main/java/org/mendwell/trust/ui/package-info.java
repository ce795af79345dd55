/**
 * The trust gap's pages, for the clinician only: {@link org.mendwell.trust.ui.TrustGapPanel} on a couple's progress
 * tab and {@link org.mendwell.trust.ui.CoupleAttention} on the client page's overview, both public (with named
 * interfaces) because the caseload's client page adds each in one line.
 */
@NullMarked
package org.mendwell.trust.ui;

import org.jspecify.annotations.NullMarked;
