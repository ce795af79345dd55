/**
 * The progress pages: the progress part of the clinician's client page, the client's own progress,
 * and the administrator's practice overview.
 * {@link org.mendwell.progress.ui.ClientProgressPanel} is public because the caseload's client page shows it.
 */
@NullMarked
package org.mendwell.progress.ui;

import org.jspecify.annotations.NullMarked;
