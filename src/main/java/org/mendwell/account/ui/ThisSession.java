package org.mendwell.account.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import java.util.UUID;
import org.mendwell.account.security.SessionPolicy;

/** After a change that ends the account's other sessions, the session that made it stays signed in. */
final class ThisSession {

    private ThisSession() {}

    static void keep(SessionPolicy sessionPolicy, UUID accountId) {
        var request = VaadinServletRequest.getCurrent();
        if (request != null) {
            sessionPolicy.keepCurrentSession(request.getHttpServletRequest(), accountId);
        }
    }
}
