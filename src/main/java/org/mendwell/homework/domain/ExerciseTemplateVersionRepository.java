package org.mendwell.homework.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExerciseTemplateVersionRepository extends JpaRepository<ExerciseTemplateVersion, UUID> {

    Optional<ExerciseTemplateVersion> findByTemplateIdAndNumber(UUID templateId, int number);

    long countByTemplateId(UUID templateId);
}
