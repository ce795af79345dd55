@NullMarked
package org.mendwell.intake.domain;

import org.jspecify.annotations.NullMarked;
