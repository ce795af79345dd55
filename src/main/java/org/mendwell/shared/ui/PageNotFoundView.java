package org.mendwell.shared.ui;

import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;

/**
 * An address with no page, or a page's address without its record's id (a broken or incomplete link), for a
 * signed-in person: the same calm page as a record that is not theirs, inside the portal's layout, with 404
 * ({@link PageNotFoundStatus} makes it the first response's status). Replaces Vaadin's route-not-found page, which
 * lists the application's routes in development. Someone not signed in never gets here: the web security sends
 * them to the log-in page first, so no address is confirmed to them.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class PageNotFoundView extends NotFoundPage<NotFoundException> {}
