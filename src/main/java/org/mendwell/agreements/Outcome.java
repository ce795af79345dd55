package org.mendwell.agreements;

/** The promiser's own word on a due day. Only {@link #KEPT} ever reaches the other partner. */
public enum Outcome {
    KEPT,
    PARTLY,
    NOT_THIS_TIME
}
