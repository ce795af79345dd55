/**
 * Letters between partners in a couple case (disclosure, apology, impact), released through the clinician.
 *
 * <p>Owns the {@code letter}, {@code letter_reply} and {@code letter_opening} tables. Who sees what:
 *
 * <ul>
 *   <li>The writer alone sees their draft, saved as they type ({@link org.mendwell.letters.MyLettersService}),
 *       and reads it back whatever happens next, with the clinician's comment when it comes back for another
 *       draft and the partner's replies once released.
 *   <li>The clinician of the writer reads a letter once submitted (not the writer's drafts) and decides:
 *       release, keep for the session, or return with a comment ({@link org.mendwell.letters.LetterReviewService}).
 *   <li>The partner reads a letter only after the clinician released it, read-only, and may reply; of a letter
 *       kept for the session they learn only that one waits. Nothing else reaches them.
 *   <li>A couple case with a safety flag on either partner ({@code ClientRef.caseFlagged}) has letters closed
 *       until the clinician opens them with a written reason ({@code LetterGate}). When the couple link ends
 *       ({@code CoupleLinkEnded}), every letter between the two is withdrawn from the partner's view and stays in
 *       the clinician's record; the opening ends with the link.
 *   <li>The administrator sees no letter; the audit trail records every read and step.
 * </ul>
 *
 * See docs/design-decisions/2026-12-05-letters.md.
 */
@NullMarked
package org.mendwell.letters;

import org.jspecify.annotations.NullMarked;
