package org.mendwell.homework;

import org.mendwell.client.ClientHandedOver;
import org.mendwell.homework.domain.AssignmentRepository;
import org.mendwell.homework.domain.SubmissionRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A client handed to another clinician takes their exercises with them: the new clinician reviews what
 * waits, and what the client submits from now on reaches them. Runs in the handover's transaction.
 */
@Component
class FollowHandover {

    private final AssignmentRepository assignments;
    private final SubmissionRepository submissions;

    FollowHandover(AssignmentRepository assignments, SubmissionRepository submissions) {
        this.assignments = assignments;
        this.submissions = submissions;
    }

    @EventListener
    void onClientHandedOver(ClientHandedOver event) {
        assignments.moveToClinician(event.clientId(), event.toClinicianId());
        submissions.moveToClinician(event.clientId(), event.toClinicianId());
    }
}
