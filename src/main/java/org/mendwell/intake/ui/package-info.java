@NullMarked
package org.mendwell.intake.ui;

import org.jspecify.annotations.NullMarked;
