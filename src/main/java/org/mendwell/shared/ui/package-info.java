@NullMarked
package org.mendwell.shared.ui;

import org.jspecify.annotations.NullMarked;
