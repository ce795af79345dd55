package org.mendwell.homework.domain;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.homework.ExerciseTerms.Audience;
import org.mendwell.homework.ExerciseTerms.Theme;
import org.mendwell.homework.TemplateSummary;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ExerciseTemplateRepository extends JpaRepository<ExerciseTemplate, UUID> {

    Optional<ExerciseTemplate> findByKey(String key);

    /** The library a clinician sees: built-in templates and their own, their archived ones only when asked. */
    @Query("""
            select new org.mendwell.homework.TemplateSummary(t.id, t.title, t.theme, t.audience, t.minutes,
                   t.suggestedSchedule, t.couplesExercise, t.measure,
                   case when t.ownerId is null then true else false end, t.currentVersion, t.archived)
            from ExerciseTemplate t
            where (t.ownerId is null or t.ownerId = :clinicianId)
              and (t.archived = false or :withArchived = true)
              and (:theme is null or t.theme = :theme)
              and (:audience is null or t.audience = :audience)
              and (:text = '' or lower(t.title) like :text escape '!')
            """)
    Page<TemplateSummary> library(
            @Param("clinicianId") UUID clinicianId,
            @Param("text") String text,
            @Param("theme") @Nullable Theme theme,
            @Param("audience") @Nullable Audience audience,
            @Param("withArchived") boolean withArchived,
            Pageable pageable);

    /** One template, if the clinician may see it: built-in or their own. */
    @Query("select t from ExerciseTemplate t where t.id = :id and (t.ownerId is null or t.ownerId = :clinicianId)")
    Optional<ExerciseTemplate> findVisible(@Param("id") UUID id, @Param("clinicianId") UUID clinicianId);
}
