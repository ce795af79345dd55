/**
 * The trigger log's pages: the client's own page for hard moments ({@code my/hard-moments}, with the neutral
 * reassurance notice for the partner) and {@link org.mendwell.triggers.ui.TriggerLogPanel} on the client's progress
 * tab for the clinician, public (with a named interface) because the caseload's client page adds it in one line.
 */
@NullMarked
package org.mendwell.triggers.ui;

import org.jspecify.annotations.NullMarked;
