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
import org.mendwell.shared.ui.TranslatedTitle;

/**
 * The exercise library: search and filter the templates, preview one as the client will see it,
 * give it to a client, and write, copy or archive the clinician's own.
 */
@Route("library")
@Menu(title = "homework.menu.exercise-library", order = 20)
@RolesAllowed(Roles.CLINICIAN)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
class LibraryView extends Main implements TranslatedTitle {

    private final ExerciseLibraryService library;
    private final TemplateEditingService editing;
    private final AssignmentService assignments;
    private final ClientService clients;
    private final ViewerTime viewerTime;
    private final Grid<TemplateSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<Theme> theme = new Select<>();
    private final Select<Audience> audience = new Select<>();
    private final Checkbox showArchived = new Checkbox();

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

        showArchived.setLabel(getTranslation("homework.library.show-archived"));
        search.setPlaceholder(getTranslation("homework.library.search.placeholder"));
        search.setAriaLabel(getTranslation("homework.library.search.label"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        theme.setAriaLabel(getTranslation("homework.library.theme"));
        theme.setEmptySelectionAllowed(true);
        theme.setEmptySelectionCaption(getTranslation("homework.library.any-theme"));
        theme.setItems(Theme.values());
        theme.setItemLabelGenerator(
                t -> t == null ? getTranslation("homework.library.any-theme") : getTranslation(t.labelKey()));
        theme.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        audience.setAriaLabel(getTranslation("homework.library.audience"));
        audience.setEmptySelectionAllowed(true);
        audience.setEmptySelectionCaption(getTranslation("homework.library.anyone"));
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(
                a -> a == null ? getTranslation("homework.library.anyone") : getTranslation(a.labelKey()));
        audience.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        showArchived.setTooltipText(getTranslation("homework.library.show-archived.tooltip"));
        showArchived.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        var create = new Button(
                getTranslation("homework.library.new"),
                VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(TemplateEditorView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        var toolbar = new HorizontalLayout(
                new H2(getTranslation("homework.menu.exercise-library")),
                search,
                theme,
                audience,
                showArchived,
                create);
        toolbar.addClassName("mw-toolbar");
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        grid.addColumn(TemplateSummary::title)
                .setHeader(getTranslation("homework.library.column.exercise"))
                .setSortProperty("title")
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(t -> getTranslation(t.theme().labelKey()))
                .setHeader(getTranslation("homework.library.theme"))
                .setSortProperty("theme")
                .setAutoWidth(true);
        grid.addColumn(t -> getTranslation(t.audience().labelKey()))
                .setHeader(getTranslation("homework.library.column.for"))
                .setSortProperty("audience")
                .setAutoWidth(true);
        grid.addColumn(t -> getTranslation("homework.library.column.minutes", t.minutes()))
                .setHeader(getTranslation("homework.library.column.time"))
                .setSortProperty("minutes")
                .setAutoWidth(true);
        grid.addColumn(t -> getTranslation(t.suggestedSchedule().labelKey()))
                .setHeader(getTranslation("homework.library.column.usually"))
                .setSortProperty("suggestedSchedule")
                .setAutoWidth(true);
        grid.addColumn(t -> getTranslation(
                        t.couplesExercise() ? "homework.library.couples" : "homework.library.individual"))
                .setHeader(getTranslation("homework.library.column.kind"))
                .setAutoWidth(true);
        grid.addColumn(this::source)
                .setHeader(getTranslation("homework.library.column.from"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("homework.menu.exercise-library"));
        grid.setItemsPageable(pageable -> library.library(
                        new LibraryFilter(
                                search.getValue(), theme.getValue(), audience.getValue(), showArchived.getValue()),
                        pageable)
                .getContent());
        grid.addItemClickListener(
                click -> preview(library.preview(click.getItem().templateId()), click.getItem()));
        grid.setSizeFull();

        add(toolbar, new Paragraph(getTranslation("homework.library.intro")), grid);
        setSizeFull();
    }

    @Override
    public String titleKey() {
        return "homework.menu.exercise-library";
    }

    private String source(TemplateSummary template) {
        if (template.builtIn()) {
            return getTranslation("homework.library.built-in");
        }
        return getTranslation(template.archived() ? "homework.library.yours-archived" : "homework.library.yours");
    }

    /** @param listed the template as the list names it: a built-in one in the reader's language */
    private void preview(TemplateDetails template, TemplateSummary listed) {
        TemplateSummary summary = template.summary();
        var dialog = TemplatePreview.of(template);
        var footer = new HorizontalLayout();
        footer.setWrap(true);
        if (!summary.archived()) {
            var give = new Button(getTranslation("homework.library.give"), click -> {
                dialog.close();
                // The dialog confirms what it gave, to whom and when; the library has nothing to refresh.
                new AssignDialog(listed, library, assignments, clients, viewerTime.viewer(), () -> {}).open();
            });
            give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            footer.add(give);
        }
        if (!summary.builtIn()) {
            footer.add(new Button(getTranslation("homework.library.edit"), click -> {
                dialog.close();
                edit(summary.templateId());
            }));
        }
        if (summary.measure() == null) {
            footer.add(new Button(getTranslation("homework.library.copy"), click -> {
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
            dialog.add(new Paragraph(getTranslation(
                    "homework.library.validated", summary.measure().label())));
        }
        if (!summary.builtIn()) {
            footer.add(new Button(
                    getTranslation(summary.archived() ? "homework.library.restore" : "homework.library.archive"),
                    click -> {
                        var changed = summary.archived()
                                ? editing.restore(summary.templateId())
                                : editing.archive(summary.templateId());
                        dialog.close();
                        grid.getDataProvider().refreshAll();
                        Notification.show(
                                changed.archived()
                                        ? getTranslation("homework.library.archived", changed.title())
                                        : getTranslation("homework.library.restored", changed.title()),
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
