/** The client's settings page, where reminders are turned off and on. */
@NullMarked
package org.mendwell.reminders.ui;

import org.jspecify.annotations.NullMarked;
