package org.mendwell.shared.ui;

/**
 * A menu entry a feature lists only when it applies to the signed-in person (a Spring bean). It hides the entry
 * only: the route itself still decides, and explains, when someone opens it by its address.
 */
public interface MenuGate {

    /** The route's path, as in {@code @Route}. */
    String path();

    /** Whether the entry is listed for the signed-in person; asked only of a person whose role may open it. */
    boolean listed();
}
