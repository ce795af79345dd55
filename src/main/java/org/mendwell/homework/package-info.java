/**
 * Reflection homework: the exercise library (built-in templates, the two scored measures, and each
 * clinician's own templates, all versioned), and later assignments, completion and review.
 */
@NullMarked
package org.mendwell.homework;

import org.jspecify.annotations.NullMarked;
