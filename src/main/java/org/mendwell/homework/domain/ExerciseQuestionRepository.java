package org.mendwell.homework.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ExerciseQuestionRepository extends JpaRepository<ExerciseQuestion, UUID> {

    List<ExerciseQuestion> findByTemplateVersionIdOrderByPosition(UUID templateVersionId);

    /** The questions of every version of a template. */
    @Query("""
            select q from ExerciseQuestion q
            where q.templateVersionId in (select v.id from ExerciseTemplateVersion v where v.templateId = :templateId)
            """)
    List<ExerciseQuestion> findByTemplateId(@Param("templateId") UUID templateId);
}
