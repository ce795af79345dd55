package org.mendwell.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mendwell.client.CaseloadFilter;
import org.mendwell.progress.CaseloadEntry;
import org.mendwell.progress.CaseloadOverviewService;
import org.mendwell.progress.CaseloadQuery;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** The demo couple's trust gap on the real context and database, with check-ins made through the real services. */
@MendwellTest
@Transactional
class TrustGapServiceTest {

    private static final LocalDate START = LocalDate.now(CoupleCheckIns.LONDON).plusDays(2);

    @Autowired
    TrustGapService trustGap;

    @Autowired
    CoupleCheckIns checkIns;

    @Autowired
    SignIn signIn;

    @Autowired
    ClientIds clientIds;

    private UUID robin;
    private UUID jonas;

    @BeforeEach
    void couple() {
        robin = clientIds.of(Demo.CLIENT);
        jonas = clientIds.of(Demo.JONAS);
    }

    private static List<Integer> days(Integer... values) {
        return Arrays.asList(values);
    }

    @Test
    void the_clinician_sees_both_partners_scales_and_the_gap_but_never_the_safety_question() {
        checkIns.live(robin, START, days(8, 7, null), days(2, null, 6));

        TrustGapReport report = trustGap.trustGapOf(robin);

        assertThat(report.coupleCase()).isTrue();
        assertThat(report.secondName()).isEqualTo("Jonas Kettering");
        assertThat(report.scales())
                .extracting(TrustGapReport.Scale::name)
                .containsExactly("Closeness", "Hope", "Trust");
        GapDay first = report.scales().getLast().days().stream()
                .filter(d -> d.day().equals(START))
                .findFirst()
                .orElseThrow();
        assertThat(first.first()).isEqualTo(8);
        assertThat(first.second()).isEqualTo(2);
        assertThat(first.gap()).isEqualTo(6);
        GapDay second = report.scales().getLast().days().stream()
                .filter(d -> d.day().equals(START.plusDays(1)))
                .findFirst()
                .orElseThrow();
        assertThat(second.gap()).as("Jonas missed the day: no gap, not a zero").isNull();
        assertThat(second.rollingGap()).isEqualTo(6.0);
        assertThat(report.scales().getLast().days()).hasSize(28);
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    jakarta.persistence.EntityManager entities;

    /**
     * A Spanish-reading clinician reads the couple's scales by their Spanish names, in the couple page and in the
     * caseload's reasons, whatever language each partner checked in in (the crawl found "Closeness", "Hope", "Trust"
     * as headings on a Spanish page).
     */
    @Test
    void a_spanish_reader_reads_the_scales_by_their_spanish_names() {
        checkIns.live(robin, START, days(9, 9, 9), days(1, 1, 1));
        jdbc.update("update account set language = 'es' where email = ?", Demo.CLINICIAN);
        entities.clear(); // the clinician's account, as this transaction read it before the change

        TrustGapReport report = trustGap.trustGapOf(robin);

        assertThat(report.scales())
                .extracting(TrustGapReport.Scale::name)
                .containsExactly("Cercanía", "Esperanza", "Confianza");
        assertThat(report.reasons())
                .extracting(AttentionReason::scale)
                .contains("Confianza")
                .doesNotContain("Trust", "Hope", "Closeness");
    }

    /** Robin reads her check-in in Spanish, Jonas in English: the same scales, one gap, named as the clinician reads. */
    @Test
    void partners_who_check_in_in_different_languages_share_each_scale_and_its_gap() {
        jdbc.update("update account set language = 'es' where email = ?", Demo.CLIENT);
        checkIns.live(robin, START, days(8, 7), days(2, 6));

        TrustGapReport report = trustGap.trustGapOf(robin);

        assertThat(report.scales())
                .extracting(TrustGapReport.Scale::name)
                .containsExactly("Closeness", "Hope", "Trust");
        GapDay first = report.scales().getLast().days().stream()
                .filter(d -> d.day().equals(START))
                .findFirst()
                .orElseThrow();
        assertThat(first.gap()).isEqualTo(6);
    }

    @Test
    void a_gap_above_the_threshold_for_three_days_says_why_the_couple_needs_attention() {
        checkIns.live(robin, START, days(9, 9, 9), days(2, 3, 4));

        assertThat(trustGap.attentionReasons(robin))
                .extracting(AttentionReason::kind, AttentionReason::scale)
                .contains(org.assertj.core.groups.Tuple.tuple(AttentionReason.Kind.GAP_ABOVE_THRESHOLD, "Trust"));

        trustGap.setThreshold(robin, 5);

        assertThat(trustGap.attentionReasons(robin)).isEmpty();
        assertThat(trustGap.trustGapOf(jonas).threshold())
                .as("one threshold for the couple")
                .isEqualTo(5);
    }

    @Autowired
    CaseloadOverviewService caseload;

    private List<UUID> needingAttention() {
        return caseload.page(new CaseloadFilter("", null, true), PageRequest.of(0, 200)).stream()
                .map(CaseloadEntry::clientId)
                .toList();
    }

    @Test
    void the_caseload_reads_every_couples_reasons_at_once_and_its_needs_attention_filter_follows_them() {
        checkIns.live(robin, START, days(9, 9, 9), days(2, 3, 4));

        assertThat(trustGap.attentionReasonsInMyCaseload())
                .as("both partners, the same reasons as the client page")
                .containsEntry(robin, trustGap.attentionReasons(robin))
                .containsEntry(jonas, trustGap.attentionReasons(jonas))
                .doesNotContainKey(clientIds.of(Demo.MARCUS));
        assertThat(needingAttention()).contains(robin, jonas);
        assertThat(caseload.count(new CaseloadFilter("", null, true)))
                .isEqualTo(needingAttention().size());

        trustGap.setThreshold(robin, 9);

        assertThat(trustGap.attentionReasonsInMyCaseload()).doesNotContainKeys(robin, jonas);
        assertThat(needingAttention()).doesNotContain(robin, jonas);
    }

    @Test
    void a_caseload_query_works_out_the_reasons_once_for_its_count_and_pages_and_serves_its_clinician_only() {
        checkIns.live(robin, START, days(9, 9, 9), days(2, 3, 4));
        var attention = new CaseloadFilter("", null, true);

        CaseloadQuery query = caseload.query(attention);

        assertThat(caseload.page(query, PageRequest.of(0, 200)))
                .extracting(CaseloadEntry::clientId)
                .containsExactlyElementsOf(needingAttention())
                .contains(robin, jonas);
        assertThat(caseload.count(query)).isEqualTo(caseload.count(attention));
        signIn.as(Demo.CLINICIAN_2);
        assertThatThrownBy(() -> caseload.count(query)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> caseload.page(query, PageRequest.of(0, 200)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_caseload_names_the_partner_who_went_quiet_on_both_rows() {
        checkIns.live(robin, START, days(5, 5, 5, 5, 5), days(5, null, null, null, null));

        assertThat(trustGap.attentionReasonsInMyCaseload().get(robin))
                .extracting(AttentionReason::kind, AttentionReason::who)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        AttentionReason.Kind.STOPPED_CHECKING_IN, "Jonas Kettering"));
        assertThat(trustGap.attentionReasonsInMyCaseload().get(jonas))
                .extracting(AttentionReason::kind, AttentionReason::who)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        AttentionReason.Kind.STOPPED_CHECKING_IN, "Jonas Kettering"));
        assertThat(needingAttention()).contains(robin, jonas);
    }

