package org.mendwell.intake.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IntakeRepository extends JpaRepository<Intake, UUID> {
}
