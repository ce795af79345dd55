@NullMarked
package org.mendwell.reminders.domain;

import org.jspecify.annotations.NullMarked;
