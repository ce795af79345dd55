package org.mendwell.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mendwell.support.MendwellWebTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A request Tomcat refuses before the portal sees it (an address with a broken escape) is answered with the
 * portal's own short text in the visitor's language, not Tomcat's English page naming the server. Over a raw
 * socket, since an HTTP client will not send such an address.
 */
@MendwellWebTest
class UnreadableRequestPageTest {

    @LocalServerPort
    int port;

    private String send(String target, String acceptLanguage) throws IOException {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept-Language: " + acceptLanguage
                            + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void an_address_with_a_broken_escape_gets_the_portals_plain_page_in_spanish() throws IOException {
        String response = send("/%", "es-MX,es;q=0.9");

        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response).containsIgnoringCase("Content-Type: text/plain;charset=UTF-8");
        assertThat(response).contains("No se ha podido leer esta dirección o solicitud.");
        assertThat(response)
                .doesNotContainIgnoringCase("tomcat")
                .doesNotContain("<html")
                .doesNotContain("Exception");
    }

    @Test
    void an_english_browser_reads_it_in_english() throws IOException {
        String response = send("/%zz/caseload", "en-US");

        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response).contains("This address or request could not be read.");
        assertThat(response).doesNotContainIgnoringCase("tomcat");
    }
}
