package org.mendwell.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input a service refused, with a message per field. Forms show each message next to its field;
 * the field names are the property names of the request record.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> problems;
    private final boolean formNotReady;

    public InvalidInputException(Map<String, String> problems) {
        this(problems, false);
    }

    private InvalidInputException(Map<String, String> problems, boolean formNotReady) {
        super("Invalid input in " + problems.keySet());
        this.problems = Map.copyOf(new LinkedHashMap<>(problems));
        this.formNotReady = formNotReady;
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(Map.of(field, message));
    }

    /**
     * A field not yet filled in as it must be (empty, too long, a broken character): a message next to
     * the field while the person is still writing, not a request the practice refused. The audit trail
     * does not record it as refused; a broken rule ({@link #of}) is.
     */
    public static InvalidInputException formNotReady(String field, String message) {
        return new InvalidInputException(Map.of(field, message), true);
    }

    /** Whether this is only a form not filled in yet ({@link #formNotReady}), rather than a refusal. */
    public boolean isFormNotReady() {
        return formNotReady;
    }

    public Map<String, String> problems() {
        return problems;
    }
}
