package org.mendwell.progress;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.mendwell.account.Roles;
import org.mendwell.client.ClientRef;
import org.mendwell.client.ClientService;
import org.mendwell.client.MyRecordService;
import org.mendwell.intake.IntakeService;
import org.mendwell.shared.Paging;
import org.mendwell.shared.PracticeSettings;
import org.mendwell.shared.audit.Audited;
import org.mendwell.shared.audit.Audited.Access;
import org.mendwell.shared.audit.Audited.Subject;
import org.mendwell.shared.audit.NotAudited;
import org.mendwell.shared.i18n.Language;
import org.mendwell.shared.i18n.Messages;
import org.mendwell.shared.i18n.ViewerLanguage;
import org.mendwell.shared.time.ViewerTime;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress as the clinician reads it for one of their own clients, and as a client reads their own.
 * Another clinician's client, or anyone but the signed-in client, is reported as not found by the
 * client feature before any figure is read. Figures follow the progress-figures decision record.
 */
@Service
@Transactional(readOnly = true)
public class ClientProgressService {

    private final ProgressQueries queries;
    private final ClientService clients;
    private final MyRecordService ownRecord;
    private final IntakeService intakes;
    private final ZoneId practiceZone;
    private final Clock clock;

    private final Messages messages;
    private final ViewerTime viewerTime;
    private final ViewerLanguage viewerLanguage;

    ClientProgressService(
            ProgressQueries queries,
            ClientService clients,
            MyRecordService ownRecord,
            IntakeService intakes,
            PracticeSettings practice,
            Messages messages,
            ViewerTime viewerTime,
            ViewerLanguage viewerLanguage,
            Clock clock) {
        this.viewerLanguage = viewerLanguage;
        this.messages = messages;
        this.viewerTime = viewerTime;
        this.queries = queries;
        this.clients = clients;
        this.ownRecord = ownRecord;
        this.intakes = intakes;
        this.practiceZone = practice.practiceTimeZone();
        this.clock = clock;
    }

    /** One of the signed-in clinician's clients: completion per week, scales, PHQ-9 and GAD-7 totals. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Audited(value = Access.READ, record = Subject.CLIENT)
    public ClientProgress progressOf(UUID clientId) {
        ClientRef client = clients.ownedClient(clientId);
        ZoneId zone = intakes.timeZoneOf(client.clientId()).orElse(practiceZone);
        Instant now = clock.instant();
        return new ClientProgress(
                client.clientId(),
                client.fullName(),
                client.partnerId(),
                zone,
                queries.weeks(client.clientId(), zone, now),
                queries.scaleCharts(client.clientId(), zone, now, reader()),
                queries.measures(client.clientId()));
    }

    /** One page of a client's exercise occurrences, filtered and sorted in the database. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Audited(value = Access.READ, record = Subject.CLIENT)
    public List<OccurrenceRow> occurrencesOf(UUID clientId, OccurrenceFilter filter, Pageable pageable) {
        UUID id = clients.ownedClient(clientId).clientId();
        Pageable page = Paging.restrictSort(pageable, ProgressQueries.SORT_COLUMNS.keySet(), Sort.unsorted());
        return queries.occurrences(id, filter, page, clock.instant(), reader());
    }

    /** How many of a client's exercise occurrences the filter lets through. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @NotAudited("a count of the client's exercises; the page read beside it is audited")
    public long countOccurrencesOf(UUID clientId, OccurrenceFilter filter) {
        return queries.countOccurrences(clients.ownedClient(clientId).clientId(), filter, clock.instant(), reader());
    }

    /**
     * Writes every occurrence of a client's exercises as CSV: due times in the client's own zone, completed and
     * reviewed times in the clinician's.
     */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Audited(value = Access.EXPORT, record = Subject.CLIENT)
    public void exportCsv(UUID clientId, Writer out) throws IOException {
        ClientRef client = clients.ownedClient(clientId);
        ZoneId zone = intakes.timeZoneOf(client.clientId()).orElse(practiceZone);
        ProgressCsv.write(
                queries.allOccurrences(client.clientId(), clock.instant(), reader()),
                zone,
                viewerTime.viewerZone(),
                viewerTime.viewer().locale(),
                messages::viewer,
                out);
    }

    /** The signed-in client's own progress; there is no way to name anyone else here. */
    @PreAuthorize(Roles.IS_CLIENT)
    @Audited(value = Access.READ, record = Subject.SELF)
    public MyProgress myProgress() {
        ClientRef me = ownRecord.myRecord();
        ZoneId zone = intakes.myTimeZone().orElse(practiceZone);
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant weekStart = ProgressQueries.weekOf(now, zone).atStartOfDay(zone).toInstant();
        int[] done = queries.doneCounts(me.clientId(), weekStart);
        return new MyProgress(
                done[0],
                done[1],
                streak(queries.checkInDays(me.clientId(), zone), today),
                queries.scaleCharts(me.clientId(), zone, now, reader()),
                queries.latestFeedback(me.clientId(), zone, reader()));
    }

    /** The language the figures are read in: built-in exercises and their scales are named in it. */
    private Language reader() {
        return viewerLanguage.pageLanguage();
    }

    /** Consecutive days with a check-in, ending today or, while today's is still to come, yesterday. */
    static int streak(Set<LocalDate> checkInDays, LocalDate today) {
        LocalDate day = checkInDays.contains(today) ? today : today.minusDays(1);
        int streak = 0;
        while (checkInDays.contains(day)) {
            streak++;
            day = day.minusDays(1);
        }
        return streak;
    }
}
