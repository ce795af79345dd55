/**
 * Agreements and promises kept (issue 17, part 1): promises a partner makes in a couples session, recorded by
 * the clinician, and the promiser's own word on each due day. It owns the {@code agreement} and
 * {@code promise_mark} tables.
 *
 * <p>Who sees what (docs/design-decisions/2026-12-05-agreements.md): the promiser sees their own agreements, every
 * mark and note, their count of kept days and current run; the other partner sees only the kept days of agreements
 * marked visible, with notes the promiser chose to share, and may say "I noticed"; the clinician sees everything
 * for their own caseload, including how often the partner noticed. "Not this time" and "partly" never reach the
 * partner, nor do acknowledgement counts reach the promiser. A case with a safety flag ({@code ClientRef.caseFlagged})
 * has agreements closed for both partners unless the clinician gave a written reason when recording it.
 * The administrator sees nothing here.
 *
 * <p>{@link org.mendwell.agreements.AgreementService} serves the clinician,
 * {@link org.mendwell.agreements.MyAgreementsService} the signed-in client; {@link org.mendwell.agreements.KeptRecord}
 * is the one definition of due days, kept rate and run.
 */
@NullMarked
package org.mendwell.agreements;

import org.jspecify.annotations.NullMarked;
