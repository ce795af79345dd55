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

        assertThatThrownBy(() -> coupleLinks.endLink(robin, CoupleLinkEnding.SEPARATION, "  "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsKey("reason"));
        assertThatThrownBy(() -> coupleLinks.endLink(clientIds.of(Demo.HANA), CoupleLinkEnding.SEPARATION, "x"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsKey("partner"));
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
        coupleLinks.proposeRelink(robin, jonas);

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
    void a_partner_who_declines_closes_the_proposal_and_nothing_is_linked() {
        UUID robin = clientIds.of(Demo.CLIENT);
        UUID jonas = clientIds.of(Demo.JONAS);
        signIn.as(Demo.CLINICIAN);
        coupleLinks.endLink(robin, CoupleLinkEnding.SEPARATION, "Living apart for now.");
        coupleLinks.proposeRelink(robin, jonas);

        signIn.as(Demo.JONAS);
        UUID proposal = coupleLinks.myRelinkRequest().orElseThrow().proposalId();
        assertThat(coupleLinks.consentToRelink(proposal, false)).isFalse();

        signIn.as(Demo.CLIENT);
        assertThat(coupleLinks.myRelinkRequest()).isEmpty();
        assertThat(ownRecord.myPartner()).isEmpty();
    }
}
