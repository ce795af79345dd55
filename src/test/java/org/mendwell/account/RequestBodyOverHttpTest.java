package org.mendwell.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mendwell.support.Demo;
import org.mendwell.support.HttpVisitor;
import org.mendwell.support.MendwellWebTest;
import org.mendwell.support.SignInFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Request bodies over real HTTP: the limits for visitors and for signed-in people hold at their edge,
 * with and without a declared length, and a malformed Vaadin message costs one log line, not a stack
 * trace quoting it.
 */
@MendwellWebTest
// Refusals of visitors are written as summaries; every second here, so a test can see them.
@TestPropertySource(properties = "mendwell.audit.anonymous-summary-every=PT1S")
@ExtendWith(OutputCaptureExtension.class)
class RequestBodyOverHttpTest {

    /** The limits in application.properties. */
    static final int ANONYMOUS_LIMIT = 32 * 1024;

    static final int SIGNED_IN_LIMIT = 1024 * 1024;

    private static final String UIDL = "/?v-r=uidl&v-uiId=0";
    private static final String JSON = "application/json; charset=UTF-8";

    @LocalServerPort
    int port;

    @Autowired
    SignInFixtures signIns;

    /** The context is shared with the sign-in tests, which may leave the demo clinician's sign-in paused. */
    @BeforeEach
    void noFailuresCounted() {
        signIns.freshStart();
    }

    /** A JSON message of exactly this many bytes, as a Vaadin message with one long text would be. */
    static byte[] jsonOf(int bytes) {
        String start = "{\"text\":\"";
        String end = "\"}";
        return (start + "a".repeat(bytes - start.length() - end.length()) + end).getBytes(StandardCharsets.UTF_8);
    }

    private static BodyPublisher declared(byte[] body) {
        return BodyPublishers.ofByteArray(body);
    }

    /** No Content-Length: sent chunked, so only counting what arrives can stop it. */
    private static BodyPublisher chunked(byte[] body) {
        return BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
    }

    private int status(HttpVisitor visitor, BodyPublisher body) {
        return visitor.post(UIDL, JSON, body).statusCode();
    }

    @Test
    void a_visitor_who_is_not_signed_in_may_send_up_to_32_kb_and_not_a_byte_more() {
        var visitor = new HttpVisitor(port);
        visitor.get("/login");

        assertThat(status(visitor, declared(jsonOf(ANONYMOUS_LIMIT)))).isNotEqualTo(413);
        assertThat(status(visitor, chunked(jsonOf(ANONYMOUS_LIMIT)))).isNotEqualTo(413);
        assertThat(status(visitor, declared(jsonOf(ANONYMOUS_LIMIT + 1)))).isEqualTo(413);
        assertThat(status(visitor, chunked(jsonOf(ANONYMOUS_LIMIT + 1)))).isEqualTo(413);
        var eightMegabytes = visitor.post(UIDL, JSON, declared(jsonOf(8 * 1024 * 1024)));
        assertThat(eightMegabytes.statusCode()).isEqualTo(413);
        assertThat(eightMegabytes.headers().firstValue("X-Content-Type-Options"))
                .hasValue("nosniff");
    }

    /** Issue 16: "Request too large" was English for everyone. */
    @Test
    void a_body_over_the_limit_is_refused_in_short_plain_text_in_the_visitors_language() {
        var spanish = new HttpVisitor(port).speaking("es-ES,es;q=0.9");
        spanish.get("/login");
        var refused = spanish.post(UIDL, JSON, declared(jsonOf(ANONYMOUS_LIMIT + 1)));
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(refused.body()).isEqualTo("Esta solicitud es demasiado grande.");

        var english = new HttpVisitor(port).speaking("en-US");
        english.get("/login");
        assertThat(english.post(UIDL, JSON, declared(jsonOf(ANONYMOUS_LIMIT + 1)))
                        .body())
                .isEqualTo("This request is too large.");
    }

    @Test
    void a_signed_in_person_may_send_up_to_1_mb_and_not_a_byte_more() {
        var visitor = new HttpVisitor(port);
        assertThat(visitor.signIn(Demo.CLINICIAN, Demo.PASSWORD)).doesNotContain("error");
        visitor.get("/caseload");

        assertThat(status(visitor, declared(jsonOf(SIGNED_IN_LIMIT)))).isNotEqualTo(413);
        assertThat(status(visitor, chunked(jsonOf(SIGNED_IN_LIMIT)))).isNotEqualTo(413);
        assertThat(status(visitor, declared(jsonOf(SIGNED_IN_LIMIT + 1)))).isEqualTo(413);
        assertThat(status(visitor, chunked(jsonOf(SIGNED_IN_LIMIT + 1)))).isEqualTo(413);
    }

