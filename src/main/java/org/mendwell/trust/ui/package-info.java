/**
 * The trust gap's pages, for the clinician only: {@link org.mendwell.trust.ui.TrustGapPanel} on a couple's progress
 * tab, {@link org.mendwell.trust.ui.CoupleAttention} on the client page's overview and
 * {@link org.mendwell.trust.ui.CoupleAttentionColumn} in the caseload grid, all public (with named interfaces)
 * because the caseload's pages add each in one line.
 */
@NullMarked
package org.mendwell.trust.ui;

import org.jspecify.annotations.NullMarked;
