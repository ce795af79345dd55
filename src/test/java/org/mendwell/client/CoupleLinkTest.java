package org.mendwell.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mendwell.homework.CompletionService;
import org.mendwell.shared.InvalidInputException;
import org.mendwell.shared.RecordNotFoundException;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.MendwellTest;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ending Robin and Jonas's couple link: sharing stops at once, the history keeps why, and linking again waits
 * for both partners' consent.
 */
@MendwellTest
@Transactional
class CoupleLinkTest {

    @Autowired
    CoupleLinkService coupleLinks;

    @Autowired
    MyRecordService ownRecord;

    @Autowired
    CompletionService completion;

    @Autowired
    ClientIds clientIds;

    @Autowired
    SignIn signIn;

    @Test
    void ending_the_link_stops_sharing_at_once_and_the_history_says_why() {
        UUID robin = clientIds.of(Demo.CLIENT);
        UUID jonas = clientIds.of(Demo.JONAS);
        signIn.as(Demo.CLINICIAN);

        coupleLinks.endLink(robin, CoupleLinkEnding.SAFETY, "Controlling behaviour disclosed in session.");

        CoupleLink link = coupleLinks.coupleLink(jonas);
        assertThat(link.partnerId()).isNull();
        assertThat(link.history()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(CoupleLink.Kind.ENDED_SAFETY);
            assertThat(change.reason()).isEqualTo("Controlling behaviour disclosed in session.");
            assertThat(change.partnerName()).isEqualTo("Robin Ashdown");
        });
        signIn.as(Demo.JONAS);
        assertThat(ownRecord.myPartner()).isEmpty();
        assertThat(completion.sharedWithMe()).isEmpty();
    }

    @Test
    void ending_needs_a_reason_and_a_partner() {
        UUID robin = clientIds.of(Demo.CLIENT);
        signIn.as(Demo.CLINICIAN);

        refusedAt("reason", () -> coupleLinks.endLink(robin, CoupleLinkEnding.SEPARATION, "  "));
        refusedAt("partner", () -> coupleLinks.endLink(clientIds.of(Demo.HANA), CoupleLinkEnding.SEPARATION, "x"));
        signIn.as(Demo.CLINICIAN_2);
        assertThatThrownBy(() -> coupleLinks.endLink(robin, CoupleLinkEnding.SEPARATION, "x"))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void linking_again_needs_both_partners_to_confirm() {
        UUID robin = clientIds.of(Demo.CLIENT);
        UUID jonas = clientIds.of(Demo.JONAS);
        signIn.as(Demo.CLINICIAN);
        coupleLinks.endLink(robin, CoupleLinkEnding.SEPARATION, "Living apart for now.");
        coupleLinks.proposeRelink(robin, jonas, null);

        signIn.as(Demo.CLIENT);
        RelinkRequest request = coupleLinks.myRelinkRequest().orElseThrow();
        assertThat(coupleLinks.consentToRelink(request.proposalId(), true)).isFalse();
        assertThat(ownRecord.myPartner()).isEmpty();

        signIn.as(Demo.CLIENT_2);
        assertThat(coupleLinks.myRelinkRequest()).isEmpty();
        assertThatThrownBy(() -> coupleLinks.consentToRelink(request.proposalId(), true))
                .isInstanceOf(RecordNotFoundException.class);

        signIn.as(Demo.JONAS);
        assertThat(coupleLinks.consentToRelink(request.proposalId(), true)).isTrue();
        assertThat(ownRecord.myPartner())
                .hasValueSatisfying(p -> assertThat(p.clientId()).isEqualTo(robin));
        signIn.as(Demo.CLINICIAN);
        assertThat(coupleLinks.coupleLink(robin).history())
                .extracting(CoupleLink.Change::kind)
                .containsExactly(CoupleLink.Kind.ENDED_SEPARATION, CoupleLink.Kind.LINKED_AGAIN);
    }

    @Test
    void a_decline_closes_the_question_for_both_is_in_the_clinician_s_history_and_nothing_is_linked() {
        UUID robin = clientIds.of(Demo.CLIENT);
        UUID jonas = clientIds.of(Demo.JONAS);
        signIn.as(Demo.CLINICIAN);
        coupleLinks.endLink(robin, CoupleLinkEnding.SEPARATION, "Living apart for now.");
        coupleLinks.proposeRelink(robin, jonas, null);

        signIn.as(Demo.JONAS);
        UUID proposal = coupleLinks.myRelinkRequest().orElseThrow().proposalId();
        assertThat(coupleLinks.consentToRelink(proposal, false)).isFalse();

        signIn.as(Demo.CLIENT);
        assertThat(coupleLinks.myRelinkRequest()).isEmpty();
        assertThat(ownRecord.myPartner()).isEmpty();
        // Robin's page may still show the question it opened with: her answer is met with a plain sentence.
        assertThatThrownBy(() -> coupleLinks.consentToRelink(proposal, true))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        refused -> assertThat(refused.problems().get("proposal"))
                                .startsWith("This question is no longer open"));
        assertThat(ownRecord.myPartner()).isEmpty();
        signIn.as(Demo.CLINICIAN);
        assertThat(coupleLinks.coupleLink(robin).history())
                .extracting(CoupleLink.Change::kind, CoupleLink.Change::declinedBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(CoupleLink.Kind.ENDED_SEPARATION, null),
                        org.assertj.core.groups.Tuple.tuple(CoupleLink.Kind.RELINK_DECLINED, "Jonas Kettering"));
        assertThat(coupleLinks.coupleLink(robin).proposal()).isNull();
        // A no is not an ending: the clinician may propose again later.
        coupleLinks.proposeRelink(robin, jonas, null);
        assertThat(coupleLinks.coupleLink(robin).proposal()).isNotNull();
    }

    static final String SAFETY_ENDING = "Threats disclosed in session.";

    static final String RELINK_REASON = "Both completed individual work; safety plan reviewed with each.";

    @Test
    void after_a_safety_ending_proposing_again_shows_why_it_ended_and_needs_a_written_reason() {
        UUID robin = clientIds.of(Demo.CLIENT);
        UUID jonas = endedForSafety();

        assertThat(coupleLinks.coupleLink(robin).formerPartners())
                .singleElement()
                .satisfies(former -> assertThat(former.safetyEnding()).isEqualTo(SAFETY_ENDING));
        for (String missing : new String[] {null, "   "}) {
            refusedAt("reason", () -> coupleLinks.proposeRelink(robin, jonas, missing));
        }
        assertThatThrownBy(() -> coupleLinks.proposeRelink(robin, jonas, "x".repeat(501)))
                .as("the same limit as the safety override for couples exercises")
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get("reason")).contains("500"));
        assertThat(coupleLinks.coupleLink(robin).proposal())
                .as("nothing proposed")
                .isNull();

        coupleLinks.proposeRelink(robin, jonas, RELINK_REASON);
        assertThat(coupleLinks.coupleLink(jonas).proposal())
                .satisfies(proposal -> assertThat(proposal.safetyReason()).isEqualTo(RELINK_REASON));
    }

    @Test
    void the_relink_reason_stays_in_the_clinicians_history_and_never_reaches_either_partner() {
        UUID robin = clientIds.of(Demo.CLIENT);
        UUID jonas = endedForSafety();
        coupleLinks.proposeRelink(robin, jonas, RELINK_REASON);

        for (String partner : new String[] {Demo.CLIENT, Demo.JONAS}) {
            signIn.as(partner);
            RelinkRequest request = coupleLinks.myRelinkRequest().orElseThrow();
            assertThat(request.toString()).as(partner).doesNotContain(RELINK_REASON, SAFETY_ENDING);
            coupleLinks.consentToRelink(request.proposalId(), true);
        }

        signIn.as(Demo.CLINICIAN);
        assertThat(coupleLinks.coupleLink(robin).history())
                .extracting(CoupleLink.Change::kind, CoupleLink.Change::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(CoupleLink.Kind.ENDED_SAFETY, SAFETY_ENDING),
                        org.assertj.core.groups.Tuple.tuple(CoupleLink.Kind.LINKED_AGAIN, RELINK_REASON));
    }

    @Test
    void a_separation_after_a_safety_ending_still_needs_the_written_reason_to_link_again() {
        UUID robin = clientIds.of(Demo.CLIENT);
        UUID jonas = endedForSafety();
        coupleLinks.proposeRelink(robin, jonas, RELINK_REASON);
        for (String partner : new String[] {Demo.CLIENT, Demo.JONAS}) {
            signIn.as(partner);
            coupleLinks.consentToRelink(
                    coupleLinks.myRelinkRequest().orElseThrow().proposalId(), true);
        }
        signIn.as(Demo.CLINICIAN);
        coupleLinks.endLink(robin, CoupleLinkEnding.SEPARATION, "Living apart for now.");

        assertThat(coupleLinks.coupleLink(robin).formerPartners())
                .singleElement()
                .satisfies(former -> assertThat(former.safetyEnding())
                        .as("the clinician still reads why it once ended")
                        .isEqualTo(SAFETY_ENDING));
        refusedAt("reason", () -> coupleLinks.proposeRelink(robin, jonas, null));
    }

    @Test
    void after_a_separation_no_reason_is_asked_and_none_is_kept() {
        UUID robin = clientIds.of(Demo.CLIENT);
        UUID jonas = clientIds.of(Demo.JONAS);
        signIn.as(Demo.CLINICIAN);
        coupleLinks.endLink(robin, CoupleLinkEnding.SEPARATION, "Living apart for now.");
        assertThat(coupleLinks.coupleLink(robin).formerPartners())
                .singleElement()
                .satisfies(former -> assertThat(former.safetyEnding()).isNull());

        coupleLinks.proposeRelink(robin, jonas, "Not asked for");

        assertThat(coupleLinks.coupleLink(robin).proposal())
                .satisfies(proposal -> assertThat(proposal.safetyReason()).isNull());
    }

    @Test
    void only_their_clinician_proposes_again_and_only_for_a_former_partner() {
        UUID robin = clientIds.of(Demo.CLIENT);
        UUID jonas = endedForSafety();
        refusedAt("partner", () -> coupleLinks.proposeRelink(robin, clientIds.of(Demo.HANA), RELINK_REASON));

        signIn.as(Demo.CLINICIAN_2);
        assertThatThrownBy(() -> coupleLinks.proposeRelink(robin, jonas, RELINK_REASON))
                .isInstanceOf(RecordNotFoundException.class);
        signIn.as(Demo.JONAS);
        assertThatThrownBy(() -> coupleLinks.proposeRelink(robin, jonas, RELINK_REASON))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        signIn.as(Demo.CLINICIAN);
        assertThat(coupleLinks.coupleLink(robin).proposal()).isNull();
    }

    @Test
    void ending_needs_its_kind() {
        signIn.as(Demo.CLINICIAN);
        assertThatThrownBy(() -> coupleLinks.endLink(clientIds.of(Demo.CLIENT), null, "They separated."))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("ending"));
    }

    private static void refusedAt(String field, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsKey(field));
    }

    /** As their clinician: Robin and Jonas's link ended for safety. Returns Jonas. */
    private UUID endedForSafety() {
        signIn.as(Demo.CLINICIAN);
        coupleLinks.endLink(clientIds.of(Demo.CLIENT), CoupleLinkEnding.SAFETY, SAFETY_ENDING);
        return clientIds.of(Demo.JONAS);
    }
}
