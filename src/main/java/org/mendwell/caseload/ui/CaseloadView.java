package org.mendwell.caseload.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mendwell.account.Roles;
import org.mendwell.agreements.AgreementService;
import org.mendwell.agreements.ui.AgreementsColumn;
import org.mendwell.client.CaseloadFilter;
import org.mendwell.client.ClientInvitationService;
import org.mendwell.client.ClientService;
import org.mendwell.client.ClientStatus;
import org.mendwell.progress.CaseloadEntry;
import org.mendwell.progress.CaseloadOverviewService;
import org.mendwell.progress.CaseloadQuery;
import org.mendwell.progress.CompletionText;
import org.mendwell.progress.ReviewInboxService;
import org.mendwell.shared.i18n.ViewerLanguage;
import org.mendwell.shared.time.PersonalTime;
import org.mendwell.shared.time.ViewerTime;
import org.mendwell.shared.ui.NarrowScreen;
import org.mendwell.shared.ui.TranslatedTitle;
import org.mendwell.trust.TrustGapService;
import org.mendwell.trust.ui.CoupleAttentionColumn;

/**
 * The clinician's home: their own clients with each one's progress, filtered, paged and sorted in the
 * database (a page is one statement, the size one more). The clinician's saved default filter is
 * applied on opening.
 */
@Route("caseload")
@Menu(title = "caseload.menu.caseload", order = 10)
@RolesAllowed(Roles.CLINICIAN)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
class CaseloadView extends Main implements TranslatedTitle {

    private final ClientService clients;
    private final ClientInvitationService inviting;
    private final ReviewInboxService inbox;
    private final CaseloadOverviewService caseload;
    /** The key of the row an event happened on, in the browser; none in the header. */
    static final String ROW_KEY = "element.getEventContext(event).item?.key"; // the same in every language: a script
    /** The browser sends a keydown only for Enter on a row, not for every key pressed in the grid. */
    static final String ENTER_ON_ROW = "event.key === 'Enter' && !!" + ROW_KEY; // the same in every language: a script

    private final Grid<CaseloadEntry> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<ClientStatus> status = new Select<>();
    private final Checkbox needsAttentionOnly = new Checkbox(getTranslation("caseload.filter.needs-attention"));
    private final Span shown = new Span();
    private final Span reviewLine = new Span();
    private final Span summary = new Span(shown, reviewLine);
    private long caseloadSize;
    /** The search the grid runs: the field's text while it is within the limit. */
    private String lastSearch = "";

    private @Nullable CaseloadQuery query;
    /** The grid's own count of the filtered caseload: the summary reuses it rather than counting again. */
    private long shownCount;

