/**
 * The progress pages: the progress part of the clinician's client page and the client's own progress.
 * {@link org.mendwell.progress.ui.ClientProgressPanel} is public because the caseload's client page shows it.
 */
@NullMarked
package org.mendwell.progress.ui;

import org.jspecify.annotations.NullMarked;
