package org.mendwell.account.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import org.mendwell.account.domain.Account;
import org.mendwell.account.domain.AccountRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * OWASP's device cookies ("Slow Down Online Guessing Attacks with Device Cookies"). After a complete
 * sign-in the browser gets a cookie for that account: a random nonce and an HMAC-SHA256 of the
 * account id and the nonce, under a key derived from {@code mendwell.security.secret-key} (never from
 * the repository). A browser that presents a valid one when signing in to that account has signed in
 * there before, and the throttle counts its failures against the cookie instead of the e-mail
 * address; so strangers who pause the e-mail address do not pause its owner's own browsers.
 *
 * <p>The signature also covers the account's session epoch, which a password change or reset, an address
 * change, turning off the app and locking all raise: every cookie issued before then stops counting, so a
 * copied cookie does not outlive the password it was earned with (security round 2, finding 3).
 *
 * <p>Each account has its own cookie name (also derived from the key, so it names nobody), so two
 * people who share a computer each keep theirs.
 */
@Component
public class DeviceCookies {

    static final String NAME_PREFIX = "mw-device-";
    static final Duration LIFETIME = Duration.ofDays(180);

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final SecretKey key;
    private final AccountRepository accounts;

    DeviceCookies(SecretCipher secrets, AccountRepository accounts) {
        this.key = secrets.derivedKey("mendwell device cookie v1");
        this.accounts = accounts;
    }

    /** The nonce of the valid device cookie this request carries for the account, if it carries one. */
    Optional<String> trustedNonce(Account account, HttpServletRequest request) {
        UUID accountId = account.getId();
        int epoch = account.getSessionEpoch();
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        String name = nameFor(accountId);
        return Arrays.stream(cookies)
                .filter(cookie -> cookie.getName().equals(name))
                .map(Cookie::getValue)
                .map(value -> nonceIfSigned(accountId, epoch, value))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** Whether the request carries any device cookie at all (so a sign-in without one needs no account lookup). */
    static boolean carriesAny(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies != null
                && Arrays.stream(cookies).anyMatch(cookie -> cookie.getName().startsWith(NAME_PREFIX));
    }

    /** A new cookie for this browser after a complete sign-in to the account: HttpOnly, same-site only. */
    void issue(UUID accountId, HttpServletRequest request, HttpServletResponse response) {
        Optional<Integer> epoch = accounts.findById(accountId).map(Account::getSessionEpoch);
        if (epoch.isEmpty()) {
            return;
        }
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        String nonce = BASE64.encodeToString(random);
        var cookie = new Cookie(nameFor(accountId), nonce + "." + signature(accountId, epoch.get(), nonce));
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) LIFETIME.toSeconds());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Strict");
        response.addCookie(cookie);
    }

    /**
     * After the owner changed their password (or address) in this browser: the change made every older cookie
     * worthless, and this browser, just re-authenticated, gets one signed anew, so that it stays exempt from a
     * pause strangers cause. Nothing happens outside an HTTP request.
     */
    public void renewForThisBrowser(UUID accountId) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes exchange
                && exchange.getResponse() != null) {
            issue(accountId, exchange.getRequest(), exchange.getResponse());
        }
    }

    String nameFor(UUID accountId) {
        return NAME_PREFIX + BASE64.encodeToString(hmac("name:" + accountId)).substring(0, 16);
    }

    private Optional<String> nonceIfSigned(UUID accountId, int epoch, String value) {
        int dot = value.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String nonce = value.substring(0, dot);
        if (!NONCE.matcher(nonce).matches()) {
            return Optional.empty();
        }
        byte[] presented = value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = signature(accountId, epoch, nonce).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(presented, expected) ? Optional.of(nonce) : Optional.empty();
    }

    private String signature(UUID accountId, int epoch, String nonce) {
        return BASE64.encodeToString(hmac("device:" + accountId + ":" + epoch + ":" + nonce));
    }

    private byte[] hmac(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is always available", e);
        }
    }
}
