/**
 * The progress pages: the progress tab of the clinician's client page and the client's own progress.
 * {@link org.mendwell.progress.ui.ClientProgressTab} is public because the caseload's client page shows it.
 */
@NullMarked
package org.mendwell.progress.ui;

import org.jspecify.annotations.NullMarked;
