@NullMarked
package org.mendwell.client.domain;

import org.jspecify.annotations.NullMarked;
