package org.mendwell.account.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, UUID> {

    List<RecoveryCode> findByAccountIdAndUsedAtIsNull(UUID accountId);

    void deleteByAccountId(UUID accountId);

    /**
     * Uses the code up unless another session already has; 1 when this call used it. The database
     * decides: a second update waits for the first one's row lock, then finds the code used.
     */
    @Modifying
    @Query("update RecoveryCode r set r.usedAt = :at where r.id = :id and r.usedAt is null")
    int useIfUnused(@Param("id") UUID id, @Param("at") Instant at);
}
