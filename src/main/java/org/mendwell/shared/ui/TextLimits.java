package org.mendwell.shared.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.textfield.TextFieldBase;
import org.jspecify.annotations.Nullable;
import org.mendwell.shared.PlainText;

/**
 * A length limit that is shown, not enforced by cutting. The field counts its characters while the
 * person types ("120 / 2000" under it) and, past the limit, says so next to the field and keeps
 * every character: no {@code maxlength}, which makes a browser silently drop the end of a pasted
 * text. The service refuses an over-long value with its own message; this only says it sooner.
 */
public final class TextLimits {

    private static final String OWN_HELPER = "mw-own-helper";
    private static final String LIMIT_MESSAGE = "mw-limit-message";

    private TextLimits() {}

    public static <F extends TextFieldBase<F, String>> F limit(F field, int max) {
        ComponentUtil.setData(field, Limit.class, new Limit(max));
        // While typing, before the value reaches the server: what the field shows is what counts.
        field.getElement()
                .addEventListener("input", event -> {
                    var typed = event.getEventData().get("element.value");
                    show(field, typed == null ? null : typed.asString());
                })
                .addEventData("element.value")
                .debounce(250);
        field.addValueChangeListener(change -> show(field, change.getValue()));
        field.addAttachListener(attach -> show(field, field.getValue()));
        return field;
    }

    /** Whether the field has a limit and its text is over it: a message that must not be cleared yet. */
    public static boolean overLimit(HasValue<?, ?> field) {
        Limit limit = field instanceof com.vaadin.flow.component.Component component
                ? ComponentUtil.getData(component, Limit.class)
                : null;
        return limit != null && field.getValue() instanceof String text && PlainText.length(text) > limit.max();
    }

    /** The same words the services use: "4,000 characters at most; you have 4,213." */
    public static String message(int max, int length) {
        return PlainText.overLimit(max, length);
    }

    private static <F extends TextFieldBase<F, String>> void show(F field, @Nullable String text) {
        Limit limit = ComponentUtil.getData(field, Limit.class);
        if (limit == null) {
            return;
        }
        if (ComponentUtil.getData(field, OWN_HELPER) == null) {
            // The field's own helper text, set before it was shown, stays in front of the count.
            ComponentUtil.setData(field, OWN_HELPER, field.getHelperText() == null ? "" : field.getHelperText());
        }
        String own = (String) ComponentUtil.getData(field, OWN_HELPER);
        int length = PlainText.length(text);
        String count = field.getTranslation("shared.text.count", length, limit.max());
        field.setHelperText(own.isEmpty() ? count : own + " · " + count);
        if (length > limit.max()) {
            String message = message(limit.max(), length);
            ComponentUtil.setData(field, LIMIT_MESSAGE, message);
            field.setErrorMessage(message);
            field.setInvalid(true);
        } else if (isLimitMessage(field)) {
            field.setInvalid(false);
        }
    }

    private static boolean isLimitMessage(TextFieldBase<?, ?> field) {
        Object shown = ComponentUtil.getData(field, LIMIT_MESSAGE);
        return shown != null && shown.equals(field.getErrorMessage());
    }

    private record Limit(int max) {}
}
