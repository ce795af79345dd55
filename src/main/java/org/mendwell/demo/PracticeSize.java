package org.mendwell.demo;

import java.util.Locale;
import java.util.Optional;

/**
 * How big a generated practice is ({@code mendwell.demo.size}). {@code demo}, the default, means no
 * generated practice: only the hand-made demo practice.
 */
public record PracticeSize(String name, int clinicians, int clients) {

    public static final PracticeSize SMALL = new PracticeSize("small", 2, 20);
    public static final PracticeSize MEDIUM = new PracticeSize("medium", 10, 1_000);
    public static final PracticeSize LARGE = new PracticeSize("large", 50, 5_000);

    /** The size a configuration value names; empty for {@code demo}; anything unknown is refused. */
    public static Optional<PracticeSize> named(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "", "demo" -> Optional.empty();
            case "small" -> Optional.of(SMALL);
            case "medium" -> Optional.of(MEDIUM);
            case "large" -> Optional.of(LARGE);
            default ->
                throw new IllegalArgumentException(
                        "mendwell.demo.size must be demo, small, medium or large, not " + name);
        };
    }
}
