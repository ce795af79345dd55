/**
 * The trust gap (issue 17, part 2): both partners' daily check-in scales side by side, the gap per day and
 * over 7 days, a threshold the clinician sets per couple, and why a couple needs attention. Clinician only,
 * for their own caseload: neither partner ever sees the other's ratings here, and the check-in's safety
 * question never enters the figures. Privacy rules: docs/design-decisions/2026-12-05-trust.md.
 *
 * <p>It reads the homework tables (submission, submission_answer, exercise_question, exercise_occurrence,
 * assignment, exercise_template) with hand-written SQL in {@code domain.CheckInScales}: the built-in daily
 * check-in ({@code MainScale.TEMPLATE_KEY}), scale questions not marked {@code safety_question}. It owns the
 * {@code trust_gap_threshold} table.
 */
@NullMarked
package org.mendwell.trust;

import org.jspecify.annotations.NullMarked;
