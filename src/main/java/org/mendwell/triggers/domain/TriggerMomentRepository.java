package org.mendwell.triggers.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TriggerMomentRepository extends JpaRepository<TriggerMoment, UUID> {

    List<TriggerMoment> findByClientIdAndOccurredAtGreaterThanEqualOrderByOccurredAtDesc(UUID clientId, Instant since);

    Optional<TriggerMoment> findFirstByClientIdOrderByOccurredAtAsc(UUID clientId);
}
