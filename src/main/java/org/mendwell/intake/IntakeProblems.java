package org.mendwell.intake;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mendwell.shared.i18n.Messages;
import org.springframework.stereotype.Component;

/**
 * Words the intake's problems in the reader's language. The constraints on {@link IntakeAnswers} and
 * {@link BirthDates} name a message key instead of English text, with at most one argument after a colon
 * ({@code intake.problem.too-long:120}, Bean Validation fills in the {@code {max}}). A message that is not a
 * key (from a check outside the intake) is passed on as it is.
 */
@Component
class IntakeProblems {

    private final Messages messages;

    IntakeProblems(Messages messages) {
        this.messages = messages;
    }

    Map<String, String> inViewersLanguage(Map<String, String> problems) {
        Map<String, String> worded = new LinkedHashMap<>();
        problems.forEach((property, message) -> worded.put(property, word(message)));
        return worded;
    }

    String word(String message) {
        return message.startsWith("intake.") ? messages.viewerProblem(message) : message;
    }
}
