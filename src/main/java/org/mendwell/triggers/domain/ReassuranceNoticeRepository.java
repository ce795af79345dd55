package org.mendwell.triggers.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReassuranceNoticeRepository extends JpaRepository<ReassuranceNotice, UUID> {

    List<ReassuranceNotice> findByToClientIdAndSeenAtIsNullOrderBySentAtDesc(UUID toClientId);

    boolean existsByToClientIdAndSentAtAfter(UUID toClientId, Instant after);
}
