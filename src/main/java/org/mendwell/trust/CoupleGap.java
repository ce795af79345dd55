package org.mendwell.trust;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.mendwell.trust.domain.CheckInScales;

/**
 * One couple's scales over the days shown and the reasons they need attention, from both partners' answers: the one
 * computation behind the clinician's report ({@link TrustGapService#trustGapOf}) and the caseload's reasons
 * ({@link CaseloadCoupleAttention}), so the two can never disagree. The rules themselves are {@link TrustGaps}.
 */
record CoupleGap(List<TrustGapReport.Scale> scales, List<AttentionReason> reasons) {

    /** A partner as the rules need them: the name a reason shows, their own zone, their answers. */
    record Partner(String fullName, ZoneId zone, CheckInScales.Answers answers) {}

    /**
     * {@code names}: the reader's name for each scale by its English one ({@link CheckInScales#namesFor}), which is how
     * the scales are shown and the reasons worded; a scale without one keeps its English name. The order stays that of
     * the English names, the same for every reader of the couple's page.
     */
    static CoupleGap of(Partner first, Partner second, int threshold, Instant now, Map<String, String> names) {
        LocalDate firstToday = now.atZone(first.zone()).toLocalDate();
        LocalDate secondToday = now.atZone(second.zone()).toLocalDate();
        LocalDate to = firstToday.isAfter(secondToday) ? firstToday : secondToday;
        LocalDate from = to.minusDays(TrustGapService.DAYS_SHOWN - 1L);
        CheckInScales.Answers a = first.answers();
        CheckInScales.Answers b = second.answers();

        Set<String> scaleNames = new TreeSet<>(a.byScale().keySet());
        scaleNames.addAll(b.byScale().keySet());
        List<TrustGapReport.Scale> scales = new ArrayList<>();
        List<AttentionReason> reasons = new ArrayList<>();
        for (String name : scaleNames) {
            List<GapDay> days = TrustGaps.days(
                    a.byScale().getOrDefault(name, Map.of()), b.byScale().getOrDefault(name, Map.of()), from, to);
            String shown = names.getOrDefault(name, name);
            scales.add(new TrustGapReport.Scale(shown, days));
            TrustGaps.aboveThreshold(days, threshold, to)
                    .ifPresent(day -> reasons.add(
                            new AttentionReason(AttentionReason.Kind.GAP_ABOVE_THRESHOLD, null, shown, day)));
        }
        if (TrustGaps.stopped(a.days(), firstToday, b.days(), secondToday)) {
            reasons.add(stopped(first, firstToday));
        }
        if (TrustGaps.stopped(b.days(), secondToday, a.days(), firstToday)) {
            reasons.add(stopped(second, secondToday));
        }
        return new CoupleGap(List.copyOf(scales), List.copyOf(reasons));
    }

    private static AttentionReason stopped(Partner who, LocalDate today) {
        return new AttentionReason(AttentionReason.Kind.STOPPED_CHECKING_IN, who.fullName(), null, today);
    }
}
