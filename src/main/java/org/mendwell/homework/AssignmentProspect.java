package org.mendwell.homework;

import java.util.List;

/**
 * What the clinician should know before giving a chosen exercise to a chosen client: whether the case's
 * safety flag asks for a written reason (a couples exercise when either partner is flagged), and which
 * active assignments of the same exercise the client and their partner already have.
 */
public record AssignmentProspect(boolean safetyReasonNeeded, List<AssignmentSummary> alreadyActive) {}
