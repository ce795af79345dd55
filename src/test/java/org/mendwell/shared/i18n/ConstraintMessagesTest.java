package org.mendwell.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: a Bean Validation constraint's message is shown next to a field, so it names a message key (with at
 * most one argument after a colon) that every bundle has, never English text. Hibernate Validator's own default
 * templates ("{jakarta.validation...}") are left to the constraints that keep them.
 */
class ConstraintMessagesTest {

    private final Map<Language, Map<String, String>> texts = Messages.load();

    /** Every class compiled from src/main/java under org.mendwell (where Messages was loaded from). */
    private static List<Class<?>> portalClasses() throws Exception {
        Path compiled = Path.of(Messages.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(compiled.resolve("org/mendwell"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = compiled.relativize(file).toString();
                classes.add(Class.forName(
                        name.substring(0, name.length() - ".class".length()).replace('/', '.'),
                        false,
                        ConstraintMessagesTest.class.getClassLoader()));
            }
        }
        return classes;
    }

    /** Each constraint on a field of the portal's classes, with the message it names. */
    private static List<String> constraintMessages() throws Exception {
        List<String> messages = new ArrayList<>();
        for (Class<?> type : portalClasses()) {
            for (Field field : type.getDeclaredFields()) {
                for (Annotation annotation : field.getAnnotations()) {
                    if (annotation.annotationType().isAnnotationPresent(Constraint.class)) {
                        Method message = annotation.annotationType().getMethod("message");
                        messages.add(type.getSimpleName() + "." + field.getName() + " "
                                + annotation.annotationType().getSimpleName() + ": " + message.invoke(annotation));
                    }
                }
            }
        }
        return messages;
    }

    @Test
    void every_constraint_message_is_a_key_of_every_bundle() throws Exception {
        List<String> messages = constraintMessages();

        assertThat(messages)
                .as("the scan finds the request records' constraints")
                .hasSizeGreaterThan(30);
        assertThat(messages).allSatisfy(found -> {
            String message = found.substring(found.indexOf(": ") + 2);
            if (message.startsWith("{")) {
                return; // Hibernate Validator's own template, e.g. {jakarta.validation.constraints.Size.message}
            }
            String key = message.contains(":") ? message.substring(0, message.indexOf(':')) : message;
            for (Language language : Language.values()) {
                assertThat(texts.get(language)).as("%s in %s", found, language).containsKey(key);
            }
        });
    }
}
