package org.mendwell.account.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.mendwell.account.CurrentUser;
import org.mendwell.shared.audit.RequestRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Request bodies are limited before anything reads them: one limit for people who are not signed in,
 * a larger one for those who are, each chosen to fit the largest legitimate request (see
 * docs/security.md, finding 8). A declared {@code Content-Length} over the limit is refused at once
 * with 413; a body without one (chunked) is read up to the limit and refused as soon as it goes over,
 * so nobody can make the server hold more than the limit. Vaadin's UIDL messages must also be JSON:
 * one that is not is refused with 400 and one log line without its text, where Vaadin would log a
 * long stack trace quoting it.
 *
 * <p>Form posts (the log-in form) are left to the servlet container once their declared length fits;
 * {@code server.tomcat.max-http-form-post-size} bounds a chunked one.
 */
@Component
class RequestBodyGuard {

    private static final Logger log = LoggerFactory.getLogger(RequestBodyGuard.class);
    private static final JsonFactory JSON = new JsonFactory();

    /** The limits, from {@code mendwell.requests.*}. */
    @ConfigurationProperties("mendwell.requests")
    record Limits(DataSize anonymousBody, DataSize signedInBody) {}

    private final Limits limits;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final PlainRefusal refusal;

    RequestBodyGuard(Limits limits, CurrentUser currentUser, ApplicationEventPublisher events, PlainRefusal refusal) {
        this.events = events;
        this.refusal = refusal;
        this.limits = limits;
        this.currentUser = currentUser;
    }

    /** To be placed after the security context is known: the limit depends on whether someone is signed in. */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                guard(request, response, chain);
            }
        };
    }

    private void guard(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = (currentUser.find().isPresent() ? limits.signedInBody() : limits.anonymousBody()).toBytes();
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            tooLarge(request, response, limit);
            return;
        }
        boolean chunked = declared < 0 && request.getHeader("Transfer-Encoding") != null;
        if ((declared <= 0 && !chunked) || isForm(request)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), limit);
        if (body == null) {
            tooLarge(request, response, limit);
            return;
        }
        if (isUidl(request) && !isJsonObject(body)) {
            // Vaadin reads a message as a JSON object; anything else (even well-formed JSON such as [1,2,3])
            // ended in a ClassCastException, logged as an unexpected error with an incident number.
            log.warn(
                    "Refused a malformed UIDL request of {} bytes from {}: not a JSON object",
                    body.length,
                    request.getRemoteAddr());
            events.publishEvent(new RequestRefused(MALFORMED_UIDL));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        log.debug("Refused a request body over {} bytes", limit);
        // The rest of the body is not read: the connection closes after the answer.
        response.setHeader("Connection", "close");
        refusal.write(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "account.refusal.too-large");
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null
                && (type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                        || type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE));
    }

    private static boolean isUidl(HttpServletRequest request) {
        // The query string only: a JSON body is not parsed for parameters.
        return "POST".equals(request.getMethod()) && "uidl".equals(request.getParameter("v-r"));
    }

    /** The whole body, or null as soon as it is longer than the limit. */
    private static byte @Nullable [] readAtMost(InputStream in, long limit) throws IOException {
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            total += read;
            if (total > limit) {
                return null;
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    /** Counted under this name in the audit trail's summary of refusals. */
    static final String MALFORMED_UIDL = "Vaadin message refused: not a JSON object";

    private static boolean isJsonObject(byte[] body) {
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (parser.nextToken() != null) {
                // Reading every token is the check; nothing is kept.
            }
            return true;
        } catch (JacksonException notJson) {
            return false;
        }
    }

    /** The request with its body already read, offered again to whoever reads it next. */
    private static final class ReadBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] bytes, int offset, int length) {
                    return in.read(bytes, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body has already been read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