    CaseloadView(
            ClientService clients,
            ClientInvitationService inviting,
            ReviewInboxService inbox,
            CaseloadOverviewService caseload,
            ViewerTime viewerTime,
            ViewerLanguage viewerLanguage,
            AgreementService agreements,
            TrustGapService trustGap) {
        PersonalTime time = viewerTime.viewer();
        this.clients = clients;
        this.inviting = inviting;
        this.inbox = inbox;
        this.caseload = caseload;
        addClassName("mw-page");

        // A placeholder short enough to show whole in the toolbar at 1366 px; no maxlength, which cut a pasted
        // search silently: past the limit the field says so and the grid keeps the last search it could run.
        search.setPlaceholder(getTranslation("caseload.search.placeholder"));
        search.setAriaLabel(getTranslation("caseload.search.label"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);

        status.setAriaLabel(getTranslation("caseload.filter.status"));
        status.setPlaceholder(getTranslation("caseload.filter.any-status"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("caseload.filter.any-status"));
        status.setItems(ClientStatus.values());
        status.setItemLabelGenerator(
                s -> s == null ? getTranslation("caseload.filter.any-status") : getTranslation(s.key()));

        // The saved default first, so that opening the page fetches once, already filtered.
        CaseloadFilter saved = caseload.defaultFilter();
        search.setValue(saved.text());
        lastSearch = saved.text();
        status.setValue(saved.status());
        needsAttentionOnly.setValue(saved.needsAttentionOnly());
        search.addValueChangeListener(change -> filterChanged());
        status.addValueChangeListener(change -> filterChanged());
        needsAttentionOnly.addValueChangeListener(change -> filterChanged());

        var saveDefault = new Button(
                getTranslation("caseload.filter.save-default"), VaadinIcon.BOOKMARK.create(), click -> saveDefault());
        saveDefault.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        saveDefault.setTooltipText(getTranslation("caseload.filter.save-default.tooltip"));

        var invite = new Button(
                getTranslation("caseload.new-client"),
                VaadinIcon.PLUS.create(),
                click -> new InviteDialog(clients, inviting, viewerLanguage.practiceLanguage(), time, this::afterInvite)
                        .open());
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        var heading = new H2(getTranslation("caseload.heading"));
        var toolbar = new HorizontalLayout(heading, summary, search, status, needsAttentionOnly, saveDefault, invite);
        toolbar.addClassName("mw-toolbar");
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        // What a clinician scans for comes first and fits a 1366 px screen beside the menu: name, status,
        // safety, overdue, to review. The name column stays put while the rest scrolls; long names wrap, and
        // the whole name (with a partner's) is on hover too.
        var name = grid.addColumn(this::nameWithPartner)
                .setHeader(getTranslation("caseload.column.name"))
                .setSortProperty("fullName")
                .setWidth("14em")
                .setFlexGrow(1)
                .setFrozen(true)
                .setTooltipGenerator(this::nameWithPartner);
        grid.addColumn(new ComponentRenderer<>(row -> Badges.status(row.status())))
                .setHeader(getTranslation("caseload.column.status"))
                .setSortProperty("status")
                .setAutoWidth(true)
                .setFlexGrow(0);
        // Safety, Overdue and Trust are sized to their one-word headers, not to their contents ("—", "0"),
        // which cut them to "Saf…"; the word's length counts, as Spanish cut "Segurid…" and "Atrasad…" at 8em.
        var safety = grid.addColumn(new ComponentRenderer<>(row -> Badges.safety(row.safetyFlag(), row.riskAlert())))
                .setHeader(getTranslation("caseload.column.safety"))
                .setSortProperty("safety")
                .setWidth(widthOfHeader("caseload.column.safety"))
                .setFlexGrow(0);
        grid.addColumn(CaseloadEntry::overdue)
                .setHeader(getTranslation("caseload.column.overdue"))
                .setSortProperty("overdue")
                .setWidth(widthOfHeader("caseload.column.overdue"))
                .setFlexGrow(0);
        grid.addColumn(CaseloadEntry::unreviewed)
                .setHeader(getTranslation("caseload.column.to-review"))
                .setSortProperty("unreviewed")
                .setAutoWidth(true)
                .setFlexGrow(0);
        // Why a couple needs attention (the trust gap's reasons), read once for the caseload, never per row.
        // A sentence ("Jonas Kettering dejó de hacer su registro"): a fixed width it wraps in, never cut with "…".
        CoupleAttentionColumn.addTo(grid, trustGap, CaseloadEntry::clientId)
                .setAutoWidth(false)
                .setWidth("16em")
                .setFlexGrow(0);
        grid.addColumn(CaseloadEntry::activeAssignments)
                .setHeader(getTranslation("caseload.column.active-exercises"))
                .setSortProperty("activeAssignments")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> CompletionText.of(row.submittedLast30Days(), row.dueLast30Days()))
                .setHeader(getTranslation("caseload.column.done-30-days"))
                .setSortProperty("completionRate")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> row.lastActivity() == null ? "—" : time.date(row.lastActivity()))
                .setHeader(getTranslation("caseload.column.last-activity"))
                .setSortProperty("lastActivity")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::trust)
                .setHeader(getTranslation("caseload.column.trust"))
                .setSortProperty("mainScale")
                .setWidth(widthOfHeader("caseload.column.trust"))
                .setFlexGrow(0);
        AgreementsColumn.addTo(grid, agreements, CaseloadEntry::clientId).setFlexGrow(0);
        grid.addColumn(row -> time.date(row.since()))
                .setHeader(getTranslation("caseload.column.client-since"))
                .setSortProperty("since")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(CaseloadEntry::email)
                .setHeader(getTranslation("caseload.column.email"))
                .setSortProperty("email")
                .setAutoWidth(true)
                .setFlexGrow(0);
        // On a phone the safety flag comes right after the (narrower) name, on the screen without scrolling sideways.
        List<Grid.Column<CaseloadEntry>> wideOrder = List.copyOf(grid.getColumns());
        NarrowScreen.follow(grid, narrow -> {
            name.setWidth(narrow ? "9em" : "14em");
            List<Grid.Column<CaseloadEntry>> order = new ArrayList<>(wideOrder);
            if (narrow) {
                order.remove(safety);
                order.add(1, safety);
            }
            grid.setColumnOrder(order);
        });
        grid.setEmptyStateText(getTranslation("caseload.grid.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("mw-caseload-grid");
        // Most overdue first, and among those the most to review, say: columns sort in the order clicked.
        grid.setMultiSort(true, Grid.MultiSortPriority.APPEND);
        grid.setAriaLabel(getTranslation("caseload.heading"));
        // Each count (a refresh, a new sort) works out again who needs attention, so that a risk alert raised while
        // the page is open reaches the filter; the pages that follow the count reuse it.
        grid.setItemsPageable(pageable -> caseload.page(query(), pageable), pageable -> {
            query = caseload.query(filter());
            return (int) showCount(caseload.count(query));
        });
        grid.addItemClickListener(click -> open(click.getItem()));
        openOnEnter();
        grid.setSizeFull();

        add(toolbar, grid);
        setSizeFull();
        refreshSummary();
    }

    @Override
    public String titleKey() {
        return "caseload.title";
    }

    private void filterChanged() {
        int length = search.getValue().length();
        if (length > CaseloadOverviewService.SEARCH_LIMIT) {
            search.setErrorMessage(
                    getTranslation("caseload.search.too-long", CaseloadOverviewService.SEARCH_LIMIT, length));
            search.setInvalid(true);
            return;
        }
        search.setInvalid(false);
        lastSearch = search.getValue();
        query = null;
        grid.getDataProvider().refreshAll(); // the grid counts again, and showCount says the new figure
    }

    /**
     * The filter shown, with who needs attention worked out once for the count and the pages that follow it; made
     * again at each count and when the filter changes.
     */
    private CaseloadQuery query() {
        if (query == null) {
            query = caseload.query(filter());
        }
        return query;
    }

    private long showCount(long count) {
        shownCount = count;
        refreshShown();
        return count;
    }

    private CaseloadFilter filter() {
        return new CaseloadFilter(lastSearch, status.getValue(), needsAttentionOnly.getValue());
    }

    private void saveDefault() {
        caseload.saveDefaultFilter(filter());
        Notification.show(
                filter().equals(CaseloadFilter.NONE)
                        ? getTranslation("caseload.filter.saved-none")
                        : getTranslation("caseload.filter.saved"));
    }

    private String nameWithPartner(CaseloadEntry row) {
        return row.partnerName() == null
                ? row.fullName()
                : getTranslation("caseload.name-with-partner", row.fullName(), row.partnerName());
    }

    private String trust(CaseloadEntry row) {
        if (row.mainScaleLatest() == null) {
            return "—";
        }
        return row.mainScaleTrend() == null
                ? String.valueOf(row.mainScaleLatest())
                : getTranslation(
                        "caseload.trust-with-trend",
                        row.mainScaleLatest(),
                        getTranslation(row.mainScaleTrend().key()));
    }

    /**
     * Enter on a focused row opens the client, as a click does: the grid turns Space into a click
     * itself, but Enter only moves into the cell, and a keyboard user had no way to open a client.
     */
    private void openOnEnter() {
        grid.getElement()
                .addEventListener("keydown", event -> {
                    String key = event.getEventData().path(ROW_KEY).asString("");
                    CaseloadEntry row = key.isEmpty()
                            ? null
                            : grid.getDataCommunicator().getKeyMapper().get(key);
                    if (row != null) {
                        open(row);
                    }
                })
                .addEventData(ROW_KEY)
                .setFilter(ENTER_ON_ROW);
    }

    private void open(CaseloadEntry row) {
        getUI().ifPresent(ui -> ui.navigate(ClientView.class, row.clientId().toString()));
    }

    private void afterInvite() {
        query = null;
        grid.getDataProvider().refreshAll();
        refreshSummary();
    }

    /** Counts the caseload and what waits for review again (on opening, after an invitation). */
    private void refreshSummary() {
        caseloadSize = clients.caseloadSize();
        long toReview = inbox.count(); // the inbox's own count, so the link and the list always agree
        reviewLine.removeAll();
        if (toReview > 0) {
            reviewLine.add(new Text(" · "));
            reviewLine.add(new RouterLink(getTranslation("caseload.to-review", toReview), ReviewInboxView.class));
        }
        refreshShown();
    }

    /** "14 clients", or with a search or filter "3 of 14 clients shown": the count follows the grid. */
    private void refreshShown() {
        CaseloadFilter filter = filter();
        shown.setText(
                filter.equals(CaseloadFilter.NONE)
                        ? getTranslation("caseload.count", caseloadSize)
                        : getTranslation("caseload.count-shown", shownCount, caseloadSize));
    }

    /** Wide enough for the header's one word whole beside its sort arrows, in any language: at least 8em. */
    private String widthOfHeader(String key) {
        return (int) Math.max(8, Math.ceil(getTranslation(key).length() * 0.65 + 4)) + "em";
    }
}
