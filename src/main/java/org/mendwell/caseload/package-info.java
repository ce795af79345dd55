/**
 * The clinician's workspace: the caseload grid and each client's page, composed from the features
 * that own the data (client records, intake, and later homework and progress). It owns no data.
 */
@NullMarked
package org.mendwell.caseload;

import org.jspecify.annotations.NullMarked;
