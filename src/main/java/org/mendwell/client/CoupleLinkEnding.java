package org.mendwell.client;

/** Why a clinician ended a couple link: the partners separated, or staying linked was not safe. */
public enum CoupleLinkEnding {
    SEPARATION,
    SAFETY
}
