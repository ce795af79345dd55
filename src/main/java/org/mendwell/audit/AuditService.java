package org.mendwell.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mendwell.account.Roles;
import org.mendwell.shared.SpreadsheetText;
import org.mendwell.shared.audit.Audited;
import org.mendwell.shared.audit.Audited.Access;
import org.mendwell.shared.audit.Audited.Subject;
import org.mendwell.shared.i18n.Messages;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's view of the audit trail: search it, export it, and check that it is intact. */
@Service
@Transactional(readOnly = true)
public class AuditService {

    private final AuditTrail trail;

    AuditService(AuditTrail trail) {
        this.trail = trail;
    }

    /**
     * One page of the trail, newest first unless the page asks for sequence order. No total: the grid
     * scrolls without one, and counting the fastest-growing table on every page would cost more than the page.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @Audited(value = Access.READ, record = Subject.AUDIT)
    public List<AuditEntry> entries(AuditFilter filter, Pageable pageable) {
        boolean oldestFirst = pageable.getSort().stream()
                .anyMatch(order -> order.getProperty().equals("seq") && order.getDirection() == Sort.Direction.ASC);
        return trail.search(filter, (int) pageable.getOffset(), pageable.getPageSize(), !oldestFirst);
    }

    /**
     * One page of the trail as the administrator reads it, each entry with the name of the client it is
     * about. Names are read from the client records as the page is shown: the stored entries keep ids only.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @Audited(value = Access.READ, record = Subject.AUDIT)
    public List<AuditLine> lines(AuditFilter filter, Pageable pageable) {
        List<AuditEntry> entries = entries(filter, pageable);
        var names = trail.clientNames(entries.stream()
                .map(AuditEntry::clientId)
                .filter(Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet()));
        return entries.stream()
                .map(entry -> new AuditLine(entry, entry.clientId() == null ? null : names.get(entry.clientId())))
                .toList();
    }

    /**
     * The clients whose name contains the text, by name, a page at a time: the trail's filter chooses a
     * client by name, and a practice may have thousands.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @Audited(value = Access.READ, record = Subject.AUDIT)
    public List<AuditClient> clientsNamed(String text, Pageable pageable) {
        return trail.clientsNamed(text == null ? "" : text, (int) pageable.getOffset(), pageable.getPageSize());
    }

    /**
     * Walks the whole chain: consecutive numbers from 1, each entry's previous hash equal to the hash
     * before it, each hash equal to the hash of its own fields, and the chain head at the last entry.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @Audited(value = Access.READ, record = Subject.AUDIT)
    public ChainCheck verify() {
        var walk = new Object() {
            long expectedSeq = 1;
            String previous = ChainHash.GENESIS;
            ChainCheck broken;
        };
        trail.forEachInOrder(entry -> {
            if (walk.broken != null) {
                return;
            }
            if (entry.seq() != walk.expectedSeq) {
                walk.broken = broken(
                        walk.expectedSeq - 1,
                        walk.expectedSeq,
                        Messages.ofPage("audit.chain.missing", walk.expectedSeq));
            } else if (!entry.previousHash().equals(walk.previous)) {
                walk.broken = broken(
                        walk.expectedSeq - 1, entry.seq(), Messages.ofPage("audit.chain.out-of-order", entry.seq()));
            } else if (!ChainHash.of(entry).equals(entry.hash())) {
                walk.broken =
                        broken(walk.expectedSeq - 1, entry.seq(), Messages.ofPage("audit.chain.changed", entry.seq()));
            }
            walk.previous = entry.hash();
            walk.expectedSeq++;
        });
        if (walk.broken != null) {
            return walk.broken;
        }
        long checked = walk.expectedSeq - 1;
        Object[] head = trail.head();
        if ((Long) head[0] != checked || !Objects.equals(head[1], walk.previous)) {
            return broken(checked, checked + 1, Messages.ofPage("audit.chain.head", head[0]));
        }
        return new ChainCheck(true, checked, null, Messages.ofPage("audit.chain.intact", checked));
    }

    /** The filtered trail as CSV, oldest first, written as it is read. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Audited(value = Access.EXPORT, record = Subject.AUDIT)
    public void exportCsv(AuditFilter filter, Writer out) {
        try (var csv = new CSVPrinter(
                out,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(
                                "seq",
                                // ISO 8601 instants with their offset (Z, UTC): the same in every language.
                                "time_iso8601_utc",
                                "user",
                                "role",
                                "action",
                                "operation",
                                "record_type",
                                "record_id",
                                "client_id",
                                "address",
                                "hash")
                        .get())) {
            int offset = 0;
            while (true) {
                var page = trail.search(filter, offset, 1000, false);
                for (AuditEntry e : page) {
                    // A failed sign-in records whatever was typed as the address: keep a spreadsheet from running it.
                    csv.printRecord(
                            e.seq(),
                            e.occurredAt(),
                            SpreadsheetText.inert(e.actorEmail()),
                            e.actorRole(),
                            e.action(),
                            e.operation(),
                            e.recordType(),
                            e.recordId(),
                            e.clientId(),
                            e.remoteAddress(),
                            e.hash());
                }
                if (page.size() < 1000) {
                    return;
                }
                offset += page.size();
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static ChainCheck broken(long checked, long at, String finding) {
        return new ChainCheck(false, checked, at, Messages.ofPage("audit.chain.broken", finding));
    }
}
