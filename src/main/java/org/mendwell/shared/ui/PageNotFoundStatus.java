package org.mendwell.shared.ui;

import com.vaadin.flow.server.BootstrapInitialPredicate;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Gives an address without a page its 404 on the first response, not only on the page Vaadin draws afterwards: for
 * such an address the router runs while the page is sent (Vaadin's "initial UIDL"), so {@link PageNotFoundView}'s
 * status is the response's. Every other page is bootstrapped as before.
 */
@Component
class PageNotFoundStatus implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinService service = event.getSource();
        BootstrapInitialPredicate usual = service.getBootstrapInitialPredicate();
        service.setBootstrapInitialPredicate(
                request -> usual.includeInitialUidl(request) || leadsNowhere(service, request));
    }

    private static boolean leadsNowhere(VaadinService service, VaadinRequest request) {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        return service.getRouter()
                .resolveNavigationTarget(path, request.getParameterMap())
                .isEmpty();
    }
}
