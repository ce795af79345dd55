package org.mendwell.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A chart drawn in the browser by Chart.js through our small {@code <mendwell-chart>} element. The data
 * travels as one JSON property; the Chart.js version in the path is the pom's {@code chartjs.version}.
 */
@Tag("mendwell-chart")
@JavaScript("context://webjars/chart.js/4.5.1/dist/chart.umd.min.js")
@JavaScript("context://components/mendwell-chart.js")
@StyleSheet("context://styles/progress.css")
class ProgressChart extends Component {

    /**
     * @param summary what the chart shows in a sentence: the canvas's accessible name
     * @param kind    "line" or "bar"
     */
    record Data(
            String summary,
            String kind,
            List<String> labels,
            List<Series> series,
            boolean stacked,
            @Nullable Integer yMin,
            @Nullable Integer yMax,
            @Nullable Integer yStep,
            @Nullable String yTitle,
            List<Band> bands) {}

    /** One line or bar set; a value may be null where there is nothing to draw. */
    record Series(
            String label,
            List<@Nullable Integer> values,
            @Nullable String colour) {}

    /** A shaded range of the y axis with its name, such as a measure's severity band. */
    record Band(String label, int from, int to) {}

    ProgressChart(Data data) {
        addClassName("mw-chart");
        getElement().setPropertyBean("chart", data);
    }
}
