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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
import org.springframework.data.domain.PageRequest;

/** The administrator reads the audit trail: filtered in the database, exported as CSV, checked for tampering. */
@Route("admin/audit")
@PageTitle("Audit trail | Mendwell")
@Menu(title = "audit.menu.audit-trail", order = 30)
@RolesAllowed(Roles.ADMIN)
class AuditView extends Main {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneId.of("UTC"));

    private final AuditService audit;
    private final Grid<AuditLine> grid = new Grid<>();
    private final TextField user = new TextField("User");
    private final ComboBox<AuditClient> client = new ComboBox<>();
    private final ComboBox<AuditAction> action = new ComboBox<>("Action");
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Paragraph verdict = new Paragraph();
    private AuditFilter filter = AuditFilter.NONE;
    private DatePicker changedLast = to;

    private final PersonalTime time;

    AuditView(AuditService audit, ViewerTime viewerTime) {
        this.audit = audit;
        this.time = viewerTime.viewer();
        addClassName("mw-page");

        user.setPlaceholder("part of an e-mail address");
        user.setValueChangeMode(ValueChangeMode.LAZY);
        // By name, a page at a time from the service: a practice may have thousands of clients.
        client.setLabel(getTranslation("audit.filter.client"));
        client.setPlaceholder(getTranslation("audit.filter.client.placeholder"));
        client.setItems(
                query -> audit
                        .clientsNamed(
                                query.getFilter().orElse(""), PageRequest.of(query.getPage(), query.getPageSize()))
                        .stream());
        client.setItemLabelGenerator(AuditClient::fullName);
        client.setClearButtonVisible(true);
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(AuditAction::label);
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
                "Export CSV");
        var check = new Button("Check the chain", click -> {
            var result = audit.verify();
            verdict.setText(result.finding());
            verdict.setClassName(result.intact() ? "mw-audit-intact" : "mw-audit-broken");
        });

        grid.addColumn(line -> line.entry().seq())
                .setHeader("#")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(line -> WHEN.format(line.entry().occurredAt()))
                .setHeader("When")
                .setAutoWidth(true);
        grid.addColumn(line -> Objects.toString(line.entry().actorEmail(), "—"))
                .setHeader("User")
                .setAutoWidth(true);
        grid.addColumn(line -> Objects.toString(line.entry().actorRole(), "—"))
                .setHeader("Role")
                .setAutoWidth(true);
        grid.addColumn(line -> line.entry().action().label())
                .setHeader("Action")
                .setAutoWidth(true);
        grid.addColumn(AuditWords::describe)
                .setHeader("What happened")
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(AuditWords::client)
                .setHeader("Client")
                .setAutoWidth(true)
                .setTooltipGenerator(line -> Objects.toString(line.entry().clientId(), ""));
        grid.addColumn(line -> Objects.toString(line.entry().remoteAddress(), "—"))
                .setHeader("Address")
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel("Audit trail, newest first");
        grid.setItemsPageable(pageable -> audit.lines(filter, pageable));
        grid.setSizeFull();

        add(
                new H2("Audit trail"),
                new Paragraph("Every read and change of a client record, every sign-in and every "
                        + "refused access, newest first. Entries are chained by hashes: a changed or deleted entry is found "
                        + "by checking the chain."),
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
        filter = new AuditFilter(user.getValue(), clientId, action.getValue(), from.getValue(), to.getValue());
        grid.getDataProvider().refreshAll();
    }
}
