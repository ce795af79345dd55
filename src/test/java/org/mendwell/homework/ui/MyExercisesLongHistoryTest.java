package org.mendwell.homework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.mendwell.homework.AssignmentService;
import org.mendwell.support.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

/** A client with weeks of daily check-ins behind them (the demo history): the page stays short. */
@SpringBootTest(properties = "mendwell.demo.history=true")
@ActiveProfiles("test")
@ViewPackages(packages = "org.mendwell")
class MyExercisesLongHistoryTest extends SpringBrowserlessTest {

    @Autowired
    AssignmentService assignments;

    @Test
    @WithUserDetails(Demo.CLIENT)
    void only_the_latest_finished_exercises_are_listed_and_the_rest_are_a_link_to_my_progress() {
        int done = assignments.myExercises().completed().size();
        assertThat(done).as("demo history").isGreaterThan(MyExercisesView.DONE_SHOWN);

        navigate(MyExercisesView.class);

        Section doneGroup = find(Section.class).all().stream()
                .filter(section -> section.getChildren()
                        .anyMatch(c -> c instanceof H3 h && h.getText().equals("Done")))
                .findFirst()
                .orElseThrow();
        assertThat(find(RouterLink.class, doneGroup).all()).hasSize(MyExercisesView.DONE_SHOWN);
        assertThat(find(Span.class, doneGroup).all())
                .as("no time estimate on what is done")
                .extracting(Span::getText)
                .noneMatch(text -> text.startsWith("About "));
        assertThat(find(Span.class).all())
                .as("but on what is still to do")
                .extracting(Span::getText)
                .anyMatch(text -> text.startsWith("About "));
        Anchor earlier = find(Anchor.class, doneGroup).single();
        assertThat(earlier.getText())
                .isEqualTo((done - MyExercisesView.DONE_SHOWN) + " earlier exercises are in My progress.");
        assertThat(earlier.getHref()).isEqualTo("my/progress");
    }

    @Test
    @WithUserDetails(Demo.CLIENT)
    void due_times_use_a_plain_space() {
        navigate(MyExercisesView.class);

        assertThat(find(Span.class).all())
                .extracting(Span::getText)
                .filteredOn(text -> text.startsWith("Due "))
                .isNotEmpty()
                .noneMatch(text -> text.indexOf('\u202f') >= 0);
    }
}
