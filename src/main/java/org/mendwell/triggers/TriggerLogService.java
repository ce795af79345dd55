package org.mendwell.triggers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.mendwell.account.Roles;
import org.mendwell.client.ClientRef;
import org.mendwell.client.ClientService;
import org.mendwell.intake.IntakeService;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.PracticeSettings;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.shared.SafetyReason;
import org.mendwell.shared.audit.Audited;
import org.mendwell.shared.audit.Audited.Access;
import org.mendwell.shared.audit.Audited.Subject;
import org.mendwell.shared.i18n.Messages;
import org.mendwell.triggers.domain.TriggerLogSetting;
import org.mendwell.triggers.domain.TriggerMomentRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The clinician's side of a client's trigger log: the switches, and the weekly figures. Own caseload only. */
@Service
@Transactional
public class TriggerLogService {

    /** Moments the clinician's page lists, newest first. */
    static final int RECENT = 10;

    private final ClientService clients;
    private final IntakeService intakes;
    private final TriggerLogRules rules;
    private final TriggerMomentRepository moments;
    private final ZoneId practiceZone;
    private final Clock clock;
    private final Messages messages;

    TriggerLogService(
            ClientService clients,
            IntakeService intakes,
            TriggerLogRules rules,
            TriggerMomentRepository moments,
            PracticeSettings practice,
            Clock clock,
            Messages messages) {
        this.clients = clients;
        this.intakes = intakes;
        this.rules = rules;
        this.moments = moments;
        this.practiceZone = practice.practiceTimeZone();
        this.clock = clock;
        this.messages = messages;
    }

    /** One of the clinician's clients' trigger log: switches, the last eight weeks, the latest moments. */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Transactional(readOnly = true)
    @Audited(value = Access.READ, record = Subject.CLIENT)
    public ClinicianTriggerLog triggerLogOf(UUID clientId) {
        ClientRef client = clients.ownedClient(clientId);
        boolean flagged = client.caseFlagged(partnerOf(client));
        Instant now = clock.instant();
        ZoneId zone = intakes.timeZoneOf(client.clientId()).orElse(practiceZone);
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant since = TriggerLogRules.weekOf(today)
                .minusWeeks(TriggerLogRules.WEEKS_SHOWN - 1L)
                .atStartOfDay(zone)
                .toInstant();
        var logged = moments.findByClientIdAndOccurredAtGreaterThanEqualOrderByOccurredAtDesc(client.clientId(), since);
        TriggerLogSetting setting = rules.settingOf(client.clientId(), now);
        return new ClinicianTriggerLog(
                client.clientId(),
                client.fullName(),
                new TriggerLogSettings(
                        setting.isEnabled(), setting.isReassuranceAllowed(), setting.getSafetyOverrideReason()),
                TriggerLogRules.inUse(setting, flagged),
                flagged,
                TriggerLogRules.weeks(logged, zone, today),
                logged.stream().limit(RECENT).map(TriggerLogRules::moment).toList());
    }

    /**
     * Turns the log on or off for the client and allows the reassurance signal or not. A case with a safety flag
     * needs a written reason to turn the log on, and never allows the reassurance signal.
     */
    @PreAuthorize(Roles.IS_CLINICIAN)
    @Audited(value = Access.CHANGE, record = Subject.CLIENT)
    public void setTriggerLog(UUID clientId, TriggerLogSettings choice) {
        ClientRef client = clients.ownedClient(clientId);
        boolean flagged = client.caseFlagged(partnerOf(client));
        Map<String, String> problems = new LinkedHashMap<>();
        String reason = SafetyReason.check(
                choice.safetyOverrideReason(),
                flagged && choice.enabled(),
                "safetyOverrideReason",
                problems,
                messages.viewer("triggers.flagged.reason-needed"));
        if (flagged && choice.reassuranceAllowed()) {
            problems.put("reassuranceAllowed", messages.viewer("triggers.flagged.no-reassurance"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        rules.settingToChange(client.clientId(), clock.instant())
                .clinicianChose(choice.enabled(), choice.reassuranceAllowed(), reason, clock.instant());
    }

    private @Nullable ClientRef partnerOf(ClientRef client) {
        if (client.partnerId() == null) {
            return null;
        }
        try {
            return clients.ownedClient(client.partnerId());
        } catch (RecordNotFoundException withAnotherClinician) {
            // Treated as flagged would be safer than not: see caseFlaggedUnknownPartner.
            return caseFlaggedUnknownPartner(client);
        }
    }

    /** A partner this clinician cannot read counts as flagged: nothing couples-related opens without knowing. */
    private static ClientRef caseFlaggedUnknownPartner(ClientRef client) {
        return new ClientRef(
                client.partnerId(),
                client.accountId(),
                client.clinicianId(),
                client.clientId(),
                client.status(),
                "",
                true);
    }
}
