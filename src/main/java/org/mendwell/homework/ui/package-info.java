@NullMarked
package org.mendwell.homework.ui;

import org.jspecify.annotations.NullMarked;
