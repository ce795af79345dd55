@NullMarked
package org.mendwell.account.security;

import org.jspecify.annotations.NullMarked;
