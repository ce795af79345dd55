package org.mendwell.intake;

import java.time.Instant;
import org.mendwell.shared.i18n.Language;

/** The consent texts a client reads and signs, with the version (and its language) their signature refers to. */
public record ConsentText(int version, Language language, String treatment, String privacy, Instant publishedAt) {

    /** Whether these texts are this version's, apart from surrounding spaces: publishing them would change nothing. */
    public boolean sameAs(String treatment, String privacy) {
        return this.treatment.equals(treatment.strip()) && this.privacy.equals(privacy.strip());
    }
}
