package org.mendwell.shared.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * This service method reads or changes records the audit trail must show. The audit feature writes
 * one entry per call a person makes (not for the calls one service makes to another): a change in
 * the same transaction as the change itself, a read once it succeeded, a refusal whenever one happens.
 * The first {@code UUID} argument, or the {@code clientId} of a request record, names the record.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Audited {

    Access value();

    /** What the method's first {@code UUID} argument identifies; {@link Subject#SELF} when it has none. */
    Subject record();

    /**
     * READ is recorded once the data was read, CHANGE with the change. EXPORT (data written straight
     * to a download) is recorded before the first byte leaves, since afterwards it is too late.
     */
    enum Access {
        READ,
        CHANGE,
        EXPORT
    }

    /** Kinds of record. For the client's own pages ({@code SELF}) the record is the signed-in client's own. */
    enum Subject {
        CLIENT,
        SELF,
        CASELOAD,
        INTAKE,
        ASSIGNMENT,
        OCCURRENCE,
        SUBMISSION,
        TEMPLATE,
        ACCOUNT,
        SETTING,
        CONSENT,
        LETTER,
        AUDIT
    }
}
