package org.mendwell.agreements.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;
import org.mendwell.agreements.Frequency;
import org.mendwell.agreements.PromiseSchedule;

/** One partner's promise, as their clinician recorded it. */
@Entity
@Table(name = "agreement")
public class Agreement {

    @Id
    private UUID id;

    /** The promiser. */
    @Column(name = "client_id", nullable = false)
    private UUID clientId;

    @Column(name = "clinician_id", nullable = false)
    private UUID clinicianId;

    @Column(nullable = false, length = 500)
    private String words;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Frequency frequency;

    /** The chosen weekdays as their names, comma-separated. */
    @Column(length = 60)
    private @Nullable String weekdays;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private @Nullable LocalDate endDate;

    @Column(name = "visible_to_partner", nullable = false)
    private boolean visibleToPartner;

    @Column(name = "safety_override_reason", length = 500)
    private @Nullable String safetyOverrideReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When the couple link ended: from then on the other partner never sees it, even if they are linked again. */
    @Column(name = "withdrawn_from_partner_at")
    private @Nullable Instant withdrawnFromPartnerAt;

    /** When a couple link ended for safety: from then on neither partner sees or marks it. */
    @Column(name = "stopped_at")
    private @Nullable Instant stoppedAt;

    /** Every stop and resumption, oldest first: the days inside a pause are not due. */
    @ElementCollection
    @BatchSize(size = 100) // a couple's agreements are listed together: their pauses in one statement, not one each
    @CollectionTable(name = "agreement_pause", joinColumns = @JoinColumn(name = "agreement_id"))
    @OrderBy("stoppedAt")
    private List<AgreementPause> pauses = new ArrayList<>();

    @Version
    private long version;

    protected Agreement() {
        this.id = new UUID(0, 0);
        this.clientId = id;
        this.clinicianId = id;
        this.words = "";
        this.frequency = Frequency.DAILY;
        this.startDate = LocalDate.EPOCH;
        this.createdAt = Instant.EPOCH;
    }

    public Agreement(
            UUID clientId,
            UUID clinicianId,
            String words,
            PromiseSchedule schedule,
            boolean visibleToPartner,
            @Nullable String safetyOverrideReason,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.clientId = clientId;
        this.clinicianId = clinicianId;
        this.words = words;
        this.frequency = schedule.frequency();
        this.weekdays = schedule.frequency() == Frequency.WEEKDAYS
                ? schedule.weekdays().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","))
                : null;
        this.startDate = schedule.start();
        this.endDate = schedule.end();
        this.visibleToPartner = visibleToPartner;
        this.safetyOverrideReason = safetyOverrideReason;
        this.createdAt = createdAt;
    }

    public PromiseSchedule schedule() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (weekdays != null && !weekdays.isBlank()) {
            Arrays.stream(weekdays.split(",")).map(DayOfWeek::valueOf).forEach(days::add);
        }
        return new PromiseSchedule(
                frequency,
                days,
                startDate,
                endDate,
                pauses.stream().map(AgreementPause::asPause).toList());
    }

    /** Whether the case's safety flag lets this agreement be used: only with the clinician's written reason. */
    public boolean openDespiteFlag() {
        return safetyOverrideReason != null;
    }

    /**
     * The promiser's couple link ended: the agreement is withdrawn from the partner's view for good; on a safety
     * ending it stops as well, after {@code promisersToday} (that day was still due). The first ending counts; a
     * later one changes nothing already recorded, unless the clinician had resumed it: then it stops again.
     */
    public void coupleLinkEnded(Instant at, boolean forSafety, LocalDate promisersToday) {
        if (withdrawnFromPartnerAt == null) {
            withdrawnFromPartnerAt = at;
        }
        // A promise the partner never saw is the promiser's individual work, which goes on after a safety ending.
        if (forSafety && visibleToPartner && stoppedAt == null) {
            stoppedAt = at;
            pauses.add(new AgreementPause(at, promisersToday));
        }
    }

    /**
     * The clinician starts a stopped agreement again: due from {@code promisersToday}, nothing due for the days it
     * was stopped. A written reason (a flagged case) is kept with the pause, and opens the agreement despite the
     * flag if it had no reason of its own. The partner's view stays withdrawn.
     */
    public void resume(Instant at, LocalDate promisersToday, @Nullable String reason) {
        if (stoppedAt == null) {
            return;
        }
        stoppedAt = null;
        pauses.stream().filter(AgreementPause::isOpen).forEach(pause -> pause.resume(at, promisersToday, reason));
        if (reason != null && safetyOverrideReason == null) {
            safetyOverrideReason = reason;
        }
    }

    /** Whether the other partner may see it: chosen visible, and not withdrawn when a couple link ended. */
    public boolean seenByPartner() {
        return visibleToPartner && withdrawnFromPartnerAt == null;
    }

    public boolean isWithdrawnFromPartner() {
        return withdrawnFromPartnerAt != null;
    }

    /** Stopped when a couple link ended for safety: read-only for the promiser, gone from the partner's view. */
    public boolean isStopped() {
        return stoppedAt != null;
    }

    public UUID getId() {
        return id;
    }

    public UUID getClientId() {
        return clientId;
    }

    public String getWords() {
        return words;
    }

    public boolean isVisibleToPartner() {
        return visibleToPartner;
    }

    public @Nullable String getSafetyOverrideReason() {
        return safetyOverrideReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
