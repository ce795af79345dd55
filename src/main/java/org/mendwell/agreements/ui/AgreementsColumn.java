package org.mendwell.agreements.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.mendwell.agreements.AgreementService;
import org.mendwell.agreements.KeptLately;

/**
 * The caseload grid's column of promises kept in the last four weeks ("5 of 6"): read once for the whole caseload
 * when the grid is built, so the lazy grid's pages cost no query each.
 */
public final class AgreementsColumn {

    private AgreementsColumn() {}

    public static <T> Grid.Column<T> addTo(Grid<T> grid, AgreementService agreements, Function<T, UUID> clientId) {
        Map<UUID, KeptLately> kept = agreements.keptLatelyInMyCaseload();
        return grid.addColumn(row -> {
                    KeptLately lately = kept.get(clientId.apply(row));
                    return lately == null
                            ? "—"
                            : grid.getTranslation("agreements.caseload.kept", lately.kept(), lately.marked());
                })
                .setHeader(grid.getTranslation("agreements.caseload.column"))
                .setAutoWidth(true)
                .setKey("agreements");
    }
}
