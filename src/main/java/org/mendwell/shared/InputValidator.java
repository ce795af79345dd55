package org.mendwell.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Runs the Bean Validation constraints of a request record and reports them field by field. */
@Component
public class InputValidator {

    private final Validator validator;

    public InputValidator(Validator validator) {
        this.validator = validator;
    }

    /** Problems found, one message per field (the first constraint that failed); empty when valid. */
    public <T> Map<String, String> problems(T request, Class<?>... groups) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (ConstraintViolation<T> violation : validator.validate(request, groups)) {
            problems.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
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
                .map(ConstraintViolation::getMessage).findFirst().orElse(null);
    }
}
