/**
 * The agreements' screens: the client's own page (their promises and their partner's visible kept days), and
 * three parts of the clinician's client page and caseload, public so that the caseload feature can show them:
 * {@link org.mendwell.agreements.ui.AgreementsSection} (the overview), {@link org.mendwell.agreements.ui.AgreementsProgress}
 * (the progress tab) and {@link org.mendwell.agreements.ui.AgreementsColumn} (the caseload grid).
 */
@NullMarked
@NamedInterface("agreements-ui")
package org.mendwell.agreements.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
