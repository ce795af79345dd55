package org.mendwell.homework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
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
import org.mendwell.account.Roles;
import org.mendwell.homework.ExerciseLibraryService;
import org.mendwell.homework.ExerciseTerms.Audience;
import org.mendwell.homework.ExerciseTerms.Theme;
import org.mendwell.homework.LibraryFilter;
import org.mendwell.homework.TemplateDetails;
import org.mendwell.homework.TemplateSummary;

/** The exercise library: search and filter the templates, and preview one as the client will see it. */
@Route("library")
@PageTitle("Exercise library | Mendwell")
@Menu(title = "Exercise library", order = 20)
@RolesAllowed(Roles.CLINICIAN)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
class LibraryView extends Main {

    private final ExerciseLibraryService library;
    private final Grid<TemplateSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<Theme> theme = new Select<>();
    private final Select<Audience> audience = new Select<>();

    LibraryView(ExerciseLibraryService library) {
        this.library = library;
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

        var toolbar = new HorizontalLayout(new H2("Exercise library"), search, theme, audience);
        toolbar.addClassName("mw-toolbar");
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        grid.addColumn(TemplateSummary::title).setHeader("Exercise").setSortProperty("title").setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(t -> t.theme().label()).setHeader("Theme").setSortProperty("theme").setAutoWidth(true);
        grid.addColumn(t -> t.audience().label()).setHeader("For").setSortProperty("audience").setAutoWidth(true);
        grid.addColumn(t -> t.minutes() + " min").setHeader("Time").setSortProperty("minutes").setAutoWidth(true);
        grid.addColumn(t -> t.suggestedSchedule().label()).setHeader("Usually").setSortProperty("suggestedSchedule")
                .setAutoWidth(true);
        grid.addColumn(t -> t.couplesExercise() ? "Couples work" : "Individual").setHeader("Kind")
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Exercise library");
        grid.setItemsPageable(pageable -> library.library(
                new LibraryFilter(search.getValue(), theme.getValue(), audience.getValue()), pageable).getContent());
        grid.addItemClickListener(click -> preview(library.template(click.getItem().templateId())));
        grid.setSizeFull();

        add(toolbar, new Paragraph("Built-in exercises cover each theme of the practice's work; open one to see it "
                + "as your client will."), grid);
        setSizeFull();
    }

    private static void preview(TemplateDetails template) {
        var dialog = new Dialog(template.summary().title());
        dialog.setWidth("min(48rem, 100vw)");
        var facts = new Paragraph(template.summary().theme().label() + " · " + template.summary().audience().label()
                + " · about " + template.summary().minutes() + " minutes · usually "
                + template.summary().suggestedSchedule().label().toLowerCase(java.util.Locale.ROOT)
                + (template.summary().couplesExercise() ? " · couples work" : ""));
        facts.addClassName("mw-template-facts");
        var questions = new Div();
        questions.addClassName("mw-template-questions");
        template.questions().forEach(question -> questions.add(QuestionFields.field(question, true)));
        dialog.add(facts, new Paragraph(template.introduction()), questions);
        dialog.getFooter().add(new Button("Close", click -> dialog.close()));
        dialog.open();
    }
}
