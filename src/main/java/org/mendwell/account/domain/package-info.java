@NullMarked
package org.mendwell.account.domain;

import org.jspecify.annotations.NullMarked;
