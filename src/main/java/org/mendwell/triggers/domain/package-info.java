/** The trigger log's records: each client's switches, their logged moments, and the partner's reassurance notices. */
@NullMarked
package org.mendwell.triggers.domain;

import org.jspecify.annotations.NullMarked;
