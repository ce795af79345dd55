package org.mendwell.homework;

import java.util.UUID;

/**
 * A clinician's own template as the editor loads it. {@code lockVersion} goes back with the save, so
 * that a save over someone else's newer one is refused; {@code currentVersion} is the number of the
 * version clients are given now.
 */
public record EditableTemplate(
        UUID templateId, long lockVersion, int currentVersion, boolean archived, TemplateDraft draft) {}
