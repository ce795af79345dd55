/**
 * Reflection homework: the exercise library (built-in templates, the two scored measures, and each
 * clinician's own templates, all versioned), giving exercises to clients ({@link AssignmentService}),
 * the client doing them ({@link CompletionService}) and the clinician's review ({@link ReviewService}).
 * {@link OccurrenceRules} is the one definition of when an exercise is due, done or overdue, published
 * for the progress figures, the caseload and reminders.
 */
@NullMarked
package org.mendwell.homework;

import org.jspecify.annotations.NullMarked;
