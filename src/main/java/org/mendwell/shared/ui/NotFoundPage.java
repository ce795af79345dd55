package org.mendwell.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The one "not found" page, with 404: an address that leads nowhere and a record that is missing or someone
 * else's read the same, so neither reveals whether a record exists.
 */
abstract class NotFoundPage<E extends Exception> extends MessagePage implements HasErrorParameter<E> {

    NotFoundPage() {
        super("shared.not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<E> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
