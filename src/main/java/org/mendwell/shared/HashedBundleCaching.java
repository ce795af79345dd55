package org.mendwell.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The browser keeps Vaadin's bundle files for a year without asking again. Their names carry a hash of
 * their content ({@code VAADIN/build/indexhtml-ClPNxytR.js}), so a new release has new names and a
 * kept file is never stale. Vaadin itself sends {@code max-age=3600} for them (one question an hour per
 * file and visitor) in production, {@code no-cache} in development.
 *
 * <p>Vaadin writes the header when it serves the file; this filter only replaces the value it
 * writes, so a file Vaadin does not serve (a 404) gets no year-long lifetime. Spring Security's
 * {@code no-store} is left off these files (see SecurityHeaders).
 */
@Component
public class HashedBundleCaching extends OncePerRequestFilter {

    public static final String IMMUTABLE = "max-age=31536000, immutable";

    /** A Vite output file: its name ends in a dash, the eight-character content hash and the extension(s). */
    private static final Pattern HASHED_BUNDLE_FILE =
            Pattern.compile("/VAADIN/build/[^/]+-[A-Za-z0-9_-]{8}\\.[A-Za-z0-9.]+");

    public static boolean isHashedBundleFile(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return HASHED_BUNDLE_FILE.matcher(path).matches();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isHashedBundleFile(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, isCacheControl(name) ? IMMUTABLE : value);
            }

            @Override
            public void addHeader(String name, String value) {
                if (isCacheControl(name)) {
                    super.setHeader(name, IMMUTABLE);
                } else {
                    super.addHeader(name, value);
                }
            }
        });
    }

    private static boolean isCacheControl(String name) {
        return "Cache-Control".equalsIgnoreCase(name);
    }
}
