/** The letters feature's entities and repositories. */
@NullMarked
package org.mendwell.letters.domain;

import org.jspecify.annotations.NullMarked;
