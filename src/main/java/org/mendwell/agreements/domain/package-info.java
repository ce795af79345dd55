/** The agreements' tables, read and written only through the feature's services. */
@NullMarked
package org.mendwell.agreements.domain;

import org.jspecify.annotations.NullMarked;