    @Test
    void another_clinicians_caseload_holds_none_of_the_couples_reasons() {
        checkIns.live(robin, START, days(9, 9, 9), days(2, 3, 4));
        signIn.as(Demo.CLINICIAN_2);

        assertThat(trustGap.attentionReasonsInMyCaseload()).doesNotContainKeys(robin, jonas);
        assertThat(needingAttention()).doesNotContain(robin, jonas);
    }

    @Test
    void one_partner_going_quiet_while_the_other_goes_on_is_a_reason() {
        checkIns.live(robin, START, days(5, 5, 5, 5, 5), days(5, null, null, null, null));

        assertThat(trustGap.attentionReasons(robin))
                .extracting(AttentionReason::kind, AttentionReason::who)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        AttentionReason.Kind.STOPPED_CHECKING_IN, "Jonas Kettering"));
    }

    @Test
    void a_threshold_outside_one_to_ten_is_refused_next_to_the_field() {
        assertThatThrownBy(() -> {
                    signIn.as(Demo.CLINICIAN);
                    trustGap.setThreshold(robin, 0);
                })
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsKey("threshold"));
    }

    @Test
    void a_client_without_a_partner_has_no_trust_gap() {
        signIn.as(Demo.CLINICIAN);
        UUID marcus = clientIds.of(Demo.MARCUS);

        assertThat(trustGap.trustGapOf(marcus).coupleCase()).isFalse();
        assertThat(trustGap.attentionReasons(marcus)).isEmpty();
    }

    @Test
    void another_clinician_cannot_read_the_couples_gap() {
        signIn.as(Demo.CLINICIAN_2);

        assertThatThrownBy(() -> trustGap.trustGapOf(robin)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> trustGap.setThreshold(robin, 4)).isInstanceOf(RecordNotFoundException.class);
    }
}
