package org.mendwell.homework;

/**
 * What a clinician's daily digest may say: how many exercises were submitted in a period, by how many
 * clients, and how many of all their submissions still wait for review. Counts only.
 */
public record NewSubmissions(long submissions, long clients, long waitingForReview) {

    public boolean isEmpty() {
        return submissions == 0;
    }
}
