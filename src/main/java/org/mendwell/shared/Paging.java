package org.mendwell.shared;

import java.util.Set;
import org.mendwell.shared.i18n.Messages;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Page requests that arrive from grids: only known properties reach the ORDER BY, and order is stable. */
public final class Paging {

    private Paging() {}

    /** A sort a grid does not offer (a crafted request): refused in the reader's language, naming the property. */
    public static InvalidInputException unknownSort(String property) {
        return InvalidInputException.of("sort", Messages.ofPage("shared.sort.unknown", property));
    }

    /**
     * @param sortable the entity properties a grid may sort by
     * @param tieBreak appended after the requested order so that rows never swap between pages
     */
    public static Pageable restrictSort(Pageable requested, Set<String> sortable, Sort tieBreak) {
        for (Sort.Order order : requested.getSort()) {
            if (!sortable.contains(order.getProperty())) {
                throw unknownSort(order.getProperty());
            }
        }
        return PageRequest.of(
                requested.getPageNumber(),
                requested.getPageSize(),
                requested.getSort().and(tieBreak));
    }

    /**
     * A LIKE pattern that finds the typed text anywhere, case-insensitively; the text's own % and _
     * are escaped with '!', so queries use {@code like :pattern escape '!'}. Blank text gives "".
     */
    public static String containsPattern(String text) {
        String needle = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (needle.isEmpty()) {
            return "";
        }
        return "%" + needle.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
