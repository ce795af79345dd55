package org.mendwell.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;
import org.mendwell.account.Roles;
import org.mendwell.audit.AuditAction;
import org.mendwell.audit.AuditClient;
import org.mendwell.audit.AuditFilter;
import org.mendwell.audit.AuditLine;
import org.mendwell.audit.AuditService;
import org.mendwell.shared.time.PersonalTime;
import org.mendwell.shared.time.ViewerTime;
import org.mendwell.shared.ui.DatePickers;
import org.mendwell.shared.ui.TranslatedTitle;
import org.springframework.data.domain.PageRequest;

/** The administrator reads the audit trail: filtered in the database, exported as CSV, checked for tampering. */
@Route("admin/audit")
@Menu(title = "audit.menu.audit-trail", order = 30)
@RolesAllowed(Roles.ADMIN)
class AuditView extends Main implements TranslatedTitle {

    @Override
    public String titleKey() {
        return "audit.title";
    }

    private final AuditService audit;
    private final Grid<AuditLine> grid = new Grid<>();
    private final TextField user = new TextField();
    private final ComboBox<AuditClient> client = new ComboBox<>();
    private final ComboBox<AuditAction> action = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Paragraph verdict = new Paragraph();
    private AuditFilter filter = AuditFilter.NONE;
    private DatePicker changedLast = to;

    private final PersonalTime time;

    AuditView(AuditService audit, ViewerTime viewerTime) {
        this.audit = audit;
        this.time = viewerTime.viewer();
        addClassName("mw-page");

        user.setLabel(getTranslation("audit.filter.user"));
        action.setLabel(getTranslation("audit.filter.action"));
        from.setLabel(getTranslation("audit.filter.from"));
        to.setLabel(getTranslation("audit.filter.to"));
        // A hint under the field, not a placeholder: a placeholder longer than the field was cut ("parte de una
        // dirección d…").
        user.setHelperText(getTranslation("audit.filter.user.helper"));
        user.setValueChangeMode(ValueChangeMode.LAZY);
        // By name, a page at a time from the service: a practice may have thousands of clients.
        client.setLabel(getTranslation("audit.filter.client"));
        client.setHelperText(getTranslation("audit.filter.client.helper"));
        client.setItems(
                query -> audit
                        .clientsNamed(
                                query.getFilter().orElse(""), PageRequest.of(query.getPage(), query.getPageSize()))
                        .stream());
        client.setItemLabelGenerator(AuditClient::fullName);
        client.setClearButtonVisible(true);
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(AuditWords::label);
        action.setClearButtonVisible(true);
        user.addValueChangeListener(change -> applyFilter());
        client.addValueChangeListener(change -> applyFilter());
        action.addValueChangeListener(change -> applyFilter());
        // Typed as on the date of birth: a phone's keyboard types the day, and the picker reads it.
        DatePickers.localiseForTyping(from);
        DatePickers.localiseForTyping(to);
        // The view judges From against To itself: a From after To is said next to the day just chosen.
        from.setManualValidation(true);
        to.setManualValidation(true);
        from.addValueChangeListener(change -> {
            changedLast = from;
            applyFilter();
        });
        to.addValueChangeListener(change -> {
            changedLast = to;
            applyFilter();
        });
        // A text the picker cannot read changes no value (it stays empty), only the picker's validation status.
        from.addValidationStatusChangeListener(change -> applyFilter());
        to.addValidationStatusChangeListener(change -> applyFilter());
        var filters = new FlexLayout(user, client, action, from, to);
        filters.addClassName("mw-filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);

        // The export follows the filter as it stands when the link is clicked.
        var export = new Anchor(
                (DownloadEvent event) -> {
                    event.setFileName("audit-trail.csv");
                    event.setContentType("text/csv;charset=UTF-8");
                    try (var out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                        audit.exportCsv(filter, out);
                    }
                },
                getTranslation("audit.export"));
        var check = new Button(getTranslation("audit.check"), click -> {
            var result = audit.verify();
            verdict.setText(result.finding());
            verdict.setClassName(result.intact() ? "mw-audit-intact" : "mw-audit-broken");
        });

        grid.addColumn(line -> line.entry().seq())
                .setHeader("#")
                .setAutoWidth(true)
                .setFlexGrow(0);
        // On the administrator's own clock, which the header names (the CSV keeps UTC instants).
        grid.addColumn(line -> time.dateTimeToTheSecond(line.entry().occurredAt()))
                .setHeader(getTranslation("audit.column.when-in", time.zoneName()))
                .setAutoWidth(true);
        grid.addColumn(line -> Objects.toString(line.entry().actorEmail(), "—"))
                .setHeader(getTranslation("audit.column.user"))
                .setAutoWidth(true);
        grid.addColumn(line -> AuditWords.role(line.entry().actorRole()))
                .setHeader(getTranslation("audit.column.role"))
                .setAutoWidth(true);
        grid.addColumn(line -> AuditWords.label(line.entry().action()))
                .setHeader(getTranslation("audit.column.action"))
                .setAutoWidth(true);
        grid.addColumn(AuditWords::describe)
                .setHeader(getTranslation("audit.column.what"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(AuditWords::client)
                .setHeader(getTranslation("audit.column.client"))
                .setAutoWidth(true)
                .setTooltipGenerator(line -> Objects.toString(line.entry().clientId(), ""));
        grid.addColumn(line -> Objects.toString(line.entry().remoteAddress(), "—"))
                .setHeader(getTranslation("audit.column.address"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel(getTranslation("audit.grid.label"));
        grid.setItemsPageable(pageable -> audit.lines(filter, pageable));
        grid.setEmptyStateText(getTranslation("audit.grid.empty"));
        grid.setSizeFull();

        add(
                new H2(getTranslation("audit.heading")),
                new Paragraph(getTranslation("audit.intro")),
                filters,
                new FlexLayout(export, check),
                verdict,
                grid);
        setSizeFull();
    }

    private void applyFilter() {
        UUID clientId = client.getValue() == null ? null : client.getValue().id();
        boolean backwards = from.getValue() != null
                && to.getValue() != null
                && from.getValue().isAfter(to.getValue());
        from.setInvalid(false);
        to.setInvalid(false);
        // A day that cannot be read ("45/13/2026") is explained next to its field as on every typed date, and the grid
        // keeps the last result it could show: reading the text as "no day" would widen or empty it without a word.
        boolean unreadable = saysWhyUnreadable(from) | saysWhyUnreadable(to);
        if (unreadable) {
            return;
        }
        if (backwards && changedLast == from) {
            from.setErrorMessage(getTranslation("audit.filter.from-after-to", time.date(to.getValue())));
            from.setInvalid(true);
        } else if (backwards) {
            to.setErrorMessage(getTranslation("audit.filter.to-before-from", time.date(from.getValue())));
            to.setInvalid(true);
        }
        if (backwards) {
            return;
        }
        filter = new AuditFilter(
                user.getValue(), clientId, action.getValue(), from.getValue(), to.getValue(), time.zone());
        grid.getDataProvider().refreshAll();
    }

    /**
     * The picker's own check (its fallback parser's reason for a typed text it cannot read) shown next to it; the
     * view validates by hand, so the picker does not show it itself. True when there is something to say.
     */
    private static boolean saysWhyUnreadable(DatePicker picker) {
        var result = picker.getDefaultValidator().apply(picker.getValue(), null);
        if (!result.isError()) {
            return false;
        }
        picker.setErrorMessage(result.getErrorMessage());
        picker.setInvalid(true);
        return true;
    }
}