    @Test
    void a_malformed_vaadin_message_is_refused_in_one_log_line_without_its_text(CapturedOutput output) {
        var visitor = new HttpVisitor(port);
        visitor.get("/login");
        // A real UI with its security key, so that the message reaches the point where Vaadin reads it.
        var init = visitor.get("/?v-r=init&location=login&query=").body();
        var uiId = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)").matcher(init);
        assertThat(uiId.find()).as("the UI was created").isTrue();
        int before = output.getAll().length();

        var answer = visitor.post(
                "/?v-r=uidl&v-uiId=" + uiId.group(1),
                JSON,
                BodyPublishers.ofString("{\"csrfToken\":\"x\",\"rpc\":[ATTACKER-TEXT-<script>alert(1)</script>"));

        String logged = output.getAll().substring(before);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(logged)
                .doesNotContain("ATTACKER-TEXT")
                .doesNotContain("\tat ")
                .doesNotContain("Exception");
        assertThat(logged.lines().filter(line -> line.contains("UIDL") || line.contains("JSON")))
                .singleElement()
                .asString()
                .contains("malformed");
    }

    /**
     * Security round 2, finding 5: a well-formed message that no UI of this visitor can take (none open, or
     * no session at all) was logged at ERROR with an incident number. It is one line without the body's text,
     * and counted into the anonymous summary instead.
     */
    @Test
    void a_well_formed_vaadin_message_with_no_ui_behind_it_is_one_quiet_line_and_counted(CapturedOutput output)
            throws InterruptedException {
        int before = output.getAll().length();

        var withoutSession = new HttpVisitor(port).post("/?v-r=uidl", JSON, BodyPublishers.ofString("[1,2,3]"));
        var withSession = new HttpVisitor(port);
        withSession.get("/login");
        var withoutUi = withSession.post(
                "/?v-r=uidl&v-uiId=7",
                JSON,
                BodyPublishers.ofString("{\"csrfToken\":\"ATTACKER-TOKEN\",\"rpc\":[1,2,3],\"syncId\":0}"));

        var withUi = new HttpVisitor(port);
        withUi.get("/login");
        var init = withUi.get("/?v-r=init&location=login&query=").body();
        var uiId = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)").matcher(init);
        assertThat(uiId.find()).as("the UI was created").isTrue();
        var notAMessage = withUi.post("/?v-r=uidl&v-uiId=" + uiId.group(1), JSON, BodyPublishers.ofString("[1,2,3]"));

        String logged = output.getAll().substring(before);
        assertThat(withoutSession.statusCode()).isLessThan(500);
        assertThat(withoutUi.statusCode()).isLessThan(500);
        assertThat(notAMessage.statusCode()).as(logged).isLessThan(500);
        assertThat(logged)
                .doesNotContain("incident")
                .doesNotContain("ERROR")
                .doesNotContain("ATTACKER-TOKEN")
                .doesNotContain("[1,2,3]")
                .doesNotContain("\tat ");
        assertThat(logged.lines().filter(line -> line.contains("UIDL")))
                .as("one line for each message that is not one")
                .hasSize(2)
                .allSatisfy(line -> assertThat(line).contains("not a JSON object"));
        assertThat(notAMessage.statusCode()).isEqualTo(400);
        assertThat(summaryOfRefusedMessages())
                .as("counted into the visitors' summary in the audit trail")
                .startsWith("Vaadin message refused");
    }

    @Autowired
    JdbcTemplate jdbc;

    /** The summary entry the trail writes every second here, waiting a few seconds for it. */
    private String summaryOfRefusedMessages() throws InterruptedException {
        for (int tries = 0; tries < 50; tries++) {
            var found = jdbc.queryForList(
                    "select operation from audit_event where action = 'REFUSED_SUMMARY' "
                            + "and operation like 'Vaadin message refused%'",
                    String.class);
            if (!found.isEmpty()) {
                return found.getFirst();
            }
            Thread.sleep(200);
        }
        return "(no summary entry)";
    }
}
