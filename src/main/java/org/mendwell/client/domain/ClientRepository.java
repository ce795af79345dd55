package org.mendwell.client.domain;

import java.util.Optional;
import java.util.UUID;
import org.mendwell.client.CaseloadRow;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ClientRepository extends JpaRepository<Client, UUID> {

    /** One page of a clinician's caseload in one statement; sorting comes from the pageable. */
    @Query("""
            select new org.mendwell.client.CaseloadRow(c.id, c.fullName, c.email, c.status, c.safetyFlag,
                   c.createdAt, c.statusChangedAt)
            from Client c
            where c.clinicianId = :clinicianId
              and (:text = '' or lower(c.fullName) like concat('%', :text, '%')
                   or lower(c.email) like concat('%', :text, '%'))
            """)
    Page<CaseloadRow> caseload(@Param("clinicianId") UUID clinicianId, @Param("text") String text, Pageable pageable);

    long countByClinicianId(UUID clinicianId);

    Optional<Client> findByAccountId(UUID accountId);

    Optional<Client> findByEmail(String email);

    Optional<Client> findByIdAndClinicianId(UUID id, UUID clinicianId);
}
