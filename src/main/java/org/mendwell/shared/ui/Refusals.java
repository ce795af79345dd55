package org.mendwell.shared.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.mendwell.shared.InvalidInputException;

/** A refusal with no field next to which to say it: each message in a notification that stays long enough to read. */
public final class Refusals {

    private Refusals() {}

    public static void notify(InvalidInputException refused) {
        refused.problems()
                .values()
                .forEach(message -> Notification.show(message, 8000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR));
    }
}
