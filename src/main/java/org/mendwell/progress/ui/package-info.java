@NullMarked
package org.mendwell.progress.ui;

import org.jspecify.annotations.NullMarked;
