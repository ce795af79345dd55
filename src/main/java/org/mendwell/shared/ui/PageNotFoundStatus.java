package org.mendwell.shared.ui;

import com.vaadin.flow.server.BootstrapInitialPredicate;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Gives an address without a page, and a page for a record that is missing or not the viewer's, its 404 on the first
 * response, not only on the page Vaadin draws afterwards: for such an address (one without a page, or one with an id
 * in it) the router runs while the page is sent (Vaadin's "initial UIDL"), so {@link PageNotFoundView}'s and
 * {@link RecordNotFoundView}'s status is the response's. Every other page is bootstrapped as before.
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

    /**
     * An address without a page, or one naming a record (a page with an id in its address, such as a letter's):
     * the record may be missing or someone else's, and then the not-found page's 404 must be the response's too,
     * the same for both, so the status tells no one whether the record exists.
     */
    private static boolean leadsNowhere(VaadinService service, VaadinRequest request) {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        return service.getRouter()
                .resolveNavigationTarget(path, request.getParameterMap())
                .map(page -> !page.getRouteParameters().getParameterNames().isEmpty())
                .orElse(true);
    }
}
