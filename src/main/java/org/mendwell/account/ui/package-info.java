@NullMarked
package org.mendwell.account.ui;

import org.jspecify.annotations.NullMarked;
