@NullMarked
package org.mendwell.caseload.ui;

import org.jspecify.annotations.NullMarked;
