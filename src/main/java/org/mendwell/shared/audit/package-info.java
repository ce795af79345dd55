/**
 * The vocabulary every feature uses to mark what the audit trail records. The trail itself is the
 * {@code audit} feature; these types live here so that any feature, accounts included, can use them
 * without depending on it.
 */
@NullMarked
package org.mendwell.shared.audit;

import org.jspecify.annotations.NullMarked;
