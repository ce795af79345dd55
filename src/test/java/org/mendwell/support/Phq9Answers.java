package org.mendwell.support;

import java.util.HashMap;
import java.util.Map;
import org.mendwell.homework.Answer;

/** A PHQ-9 answered "Not at all" throughout except item 9 (self-harm), "Several days": it raises a risk alert. */
public final class Phq9Answers {

    private Phq9Answers() {}

    public static Map<Integer, Answer> selfHarmOnSeveralDays() {
        var answers = new HashMap<Integer, Answer>();
        for (int item = 0; item < 9; item++) {
            answers.put(item, Answer.text(item == 8 ? "Several days" : "Not at all"));
        }
        answers.put(9, Answer.text("Somewhat difficult"));
        return answers;
    }
}
