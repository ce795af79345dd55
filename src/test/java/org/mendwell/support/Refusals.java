package org.mendwell.support;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.mendwell.shared.InvalidInputException;

/** The messages of a refusal, field by field, for tests that read what a person is told. */
public final class Refusals {

    private Refusals() {}

    /** Runs a call that must be refused with an {@link InvalidInputException} and returns its problems. */
    public static Map<String, String> problemsOf(Runnable call) {
        var refused = new AtomicReference<Map<String, String>>();
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> refused.set(e.problems()));
        return refused.get();
    }
}
