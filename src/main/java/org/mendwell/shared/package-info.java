/**
 * What every feature may use: the main layout, the error handler and a few small types for
 * reporting problems. An open module, so features may use its sub-packages.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.mendwell.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
