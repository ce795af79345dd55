package org.mendwell.homework.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ExerciseTemplateRepository extends JpaRepository<ExerciseTemplate, UUID> {

    Optional<ExerciseTemplate> findByKey(String key);

    /** One template, if the clinician may see it: built-in or their own. */
    @Query("select t from ExerciseTemplate t where t.id = :id and (t.ownerId is null or t.ownerId = :clinicianId)")
    Optional<ExerciseTemplate> findVisible(@Param("id") UUID id, @Param("clinicianId") UUID clinicianId);
}
