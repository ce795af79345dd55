package org.mendwell.homework;

import java.time.Instant;

/** The clinician's feedback on a submission or the client's reply, with who wrote it. */
public record Comment(String author, boolean fromClinician, String body, Instant at) {}
