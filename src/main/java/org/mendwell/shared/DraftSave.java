package org.mendwell.shared;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a draft save kept: when it was saved, each answer it had to leave as it was before, with the
 * reason, and each answer it kept although it is over its limit (so the submit will refuse it until
 * it is shortened), with the limit message; keyed as the form binds its fields. Every other answer
 * was saved, so a form can say "saved" for those and show the messages next to the rest.
 */
public record DraftSave(Instant savedAt, Map<String, String> notSaved, Map<String, String> overLimit) {

    /**
     * The longest over-limit text a draft keeps. Far above any limit (a pasted essay fits), low enough
     * that a crafted request cannot store megabytes.
     */
    public static final int OVERLONG_DRAFT_LIMIT = 50_000;

    public DraftSave {
        notSaved = Collections.unmodifiableMap(new LinkedHashMap<>(notSaved));
        overLimit = Collections.unmodifiableMap(new LinkedHashMap<>(overLimit));
    }

    public DraftSave(Instant savedAt, Map<String, String> notSaved) {
        this(savedAt, notSaved, Map.of());
    }

    public boolean complete() {
        return notSaved.isEmpty();
    }

    /** Every message to show next to a field after this save: what was not saved and what is too long. */
    public Map<String, String> messages() {
        Map<String, String> all = new LinkedHashMap<>(notSaved);
        overLimit.forEach(all::putIfAbsent);
        return all;
    }
}
