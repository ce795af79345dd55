package org.mendwell.shared.time;

import com.vaadin.flow.component.UI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mendwell.shared.PracticeSettings;
import org.mendwell.shared.i18n.ViewerLanguage;
import org.springframework.stereotype.Component;

/**
 * Decides whose clock a date or time is shown on: the signed-in viewer's own, never the server's.
 * The zone is the one the person gave (a client's intake, a staff member's account setting), else
 * the one their browser reports, else the practice's. The locale is the page's, which follows the
 * person's language ({@link ViewerLanguage}). E-mails use {@link #ofRecipient}, with the zone the
 * recipient gave.
 */
@Component
public class ViewerTime {

    private final List<OwnTimeZone> ownZones;
    private final ZoneId practiceZone;
    private final Locale practiceLocale;
    private final Clock clock;
    private final ViewerLanguage viewerLanguage;

    ViewerTime(List<OwnTimeZone> ownZones, PracticeSettings practice, Clock clock, ViewerLanguage viewerLanguage) {
        this.ownZones = ownZones;
        this.viewerLanguage = viewerLanguage;
        this.practiceZone = practice.practiceTimeZone();
        this.practiceLocale = practice.practiceLocale();
        this.clock = clock;
    }

    /** How the signed-in viewer reads times; a view asks once as it is built. */
    public PersonalTime viewer() {
        return new PersonalTime(viewerZone(), viewerLocale(), clock);
    }

    /** Today for the signed-in viewer. */
    public LocalDate today() {
        return viewer().today();
    }

    /** The zone the viewer gave, else their browser's, else the practice's. */
    public ZoneId viewerZone() {
        return ownZones.stream()
                .map(OwnTimeZone::ofSignedInPerson)
                .flatMap(Optional::stream)
                .findFirst()
                .or(this::browserZone)
                .orElse(practiceZone);
    }

    /**
     * The zone the viewer's browser reports, when a page is open and it has reported one we know, on this page or
     * earlier in the visit ({@link BrowserZones}).
     */
    public Optional<ZoneId> browserZone() {
        UI ui = UI.getCurrent();
        return ui == null ? Optional.empty() : BrowserZones.of(ui);
    }

    /**
     * For an e-mail: the recipient's own zone when they have given one, else the practice's, in the
     * practice's locale (a mail is read far from the browser that set anything).
     */
    public PersonalTime ofRecipient(@Nullable ZoneId recipientZone) {
        return ofRecipient(recipientZone, practiceLocale);
    }

    /** For an e-mail in the recipient's language ({@code ViewerLanguage#recipientLocale}). */
    public PersonalTime ofRecipient(@Nullable ZoneId recipientZone, Locale recipientLocale) {
        return new PersonalTime(recipientZone == null ? practiceZone : recipientZone, recipientLocale, clock);
    }

    public ZoneId practiceZone() {
        return practiceZone;
    }

    /** A zone id as typed or stored, when Java knows it. */
    public static Optional<ZoneId> known(@Nullable String zoneId) {
        return zoneId != null && ZoneId.getAvailableZoneIds().contains(zoneId)
                ? Optional.of(ZoneId.of(zoneId))
                : Optional.empty();
    }

    /** The page's locale (set from the person's language, {@code PageLanguage}), else the one they would get. */
    private Locale viewerLocale() {
        return viewerLanguage.pageLocale();
    }
}
