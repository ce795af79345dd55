package org.mendwell.shared;

/** A signed-in principal that can say how to address the person, for the main layout's greeting. */
public interface PersonNamed {

    String displayName();
}
