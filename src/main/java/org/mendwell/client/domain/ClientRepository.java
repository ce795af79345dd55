package org.mendwell.client.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mendwell.client.ClientStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ClientRepository extends JpaRepository<Client, UUID> {

    /** Active clients who have not turned reminders off: only what an e-mail needs, no clinical fields. */
    @Query("""
            select new org.mendwell.client.ReminderRecipient(c.id, c.accountId, c.fullName, c.email) from Client c
            where c.status = org.mendwell.client.ClientStatus.ACTIVE and c.remindersEnabled = true
            order by c.id
            """)
    java.util.List<org.mendwell.client.ReminderRecipient> activeWithRemindersOn();

    long countByClinicianId(UUID clinicianId);

    long countByClinicianIdAndStatus(UUID clinicianId, ClientStatus status);

    long countByClinicianIdAndStatusIn(UUID clinicianId, java.util.Collection<ClientStatus> statuses);

    java.util.List<Client> findByClinicianIdAndStatusInOrderByFullNameAscIdAsc(
            UUID clinicianId, java.util.Collection<ClientStatus> statuses);

    Optional<Client> findByAccountId(UUID accountId);

    Optional<Client> findByEmail(String email);

    boolean existsByAccountIdAndClinicianId(UUID accountId, UUID clinicianId);

    Optional<Client> findByIdAndClinicianId(UUID id, UUID clinicianId);

    /** Clients with an open risk alert, the oldest alert first: a handful at most. */
    List<Client> findByRiskAlertAtIsNotNullOrderByRiskAlertAt();

    /**
     * The client has seen that their clinician changed. A bulk update: the record's version stays, so a
     * clinician's page opened before is not told the record changed.
     */
    @Modifying
    @Query("update Client c set c.clinicianChangedAt = null where c.accountId = :accountId")
    int clinicianChangeSeen(@Param("accountId") UUID accountId);
}
