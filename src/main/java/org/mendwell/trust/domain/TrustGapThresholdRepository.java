package org.mendwell.trust.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TrustGapThresholdRepository extends JpaRepository<TrustGapThreshold, UUID> {}
