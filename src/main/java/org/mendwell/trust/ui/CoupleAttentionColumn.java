package org.mendwell.trust.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.mendwell.trust.AttentionReason;
import org.mendwell.trust.TrustGapService;
import org.springframework.modulith.NamedInterface;

/**
 * The caseload grid's column of why a couple needs attention ("Gap above the threshold: Trust", "Jonas Kettering
 * stopped checking in"): read once for the whole caseload when the grid is built (a few statements, whatever its
 * size), so the lazy grid's pages still cost one statement each, as the agreements' column does.
 */
@NamedInterface("couple-attention-column")
public final class CoupleAttentionColumn {

    private CoupleAttentionColumn() {}

    public static <T> Grid.Column<T> addTo(Grid<T> grid, TrustGapService trustGap, Function<T, UUID> clientId) {
        Map<UUID, List<AttentionReason>> reasons = trustGap.attentionReasonsInMyCaseload();
        return grid.addColumn(row -> text(grid, reasons.getOrDefault(clientId.apply(row), List.of())))
                .setHeader(grid.getTranslation("trust.caseload.column"))
                .setAutoWidth(true)
                .setKey("couple-attention");
    }

    /** "Gap above the threshold: Hope, Trust; Jonas Kettering stopped checking in", or a dash. */
    private static String text(Grid<?> grid, List<AttentionReason> reasons) {
        List<String> parts = new ArrayList<>();
        reasons.stream()
                .filter(reason -> reason.kind() == AttentionReason.Kind.GAP_ABOVE_THRESHOLD)
                .map(AttentionReason::scale)
                .reduce((first, next) -> grid.getTranslation("trust.caseload.list", first, next))
                .ifPresent(scales -> parts.add(grid.getTranslation("trust.caseload.gap", scales)));
        reasons.stream()
                .filter(reason -> reason.kind() == AttentionReason.Kind.STOPPED_CHECKING_IN)
                .forEach(reason -> parts.add(grid.getTranslation("trust.caseload.stopped", reason.who())));
        return parts.stream()
                .reduce((first, next) -> grid.getTranslation("trust.caseload.and", first, next))
                .orElse("—");
    }
}
