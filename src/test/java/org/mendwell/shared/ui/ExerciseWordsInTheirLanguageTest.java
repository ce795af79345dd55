package org.mendwell.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.homework.Answer;
import org.mendwell.homework.CompletionService;
import org.mendwell.progress.ReviewItem;
import org.mendwell.support.Demo;
import org.mendwell.support.ExerciseFixtures;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 16, WCAG 3.1.2: an exercise's own words given in English (its title, its questions) carry lang="en" on a
 * Spanish page wherever they are shown, so that a screen reader reads them in an English voice: the review inbox, a
 * partner's shared answers and the list of them (the client's progress: {@code MyProgressViewTest}).
 */
@MendwellTest
@ViewPackages(packages = "org.mendwell")
@Transactional
class ExerciseWordsInTheirLanguageTest extends SpringBrowserlessTest {

    @Autowired
    CompletionService completion;

    @Autowired
    ExerciseFixtures exercises;

    @Autowired
    SignIn signIn;

    /** Robin's daily check-in, given in English (her account has no language), submitted and shared with Jonas. */
    private UUID occurrence;

    @BeforeEach
    void robinSharesAnEnglishCheckInAndTheClinicianReadsSpanish() {
        occurrence = exercises.giveToday(Demo.CLIENT, "daily-check-in");
        var answers = new HashMap<Integer, Answer>();
        answers.put(0, Answer.text("Tired but steady"));
        answers.put(1, Answer.text("The weekend plans"));
        answers.put(3, Answer.text("A walk together after dinner"));
        for (int scale = 4; scale <= 7; scale++) {
            answers.put(scale, Answer.scale(6));
        }
        completion.submit(occurrence, answers);
        completion.shareWithPartner(occurrence, true);
        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));
    }

    private static String langOf(Component component) {
        return component.getElement().getAttribute("lang");
    }

    /**
     * A name the reader's language has is shown in it, unmarked: Robin's English-given check-in is "Registro diario" to a
     * Spanish reader (ExerciseNames; a name the library has only in English stays so and is marked with the language
     * ExerciseNames.ASSIGNMENT_TITLE_LANGUAGE_SQL gives it, checked in ExerciseNamesScenario).
     */
    @Test
    void the_review_inbox_marks_english_titles() {
        signIn.as(Demo.CLINICIAN);
        navigate("review", Component.class);
        @SuppressWarnings("unchecked")
        var grid = test((Grid<ReviewItem>) find(Grid.class).single());
        List<Anchor> submissions = links(grid, ReviewItem.Kind.SUBMISSION);

        List<Anchor> checkIns = submissions.stream()
                .filter(title -> title.getText().equals("Registro diario"))
                .toList();
        assertThat(checkIns)
                .as("Robin's check-in, given in English, named in Spanish")
                .isNotEmpty();
        assertThat(checkIns).allSatisfy(title -> assertThat(langOf(title)).isNull());
        assertThat(links(grid, ReviewItem.Kind.INTAKE))
                .as("the portal's own words are the page's")
                .allSatisfy(intake -> assertThat(langOf(intake)).isNull());
    }

    /** The link in the "to review" cell of each row of this kind. */
    private static List<Anchor> links(GridTester<Grid<ReviewItem>, ReviewItem> grid, ReviewItem.Kind kind) {
        return IntStream.range(0, grid.size())
                .filter(row -> grid.getRow(row).kind() == kind)
                .mapToObj(row -> grid.getCellComponent(row, 2)
                        .getChildren()
                        .filter(Anchor.class::isInstance)
                        .map(Anchor.class::cast)
                        .findFirst()
                        .orElseThrow())
                .toList();
    }

    @Test
    void a_partners_shared_answers_and_their_list_mark_english_words() {
        signIn.as(Demo.JONAS);
        navigate("my/exercises", Component.class);
        var titles = find(Span.class).withClassName("mw-exercise-title").all();
        assertThat(titles)
                .isNotEmpty()
                .allSatisfy(
                        title -> assertThat(langOf(title)).as(title.getText()).isEqualTo("en"));

        var shared = completion.sharedWithMe();
        assertThat(shared).as("Robin shared answers with Jonas").isNotEmpty();
        navigate("my/shared/" + shared.getFirst().submissionId(), Component.class);
        assertThat(langOf(find(H2.class).single())).isEqualTo("en");
        var questions = find(DescriptionList.class)
                .single()
                .getChildren()
                .filter(DescriptionList.Term.class::isInstance)
                .toList();
        assertThat(questions)
                .isNotEmpty()
                .allSatisfy(question -> assertThat(langOf(question)).isEqualTo("en"));
    }
}
