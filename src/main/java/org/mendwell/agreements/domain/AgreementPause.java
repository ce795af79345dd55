package org.mendwell.agreements.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.mendwell.agreements.PromiseSchedule;

/** One stop of an agreement and, once the clinician resumed it, when and why it started again. */
@Embeddable
public class AgreementPause {

    @Column(name = "stopped_at", nullable = false)
    private Instant stoppedAt;

    @Column(name = "stopped_on", nullable = false)
    private LocalDate stoppedOn;

    @Column(name = "resumed_at")
    private @Nullable Instant resumedAt;

    @Column(name = "resumed_on")
    private @Nullable LocalDate resumedOn;

    @Column(name = "resume_reason", length = 500)
    private @Nullable String resumeReason;

    protected AgreementPause() {
        this(Instant.EPOCH, LocalDate.EPOCH);
    }

    AgreementPause(Instant stoppedAt, LocalDate stoppedOn) {
        this.stoppedAt = stoppedAt;
        this.stoppedOn = stoppedOn;
    }

    boolean isOpen() {
        return resumedOn == null;
    }

    void resume(Instant at, LocalDate on, @Nullable String reason) {
        this.resumedAt = at;
        this.resumedOn = on;
        this.resumeReason = reason;
    }

    PromiseSchedule.Pause asPause() {
        return new PromiseSchedule.Pause(stoppedOn, resumedOn);
    }
}
