@NullMarked
package org.mendwell.staff.ui;

import org.jspecify.annotations.NullMarked;
