package org.mendwell.agreements;

/** Who makes the promise, seen from the client whose page the clinician is on. */
public enum Promisers {
    CLIENT,
    PARTNER,
    BOTH
}
