package org.mendwell.homework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mendwell.homework.AssignmentStatus;
import org.mendwell.homework.ExerciseSchedule;
import org.mendwell.homework.ExerciseTerms.Schedule;

/** An exercise given to one client, in the template version it was given in. */
@Entity
@Table(name = "assignment")
public class Assignment {

    @Id
    private UUID id;

    @Column(name = "client_id", nullable = false)
    private UUID clientId;

    @Column(name = "clinician_id", nullable = false)
    private UUID clinicianId;

    @Column(name = "template_id", nullable = false)
    private UUID templateId;

    @Column(name = "template_version", nullable = false)
    private int templateVersion;

    @Column(nullable = false, length = 80)
    private String title;

    @Column(length = 2000)
    private @Nullable String instructions;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Schedule frequency;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "until_date")
    private @Nullable LocalDate untilDate;

    @Column(name = "occurrence_count")
    private @Nullable Integer occurrenceCount;

    /** Weekly days as their names, comma-separated. */
    @Column(length = 60)
    private @Nullable String weekdays;

    @Column(name = "due_time", nullable = false)
    private LocalTime dueTime;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AssignmentStatus status;

    @Column(name = "safety_override_reason", length = 500)
    private @Nullable String safetyOverrideReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Assignment() {
        this.id = UUID.randomUUID();
        this.clientId = id;
        this.clinicianId = id;
        this.templateId = id;
        this.title = "";
        this.frequency = Schedule.ONCE;
        this.startDate = LocalDate.EPOCH;
        this.dueTime = LocalTime.MIDNIGHT;
        this.timeZone = "UTC";
        this.status = AssignmentStatus.ACTIVE;
        this.createdAt = Instant.EPOCH;
    }

    public Assignment(
            UUID clientId,
            UUID clinicianId,
            UUID templateId,
            int templateVersion,
            String title,
            @Nullable String instructions,
            ExerciseSchedule schedule,
            String timeZone,
            @Nullable String safetyOverrideReason,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.clientId = clientId;
        this.clinicianId = clinicianId;
        this.templateId = templateId;
        this.templateVersion = templateVersion;
        this.title = title;
        this.instructions = instructions;
        this.frequency = schedule.frequency();
        this.startDate = schedule.start();
        this.untilDate = schedule.until();
        this.occurrenceCount = schedule.count();
        this.weekdays = schedule.weekdays().isEmpty()
                ? null
                : schedule.weekdays().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.dueTime = schedule.dueTime();
        this.timeZone = timeZone;
        this.status = AssignmentStatus.ACTIVE;
        this.safetyOverrideReason = safetyOverrideReason;
        this.createdAt = createdAt;
    }

    public void changeStatus(AssignmentStatus newStatus) {
        if (!status.canMoveTo(newStatus)) {
            throw new IllegalStateException("An assignment cannot move from " + status + " to " + newStatus);
        }
        this.status = newStatus;
    }

    public Set<DayOfWeek> getWeekdays() {
        if (weekdays == null || weekdays.isBlank()) {
            return EnumSet.noneOf(DayOfWeek.class);
        }
        return Arrays.stream(weekdays.split(","))
                .map(DayOfWeek::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }

    public UUID getId() {
        return id;
    }

    public UUID getClientId() {
        return clientId;
    }

    public UUID getClinicianId() {
        return clinicianId;
    }

    public UUID getTemplateId() {
        return templateId;
    }

    public int getTemplateVersion() {
        return templateVersion;
    }

    public String getTitle() {
        return title;
    }

    public @Nullable String getInstructions() {
        return instructions;
    }

    public Schedule getFrequency() {
        return frequency;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public @Nullable LocalDate getUntilDate() {
        return untilDate;
    }

    public @Nullable Integer getOccurrenceCount() {
        return occurrenceCount;
    }

    public LocalTime getDueTime() {
        return dueTime;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public AssignmentStatus getStatus() {
        return status;
    }

    public @Nullable String getSafetyOverrideReason() {
        return safetyOverrideReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
