package org.mendwell.client.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CoupleRelinkRepository extends JpaRepository<CoupleRelink, UUID> {

    /** The open proposal that involves this client, if any (at most one is open per client). */
    @Query("""
            select r from CoupleRelink r
            where (r.firstClientId = :clientId or r.secondClientId = :clientId) and r.closedAt is null
            """)
    Optional<CoupleRelink> openFor(@Param("clientId") UUID clientId);
}
