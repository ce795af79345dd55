package org.mendwell.intake;

import java.time.ZoneId;
import java.util.Optional;
import org.mendwell.client.SignedInClient;
import org.mendwell.intake.domain.Intake;
import org.mendwell.intake.domain.IntakeRepository;
import org.mendwell.shared.time.OwnTimeZone;
import org.mendwell.shared.time.ViewerTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in client's own zone, from their submitted intake, for every page they open (through
 * {@link ViewerTime}): the same zone their exercises fall due in. A draft's zone is not used yet.
 */
@Component
@Transactional(readOnly = true)
class IntakeTimeZone implements OwnTimeZone {

    private final SignedInClient signedInClient;
    private final IntakeRepository intakes;

    IntakeTimeZone(SignedInClient signedInClient, IntakeRepository intakes) {
        this.signedInClient = signedInClient;
        this.intakes = intakes;
    }

    @Override
    public Optional<ZoneId> ofSignedInPerson() {
        return signedInClient
                .clientId()
                .flatMap(intakes::findById)
                .filter(Intake::isSubmitted)
                .flatMap(intake -> ViewerTime.known(intake.getAnswers().getTimeZone()));
    }
}
