package org.mendwell.homework.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExerciseQuestionRepository extends JpaRepository<ExerciseQuestion, UUID> {

    List<ExerciseQuestion> findByTemplateVersionIdOrderByPosition(UUID templateVersionId);
}
