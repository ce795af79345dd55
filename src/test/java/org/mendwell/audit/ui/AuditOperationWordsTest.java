package org.mendwell.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.mendwell.audit.AuditAction;
import org.mendwell.audit.AuditEntry;
import org.mendwell.audit.AuditLine;
import org.mendwell.audit.RefusalSummary;
import org.mendwell.shared.audit.Audited;
import org.mendwell.shared.i18n.Messages;
import org.mendwell.support.MendwellTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Issue 16: the audit view says what a change did in the administrator's language, not as the English words of a
 * method's name. Every audited changing method of the portal has words in the bundles.
 */
@MendwellTest
@ViewPackages(packages = "org.mendwell")
class AuditOperationWordsTest extends SpringBrowserlessTest {

    @Autowired
    Messages messages;

    private static List<Method> auditedChanges() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class)); // services and components alike
        List<Method> changes = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("org.mendwell")) {
            Class<?> type =
                    ClassUtils.forName(candidate.getBeanClassName(), AuditOperationWordsTest.class.getClassLoader());
            for (Method method : type.getDeclaredMethods()) {
                Audited audited = method.getAnnotation(Audited.class);
                if (audited != null && audited.value() == Audited.Access.CHANGE) {
                    changes.add(method);
                }
            }
        }
        return changes;
    }

    @Test
    void every_audited_change_has_words_in_the_bundles() throws Exception {
        List<Method> changes = auditedChanges();

        assertThat(changes).as("the scan finds the audited changes").hasSizeGreaterThan(50);
        assertThat(changes)
                .allSatisfy(method -> assertThat(messages.has(AuditWords.operationKey(method.getName())))
                        .as(
                                "%s.%s has %s",
                                method.getDeclaringClass().getSimpleName(),
                                method.getName(),
                                AuditWords.operationKey(method.getName()))
                        .isTrue());
    }

    private static AuditLine change(String operation) {
        return line(AuditAction.CHANGE, operation, "CLIENT");
    }

    private static AuditLine line(AuditAction action, String operation, @Nullable String recordType) {
        return new AuditLine(
                new AuditEntry(
                        1,
                        Instant.parse("2026-12-05T10:00:00Z"),
                        UUID.randomUUID(),
                        "admin@mendwell.example",
                        "ADMIN",
                        action,
                        operation,
                        recordType,
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        "127.0.0.1",
                        "previous",
                        "hash"),
                "Dana Reyes");
    }

    @Test
    void a_change_reads_in_the_administrators_language() {
        assertThat(AuditWords.describe(change("HandoverService.handOver")))
                .isEqualTo("Changed the client record of Dana Reyes: hand over");

        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));

        assertThat(AuditWords.describe(change("HandoverService.handOver")))
                .isEqualTo("Cambió el expediente del cliente de Dana Reyes: asignar a otro terapeuta");
        assertThat(AuditWords.describe(change("ClientService.discharge"))).endsWith(": dar de alta");
        assertThat(AuditWords.label(AuditAction.SIGN_IN_FAILED)).isEqualTo("Inicio de sesión fallido");
        assertThat(AuditWords.describe(line(AuditAction.SIGN_IN_FAILED, "sign-in refused while paused", null)))
                .as("a kind of sign-in the trail stores in English words")
                .isEqualTo("Inicio de sesión fallido (inicio de sesión rechazado mientras estaba en pausa)");
    }

    /** Issue 16: summaries of anonymous refusals were stored as English sentences, read as such in Spanish. */
    @Test
    void a_summary_of_anonymous_refusals_is_worded_in_the_readers_language_and_an_old_one_is_shown_as_stored() {
        var summary = line(
                AuditAction.REFUSED_SUMMARY,
                new RefusalSummary("InvitationService.open", 75, 3, false, 60).stored(),
                null);
        var overTheCap = line(
                AuditAction.REFUSED_SUMMARY,
                new RefusalSummary("sign-in refused while paused", 1, 1000, true, 61).stored(),
                null);
        String storedBefore = "PasswordResetService.open: 12 times from 1 address in 60 s";
        var old = line(AuditAction.REFUSED_SUMMARY, storedBefore, null);

        assertThat(AuditWords.describe(summary)).isEqualTo("InvitationService.open: 75 times from 3 addresses in 60 s");
        assertThat(AuditWords.describe(overTheCap))
                .isEqualTo("sign-in refused while paused: 1 time from over 1,000 addresses in 61 s");
        assertThat(AuditWords.describe(old)).isEqualTo(storedBefore);

        UI.getCurrent().setLocale(Locale.forLanguageTag("es"));

        assertThat(AuditWords.describe(summary))
                .isEqualTo("InvitationService.open: 75 veces desde 3 direcciones en 60 s");
        assertThat(AuditWords.describe(overTheCap))
                .isEqualTo(
                        "inicio de sesión rechazado mientras estaba en pausa: 1 vez desde más de 1.000 direcciones en"
                                + " 61 s");
        assertThat(AuditWords.describe(old))
                .as("stored as a sentence before: shown as stored")
                .isEqualTo(storedBefore);
    }
}
