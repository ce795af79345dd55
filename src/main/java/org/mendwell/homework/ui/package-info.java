/**
 * The library, the form builder and the client's exercises. Views are package-private; the
 * {@link org.mendwell.homework.ui.AssignDialog} is public because the caseload's client page opens it too.
 */
@NullMarked
package org.mendwell.homework.ui;

import org.jspecify.annotations.NullMarked;
