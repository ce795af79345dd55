package org.mendwell.shared;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a draft save kept: when it was saved, and each answer it had to leave as it was before,
 * with the reason, keyed as the form binds its fields. Every other answer was saved, so a form can
 * say "saved" for those and show the reasons next to the rest.
 */
public record DraftSave(Instant savedAt, Map<String, String> notSaved) {

    public DraftSave {
        notSaved = Collections.unmodifiableMap(new LinkedHashMap<>(notSaved));
    }

    public boolean complete() {
        return notSaved.isEmpty();
    }
}
