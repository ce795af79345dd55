package org.mendwell.account.security;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.jspecify.annotations.Nullable;
import org.mendwell.shared.i18n.Messages;
import org.mendwell.shared.i18n.ViewerLanguage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * The page Tomcat itself writes when it refuses a request before the portal sees it (an address with a broken
 * escape such as {@code /%}, a malformed header): the portal's own short plain text in the visitor's language
 * (their browser's {@code Accept-Language}, else the practice's), in place of Tomcat's English page. It names no
 * server, version or exception. Installed as the host's error report, so Tomcat adds no page of its own.
 */
@Component
class PortalErrorReport implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final ObjectProvider<ViewerLanguage> viewerLanguage;
    private final ObjectProvider<Messages> messages;

    PortalErrorReport(ObjectProvider<ViewerLanguage> viewerLanguage, ObjectProvider<Messages> messages) {
        this.viewerLanguage = viewerLanguage;
        this.messages = messages;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        // The context is the host's child by the time its customizers run, so the host can be given our report.
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(Valve.class.getName());
                host.getPipeline().addValve(new Valve(this));
            }
        });
    }

    /** The sentence for a refused request, in the visitor's language. */
    String text(int status, Locale locale) {
        return messages.getObject()
                .text(status == 400 ? "shared.error.bad-request" : "shared.error.refused-request", locale);
    }

    /** The visitor's language: their browser's, else the practice's (Tomcat has no session for such a request). */
    Locale locale(@Nullable String acceptLanguage) {
        return viewerLanguage.getObject().requestLocale(acceptLanguage);
    }

    /** Tomcat's error report with the portal's words; Tomcat makes one of its own if this class has no report. */
    static class Valve extends ErrorReportValve {

        private final PortalErrorReport report;

        Valve(PortalErrorReport report) {
            this.report = report;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0) {
                return;
            }
            var ioAllowed = new AtomicBoolean(true);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            String acceptLanguage = request.getHeader("Accept-Language");
            Locale locale = report.locale(acceptLanguage);
            try {
                response.setContentType("text/plain;charset=UTF-8");
                response.setHeader("Content-Language", locale.toLanguageTag());
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(report.text(status, locale));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException ignored) {
                // The visitor has gone or the response is already on its way: nothing more to say.
            }
        }
    }
}
