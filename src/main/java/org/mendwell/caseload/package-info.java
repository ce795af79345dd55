/**
 * The clinician's workspace: the caseload grid, the review inbox and each client's page, composed from
 * the features that own the data (client records, intake, homework and progress). It owns no data and
 * no rules: its views call those features' services.
 */
@NullMarked
package org.mendwell.caseload;

import org.jspecify.annotations.NullMarked;
