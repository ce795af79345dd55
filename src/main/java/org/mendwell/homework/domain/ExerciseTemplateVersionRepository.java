package org.mendwell.homework.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ExerciseTemplateVersionRepository extends JpaRepository<ExerciseTemplateVersion, UUID> {

    Optional<ExerciseTemplateVersion> findByTemplateIdAndNumber(UUID templateId, int number);

    long countByTemplateId(UUID templateId);

    /** The newest version of a template in one language (a built-in exercise's translation). */
    Optional<ExerciseTemplateVersion> findFirstByTemplateIdAndLanguageOrderByNumberDesc(
            UUID templateId, String language);

    /** The highest version number of a template in any language: versions in all languages share one sequence. */
    @Query("select coalesce(max(v.number), 0) from ExerciseTemplateVersion v where v.templateId = :templateId")
    int highestNumber(UUID templateId);
}
