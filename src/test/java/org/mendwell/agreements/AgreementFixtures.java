package org.mendwell.agreements;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.mendwell.support.ClientIds;
import org.mendwell.support.Demo;
import org.mendwell.support.MutableClock;
import org.mendwell.support.SignIn;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Agreements for the demo couple in tests whose pages commit what they do (views, journeys), and the clean-up
 * after them, so that the shared test context's other tests find no agreements.
 */
@Component
public class AgreementFixtures {

    public static final String JONAS_PROMISE = "Tell Robin when plans change, before they change";

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final AgreementService agreements;
    private final SignIn signIn;
    private final ClientIds clientIds;
    private final JdbcClient jdbc;
    // Looked up when used: the application also starts in tests without the test clock (its own start-up, the
    // demo history), and component scanning finds these fixtures there too.
    private final ObjectProvider<MutableClock> clocks;

    AgreementFixtures(
            AgreementService agreements,
            SignIn signIn,
            ClientIds clientIds,
            JdbcClient jdbc,
            ObjectProvider<MutableClock> clocks) {
        this.agreements = agreements;
        this.signIn = signIn;
        this.clientIds = clientIds;
        this.jdbc = jdbc;
        this.clocks = clocks;
    }

    /**
     * Jonas promises daily, from today in London, as the clinician records it on Robin's page. The application's
     * clock is put at noon there first ({@link MutableClock#setToNoonIn}), so that today is the same day for the
     * test and the application, whatever the hour of the run; tests read their today from that clock.
     */
    public UUID jonasPromisesDaily() {
        signIn.as(Demo.CLINICIAN);
        return agreements
                .record(new NewAgreement(
                        clientIds.of(Demo.CLIENT),
                        JONAS_PROMISE,
                        Promisers.PARTNER,
                        Frequency.DAILY,
                        Set.of(),
                        clocks.getObject().setToNoonIn(LONDON),
                        null,
                        true,
                        null))
                .getFirst();
    }

    /** As {@link #jonasPromisesDaily()}, begun the given number of days ago, so that earlier days wait to be marked. */
    public UUID jonasPromisesDailySince(int daysAgo) {
        UUID agreement = jonasPromisesDaily();
        jdbc.sql("update agreement set start_date = ? where id = ?")
                .params(LocalDate.now(clocks.getObject().withZone(LONDON)).minusDays(daysAgo), agreement)
                .update();
        return agreement;
    }

    public void removeAll() {
        jdbc.sql("delete from promise_mark").update();
        jdbc.sql("delete from agreement_pause").update();
        jdbc.sql("delete from agreement").update();
    }
}
