package org.mendwell.support;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnPathRenderer;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.renderer.Renderer;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.internal.nodefeature.VirtualChildrenList;
import java.lang.reflect.Field;
import java.util.List;

/**
 * Everything a page puts before the person in front of it, as text: not only text nodes
 * ({@link Element#getTextRecursively()}, which is all a page of plain HTML elements has), but also what
 * Vaadin components carry in properties and attributes (a field's value and label, a notification's text,
 * a heading set as a property), their virtual children (dialogs, notifications, overlays), and the rows of
 * every grid (sent to the browser as data, not elements). A check that a page "does not show X" is only
 * as good as this reading of it: with text nodes alone, a grid full of names reads as empty.
 */
public final class PageText {

    private PageText() {}

    /** The whole UI: the layout, the view, and anything opened over them. */
    public static String of(UI ui) {
        return of(ui.getElement());
    }

    public static String of(Component component) {
        return of(component.getElement());
    }

    private static String of(Element root) {
        var text = new StringBuilder();
        collect(root, text);
        return text.toString();
    }

    private static void collect(Element element, StringBuilder text) {
        if (element.isTextNode()) {
            text.append(element.getText()).append('\n');
            return;
        }
        if (!element.isVisible()) {
            return; // not sent to the browser
        }
        element.getAttributeNames().forEach(name -> append(element.getAttribute(name), text));
        element.getPropertyNames().forEach(name -> append(element.getPropertyRaw(name), text));
        element.getChildren().forEach(child -> collect(child, text));
        element.getNode()
                .getFeatureIfInitialized(VirtualChildrenList.class)
                .ifPresent(virtual -> virtual.forEachChild(node -> collect(Element.get(node), text)));
        element.getComponent().filter(Grid.class::isInstance).ifPresent(grid -> rows((Grid<?>) grid, text));
    }

    /**
     * The rows a browser would load first (one page), each cell as its column renders it: the text of a
     * plain column, the component of a component column, the values of a Lit template's properties.
     */
    private static <T> void rows(Grid<T> grid, StringBuilder text) {
        List<T> items =
                grid.getGenericDataView().getItems().limit(grid.getPageSize()).toList();
        for (T item : items) {
            for (Grid.Column<T> column : grid.getColumns()) {
                if (column.isVisible()) {
                    cell(column.getRenderer(), item, text);
                }
            }
            text.append('\n');
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void cell(Renderer<T> renderer, T item, StringBuilder text) {
        if (renderer instanceof ComponentRenderer<?, T> components) {
            collect(components.createComponent(item).getElement(), text);
        } else if (renderer instanceof LitRenderer<T> template) {
            template.getValueProviders().values().forEach(value -> append(value.apply(item), text));
        } else if (renderer instanceof ColumnPathRenderer<T>) {
            try {
                // The column's value provider, as Vaadin's own GridTester reads it.
                Field provider = ColumnPathRenderer.class.getDeclaredField("provider");
                provider.setAccessible(true);
                append(((ValueProvider<T, ?>) provider.get(renderer)).apply(item), text);
            } catch (ReflectiveOperationException unreadable) {
                throw new AssertionError("a grid column that cannot be read", unreadable);
            }
        } else {
            throw new AssertionError("a grid column this page reader cannot read: " + renderer.getClass());
        }
    }

    private static void append(Object value, StringBuilder text) {
        if (value != null) {
            text.append(value).append('\n');
        }
    }
}
