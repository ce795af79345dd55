package org.mendwell.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mendwell.shared.i18n.Messages;
import org.springframework.beans.BeanUtils;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;

/**
 * Runs the Bean Validation constraints of a request record and reports them field by field, in the viewer's
 * language: a constraint's message is a bundle key ({@code @NotBlank(message = "account.email.required")}, with
 * at most one argument after a colon), worded by {@link Messages#viewerProblem}.
 */
@Component
public class InputValidator {

    private final Validator validator;
    private final Messages messages;

    public InputValidator(Validator validator, Messages messages) {
        this.validator = validator;
        this.messages = messages;
    }

    /**
     * Problems found, one message per field (the first constraint that failed); empty when valid. Every
     * text property is also checked for characters that cannot be stored ({@link PlainText}).
     */
    public <T> Map<String, String> problems(T request, Class<?>... groups) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (ConstraintViolation<T> violation : validator.validate(request, groups)) {
            String length = overLimit(violation);
            problems.putIfAbsent(
                    violation.getPropertyPath().toString(),
                    length != null ? length : messages.viewerProblem(violation.getMessage()));
        }
        unsavableText(request).forEach(problems::putIfAbsent);
        return problems;
    }

    /**
     * The text properties longer than their {@code @Size} maximum, each with the limit message. Only
     * the length is wrong, so a draft can keep such a text and the submit refuses it.
     */
    public <T> Map<String, String> overLimit(T request) {
        Map<String, String> over = new LinkedHashMap<>();
        for (ConstraintViolation<T> violation : validator.validate(request)) {
            String message = overLimit(violation);
            if (message != null) {
                over.putIfAbsent(violation.getPropertyPath().toString(), message);
            }
        }
        return over;
    }

    /**
     * A text over its {@code @Size} maximum is told with both numbers ({@link PlainText#overLimit}), the
     * words the field itself shows while typing, so the message never changes under the writer.
     */
    private static <T> @org.jspecify.annotations.Nullable String overLimit(ConstraintViolation<T> violation) {
        if (violation.getConstraintDescriptor().getAnnotation() instanceof Size size
                && violation.getInvalidValue() instanceof CharSequence text
                && text.length() > size.max()) {
            return PlainText.overLimit(size.max(), text.length());
        }
        return null;
    }

    /** The text properties of a request record or form bean that hold characters we cannot store. */
    private static Map<String, String> unsavableText(Object request) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (var property : BeanUtils.getPropertyDescriptors(request.getClass())) {
            if (property.getPropertyType() == String.class && property.getReadMethod() != null) {
                String problem =
                        PlainText.problem((String) ReflectionUtils.invokeMethod(property.getReadMethod(), request));
                if (problem != null) {
                    problems.put(property.getName(), problem);
                }
            }
        }
        if (request.getClass().isRecord()) {
            for (var component : request.getClass().getRecordComponents()) {
                if (component.getType() == String.class) {
                    String problem =
                            PlainText.problem((String) ReflectionUtils.invokeMethod(component.getAccessor(), request));
                    if (problem != null) {
                        problems.put(component.getName(), problem);
                    }
                }
            }
        }
        return problems;
    }

    public <T> void check(T request) {
        var problems = problems(request);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The message the first failing constraint of one property gives for a value, or null when it is fine. */
    public <T> @org.jspecify.annotations.Nullable String messageFor(Class<T> type, String property, Object value) {
        return validator.validateValue(type, property, value).stream()
                .map(ConstraintViolation::getMessage)
                .map(messages::viewerProblem)
                .findFirst()
                .orElse(null);
    }
}
