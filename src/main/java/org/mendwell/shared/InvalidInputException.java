package org.mendwell.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input a service refused, with a message per field. Forms show each message next to its field;
 * the field names are the property names of the request record.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> problems;

    public InvalidInputException(Map<String, String> problems) {
        super("Invalid input in " + problems.keySet());
        this.problems = Map.copyOf(new LinkedHashMap<>(problems));
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(Map.of(field, message));
    }

    public Map<String, String> problems() {
        return problems;
    }
}
