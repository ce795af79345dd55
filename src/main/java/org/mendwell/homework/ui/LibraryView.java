package org.mendwell.homework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.util.UUID;
import org.mendwell.account.Roles;
import org.mendwell.client.ClientService;
import org.mendwell.homework.AssignmentService;
import org.mendwell.homework.ExerciseLibraryService;
import org.mendwell.homework.ExerciseTerms.Audience;
import org.mendwell.homework.ExerciseTerms.Theme;
import org.mendwell.homework.LibraryFilter;
import org.mendwell.homework.TemplateDetails;
import org.mendwell.homework.TemplateEditingService;
import org.mendwell.homework.TemplateSummary;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.time.ViewerTime;

/**
 * The exercise library: search and filter the templates, preview one as the client will see it,
 * give it to a client, and write, copy or archive the clinician's own.
 */
@Route("library")
@PageTitle("Exercise library | Mendwell")
@Menu(title = "homework.menu.exercise-library", order = 20)
@RolesAllowed(Roles.CLINICIAN)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
class LibraryView extends Main {

    private final ExerciseLibraryService library;
    private final TemplateEditingService editing;
    private final AssignmentService assignments;
    private final ClientService clients;
    private final ViewerTime viewerTime;
    private final Grid<TemplateSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<Theme> theme = new Select<>();
    private final Select<Audience> audience = new Select<>();
    private final Checkbox showArchived = new Checkbox("Show archived");

    LibraryView(
            ExerciseLibraryService library,
            TemplateEditingService editing,
            AssignmentService assignments,
            ClientService clients,
            ViewerTime viewerTime) {
        this.viewerTime = viewerTime;
        this.library = library;
        this.editing = editing;
        this.assignments = assignments;
        this.clients = clients;
        addClassName("mw-page");

        search.setPlaceholder("Search titles");
        search.setAriaLabel("Search exercises");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        theme.setAriaLabel("Theme");
        theme.setEmptySelectionAllowed(true);
        theme.setEmptySelectionCaption("Any theme");
        theme.setItems(Theme.values());
        theme.setItemLabelGenerator(t -> t == null ? "Any theme" : t.label());
        theme.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        audience.setAriaLabel("For whom");
        audience.setEmptySelectionAllowed(true);
        audience.setEmptySelectionCaption("Anyone");
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(a -> a == null ? "Anyone" : a.label());
        audience.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        showArchived.setTooltipText("Also list your own exercises that you archived");
        showArchived.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        var create = new Button(
                "New exercise",
                VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(TemplateEditorView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        var toolbar = new HorizontalLayout(new H2("Exercise library"), search, theme, audience, showArchived, create);
        toolbar.addClassName("mw-toolbar");
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        grid.addColumn(TemplateSummary::title)
                .setHeader("Exercise")
                .setSortProperty("title")
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(t -> t.theme().label())
                .setHeader("Theme")
                .setSortProperty("theme")
                .setAutoWidth(true);
        grid.addColumn(t -> t.audience().label())
                .setHeader("For")
                .setSortProperty("audience")
                .setAutoWidth(true);
        grid.addColumn(t -> t.minutes() + " min")
                .setHeader("Time")
                .setSortProperty("minutes")
                .setAutoWidth(true);
        grid.addColumn(t -> t.suggestedSchedule().label())
                .setHeader("Usually")
                .setSortProperty("suggestedSchedule")
                .setAutoWidth(true);
        grid.addColumn(t -> t.couplesExercise() ? "Couples work" : "Individual")
                .setHeader("Kind")
                .setAutoWidth(true);
        grid.addColumn(LibraryView::source).setHeader("From").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Exercise library");
        grid.setItemsPageable(pageable -> library.library(
                        new LibraryFilter(
                                search.getValue(), theme.getValue(), audience.getValue(), showArchived.getValue()),
                        pageable)
                .getContent());
        grid.addItemClickListener(
                click -> preview(library.template(click.getItem().templateId())));
        grid.setSizeFull();

        add(
                toolbar,
                new Paragraph("Built-in exercises cover each theme of the practice's work; open one to see it "
                        + "as your client will, give it, or copy it to make it your own."),
                grid);
        setSizeFull();
    }

    private static String source(TemplateSummary template) {
        if (template.builtIn()) {
            return "Built-in";
        }
        return template.archived() ? "Yours, archived" : "Yours";
    }

    private void preview(TemplateDetails template) {
        TemplateSummary summary = template.summary();
        var dialog = TemplatePreview.of(template);
        var footer = new HorizontalLayout();
        footer.setWrap(true);
        if (!summary.archived()) {
            var give = new Button("Give to a client", click -> {
                dialog.close();
                // The dialog confirms what it gave, to whom and when; the library has nothing to refresh.
                new AssignDialog(summary, library, assignments, clients, viewerTime.viewer(), () -> {}).open();
            });
            give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            footer.add(give);
        }
        if (!summary.builtIn()) {
            footer.add(new Button("Edit", click -> {
                dialog.close();
                edit(summary.templateId());
            }));
        }
        if (summary.measure() == null) {
            footer.add(new Button("Make a copy", click -> {
                try {
                    var copy = editing.copy(summary.templateId());
                    dialog.close();
                    edit(copy.templateId());
                } catch (InvalidInputException refused) {
                    Notification.show(String.join(" ", refused.problems().values()), 6000, Notification.Position.MIDDLE)
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
            }));
        } else {
            dialog.add(new Paragraph("The " + summary.measure().label() + " is a validated questionnaire, given "
                    + "exactly as published."));
        }
        if (!summary.builtIn()) {
            footer.add(new Button(summary.archived() ? "Restore" : "Archive", click -> {
                var changed = summary.archived()
                        ? editing.restore(summary.templateId())
                        : editing.archive(summary.templateId());
                dialog.close();
                grid.getDataProvider().refreshAll();
                Notification.show(
                        changed.archived()
                                ? "\"" + changed.title() + "\" archived. Exercises already given carry on."
                                : "\"" + changed.title() + "\" is back in the library.",
                        5000,
                        Notification.Position.BOTTOM_START);
            }));
        }
        dialog.getFooter().addComponentAsFirst(footer);
        dialog.open();
    }

    private void edit(UUID templateId) {
        getUI().ifPresent(ui -> ui.navigate("library/edit/" + templateId));
    }
}
