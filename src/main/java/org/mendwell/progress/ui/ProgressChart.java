package org.mendwell.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A chart drawn in the browser by Chart.js through our small {@code <mendwell-chart>} element. The data
 * travels as one JSON property; the Chart.js version in the path is the pom's {@code chartjs.version}.
 * The one chart component of the portal (free components only), hence its named interface for other features.
 */
@Tag("mendwell-chart")
@JavaScript("context://webjars/chart.js/4.5.1/dist/chart.umd.min.js")
@JavaScript("context://components/mendwell-chart.js")
@StyleSheet("context://styles/progress.css")
@NamedInterface("progress-chart")
public class ProgressChart extends Component {

    /**
     * @param summary what the chart shows in a sentence: the canvas's accessible name
     * @param kind    "line" or "bar"
     */
    public record Data(
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
    public record Series(
            String label,
            List<? extends @Nullable Number> values,
            @Nullable String colour) {}

    /** A shaded range of the y axis with its name, such as a measure's severity band. */
    public record Band(String label, int from, int to) {}

    public ProgressChart(Data data) {
        addClassName("mw-chart");
        getElement().setPropertyBean("chart", data);
    }

    /** The chart's text alternative: a table with a caption, the first column as row headers. */
    public static com.vaadin.flow.component.html.NativeTable table(
            String caption, List<String> header, List<List<String>> rows) {
        return ProgressFigures.table(caption, header, rows);
    }
}
