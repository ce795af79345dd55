package org.mendwell.client.domain;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.client.CaseloadRow;
import org.mendwell.client.ClientStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ClientRepository extends JpaRepository<Client, UUID> {

    /** One page of a clinician's caseload in one statement; sorting comes from the pageable. */
    @Query(value = """
            select new org.mendwell.client.CaseloadRow(c.id, c.fullName, c.email, c.status, c.safetyFlag,
                   case when c.riskAlertAt is null then false else true end,
                   c.createdAt, c.statusChangedAt, p.fullName)
            from Client c left join Client p on p.id = c.partnerId
            where c.clinicianId = :clinicianId
              and (:text = '' or lower(c.fullName) like :text escape '!' or lower(c.email) like :text escape '!')
              and (:status is null or c.status = :status)
              and (:flaggedOnly = false or c.safetyFlag = true or c.riskAlertAt is not null)
              and (:unpairedOnly = false or c.partnerId is null)
            """, countQuery = """
            select count(c) from Client c
            where c.clinicianId = :clinicianId
              and (:text = '' or lower(c.fullName) like :text escape '!' or lower(c.email) like :text escape '!')
              and (:status is null or c.status = :status)
              and (:flaggedOnly = false or c.safetyFlag = true or c.riskAlertAt is not null)
              and (:unpairedOnly = false or c.partnerId is null)
            """)
    Page<CaseloadRow> caseload(@Param("clinicianId") UUID clinicianId, @Param("text") String text,
                               @Param("status") @Nullable ClientStatus status,
                               @Param("flaggedOnly") boolean flaggedOnly,
                               @Param("unpairedOnly") boolean unpairedOnly, Pageable pageable);

    /** Active clients who have not turned reminders off: only what an e-mail needs, no clinical fields. */
    @Query("""
            select new org.mendwell.client.ReminderRecipient(c.id, c.fullName, c.email) from Client c
            where c.status = org.mendwell.client.ClientStatus.ACTIVE and c.remindersEnabled = true
            order by c.id
            """)
    java.util.List<org.mendwell.client.ReminderRecipient> activeWithRemindersOn();

    long countByClinicianId(UUID clinicianId);

    long countByClinicianIdAndStatus(UUID clinicianId, ClientStatus status);

    long countByClinicianIdAndStatusIn(UUID clinicianId, java.util.Collection<ClientStatus> statuses);

    java.util.List<Client> findByClinicianIdAndStatusInOrderByFullNameAscIdAsc(UUID clinicianId,
                                                                              java.util.Collection<ClientStatus> statuses);

    Optional<Client> findByAccountId(UUID accountId);

    Optional<Client> findByEmail(String email);

    boolean existsByAccountIdAndClinicianId(UUID accountId, UUID clinicianId);

    Optional<Client> findByIdAndClinicianId(UUID id, UUID clinicianId);

    /**
     * The client has seen that their clinician changed. A bulk update: the record's version stays, so a
     * clinician's page opened before is not told the record changed.
     */
    @Modifying
    @Query("update Client c set c.clinicianChangedAt = null where c.accountId = :accountId")
    int clinicianChangeSeen(@Param("accountId") UUID accountId);
}
