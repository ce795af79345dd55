@NullMarked
package org.mendwell.homework.domain;

import org.jspecify.annotations.NullMarked;
