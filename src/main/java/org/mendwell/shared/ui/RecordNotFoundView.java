package org.mendwell.shared.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.mendwell.shared.RecordNotFoundException;

/**
 * A record that does not exist looks the same as one that belongs to someone else, and as an address that leads
 * nowhere ({@link PageNotFoundView}). Error views pass Vaadin's access control like any view; this one reveals
 * nothing, so anyone may see it.
 */
@AnonymousAllowed
public class RecordNotFoundView extends NotFoundPage<RecordNotFoundException> {}
