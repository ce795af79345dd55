@NullMarked
package org.mendwell.client.ui;

import org.jspecify.annotations.NullMarked;
