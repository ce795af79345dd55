package org.mendwell.intake.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface IntakeRepository extends JpaRepository<Intake, UUID> {

    /** Client id and time zone of the given clients' submitted intakes; nothing else of the answers. */
    @Query("""
            select i.clientId, i.answers.timeZone from Intake i
            where i.clientId in :clientIds and i.submittedAt is not null and i.answers.timeZone is not null
            """)
    List<Object[]> submittedTimeZones(@Param("clientIds") Collection<UUID> clientIds);
}
