package org.mendwell.homework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.homework.ExerciseTerms.Audience;
import org.mendwell.homework.ExerciseTerms.Measure;
import org.mendwell.homework.ExerciseTerms.Schedule;
import org.mendwell.homework.ExerciseTerms.Theme;

/**
 * A template in the exercise library: how it is filed (theme, audience, time) and which version is
 * current. Built-in templates have a key and no owner; a clinician's own have an owner.
 */
@Entity
@Table(name = "exercise_template")
public class ExerciseTemplate {

    @Id
    private UUID id;

    @Column(name = "template_key", length = 80)
    private @Nullable String key;

    @Column(name = "owner_id")
    private @Nullable UUID ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Theme theme;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Audience audience;

    @Column(name = "couples_exercise", nullable = false)
    private boolean couplesExercise;

    @Column(nullable = false)
    private int minutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "suggested_schedule", nullable = false, length = 16)
    private Schedule suggestedSchedule;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private @Nullable Measure measure;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    /** The current version's title, kept here so the library lists and sorts in one query. */
    @Column(nullable = false, length = 80)
    private String title;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ExerciseTemplate() {
        this(null, null, Theme.REFLECTION, Audience.EITHER, false, 1, Schedule.ONCE, null, Instant.EPOCH);
    }

    public ExerciseTemplate(
            @Nullable String key,
            @Nullable UUID ownerId,
            Theme theme,
            Audience audience,
            boolean couplesExercise,
            int minutes,
            Schedule suggestedSchedule,
            @Nullable Measure measure,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.key = key;
        this.ownerId = ownerId;
        this.theme = theme;
        this.audience = audience;
        this.couplesExercise = couplesExercise;
        this.minutes = minutes;
        this.suggestedSchedule = suggestedSchedule;
        this.measure = measure;
        this.title = "";
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** Makes a newly added version the current one. */
    public void publish(ExerciseTemplateVersion newVersion) {
        this.currentVersion = newVersion.getNumber();
        this.title = newVersion.getTitle();
        this.updatedAt = newVersion.getCreatedAt();
    }

    /** Filing is not part of what a client sees, so it changes in place, without a new version. */
    public void refile(
            Theme theme, Audience audience, boolean couplesExercise, int minutes, Schedule suggestedSchedule) {
        this.theme = theme;
        this.audience = audience;
        this.couplesExercise = couplesExercise;
        this.minutes = minutes;
        this.suggestedSchedule = suggestedSchedule;
    }

    /** Leaves the library and cannot be given any more; exercises already given are untouched. */
    public void archive() {
        this.archived = true;
    }

    public void restore() {
        this.archived = false;
    }

    public UUID getId() {
        return id;
    }

    public @Nullable String getKey() {
        return key;
    }

    public @Nullable UUID getOwnerId() {
        return ownerId;
    }

    public boolean isBuiltIn() {
        return ownerId == null;
    }

    public Theme getTheme() {
        return theme;
    }

    public Audience getAudience() {
        return audience;
    }

    public boolean isCouplesExercise() {
        return couplesExercise;
    }

    public int getMinutes() {
        return minutes;
    }

    public Schedule getSuggestedSchedule() {
        return suggestedSchedule;
    }

    public @Nullable Measure getMeasure() {
        return measure;
    }

    public boolean isArchived() {
        return archived;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    public String getTitle() {
        return title;
    }

    /** The optimistic-lock counter, which an editor hands back so a stale save is refused; not a content version. */
    public long getVersion() {
        return version;
    }
}
