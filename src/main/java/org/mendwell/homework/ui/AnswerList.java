package org.mendwell.homework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import java.util.List;
import java.util.Map;
import org.mendwell.homework.Answer;
import org.mendwell.homework.ExerciseTerms.QuestionKind;
import org.mendwell.homework.TemplateDetails.Question;
import org.mendwell.shared.ui.ContentLanguage;

/** Questions and the answers given to them, read-only, as text. */
final class AnswerList {

    private AnswerList() {}

    /** The questions are marked with their language, {@code language}, where it is not the page's. */
    static Component of(List<Question> questions, Map<Integer, Answer> answers, String language) {
        var list = new DescriptionList();
        list.addClassName("mw-answers");
        for (Question question : questions) {
            Answer answer = answers.getOrDefault(question.position(), Answer.NONE);
            var term = new DescriptionList.Term(question.prompt());
            ContentLanguage.mark(language, ContentLanguage.pageLocale(), term);
            list.add(term, new DescriptionList.Description(shown(question, answer)));
        }
        return list;
    }

    private static String shown(Question question, Answer answer) {
        if (answer.isEmpty()) {
            return Words.text("homework.answers.not-answered");
        }
        if (question.kind() == QuestionKind.YES_NOT_YET_SPACE && answer.text() != null) {
            return Words.yesNotYetSpace(answer.text());
        }
        return answer.display();
    }
}
