package org.mendwell.shared.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mendwell.shared.InvalidInputException;

/**
 * Shows a service's validation messages next to the fields they concern. The service is the one
 * judge of what is valid; the form keeps every value typed, and a message clears when its field changes.
 */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public <F extends HasValidation & HasValue<?, ?>> FieldErrors bind(String property, F field) {
        fields.put(property, field);
        field.addValueChangeListener(change -> {
            if (!TextLimits.overLimit(field)) {
                field.setInvalid(false);
            }
        });
        return this;
    }

    public void clear() {
        fields.values().forEach(field -> {
            if (!(field instanceof HasValue<?, ?> value && TextLimits.overLimit(value))) {
                field.setInvalid(false);
            }
        });
    }

    public void show(InvalidInputException problem) {
        show(problem.problems());
    }

    /** Shows exactly these messages, one next to each field named, and clears every other field's. */
    public void show(Map<String, String> problems) {
        clear();
        problems.forEach((property, message) -> {
            HasValidation field = fields.get(property);
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                Notification.show(message, 6000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
    }
}
