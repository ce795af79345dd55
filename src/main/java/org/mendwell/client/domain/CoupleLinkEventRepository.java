package org.mendwell.client.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CoupleLinkEventRepository extends JpaRepository<CoupleLinkEvent, UUID> {

    /** Every ending and re-linking a client was part of, on either side, oldest first. */
    @Query("""
            select e from CoupleLinkEvent e where e.clientId = :clientId or e.partnerId = :clientId
            order by e.occurredAt, e.id
            """)
    List<CoupleLinkEvent> historyOf(@Param("clientId") UUID clientId);
}
