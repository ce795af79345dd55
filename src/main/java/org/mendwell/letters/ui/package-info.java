/** The letters feature's pages (package-private, thin: they call the letters services). */
@NullMarked
package org.mendwell.letters.ui;

import org.jspecify.annotations.NullMarked;
