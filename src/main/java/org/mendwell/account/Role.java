package org.mendwell.account;

/** The three kinds of people who use Mendwell. Each account has exactly one. */
public enum Role {
    ADMIN,
    CLINICIAN,
    CLIENT;

    /** The route a person of this role lands on after signing in. */
    public String homeRoute() {
        return switch (this) {
            case ADMIN -> "admin";
            case CLINICIAN -> "caseload";
            case CLIENT -> "my/exercises";
        };
    }
}
