package org.mendwell.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.shared.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * One error handler for every UI event: the person gets a calm message, the log gets an incident
 * number and the exception type, never its message, which could quote what a client typed. A browser
 * that went away mid-request is no error of ours: one line, no incident.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    private final Messages messages;

    ErrorHandling(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        Throwable error = event.getThrowable();
        if (DisconnectedClientHelper.isClientDisconnectedException(error)) {
            // The browser closed or went away mid-request (ClientAbortException, broken pipe): nobody
            // is there to tell, and nothing on our side went wrong.
            log.info("The browser went away before the answer was sent ({})", rootType(error));
            return;
        }
        String message = messageFor(error);
        if (message == null) {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            log.error(
                    "Unexpected error, incident {}: {} at {}",
                    incident,
                    error.getClass().getName(),
                    error.getStackTrace().length > 0 ? error.getStackTrace()[0] : "unknown");
            message = messages.viewer("shared.error.incident", incident);
        }
        String text = message;
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.access(() -> Notification.show(text, 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR));
        }
    }

    private static String rootType(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }

    private @org.jspecify.annotations.Nullable String messageFor(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessDeniedException) {
                log.warn("Refused access: {}", cause.getClass().getSimpleName());
                return messages.viewer("shared.error.access-denied");
            }
            if (cause instanceof org.mendwell.shared.InvalidInputException invalid) {
                // A refusal the screen did not expect (the record changed meanwhile): its own words fit.
                return String.join(" ", invalid.problems().values());
            }
            if (cause instanceof RecordNotFoundException) {
                return messages.viewer("shared.error.not-found");
            }
            if (cause instanceof OptimisticLockingFailureException) {
                return messages.viewer("shared.error.changed-meanwhile");
            }
            if (cause instanceof DataAccessException || cause instanceof TransactionException) {
                log.error("Database unavailable: {}", cause.getClass().getName());
                return messages.viewer("shared.error.database");
            }
        }
        return null;
    }
}
