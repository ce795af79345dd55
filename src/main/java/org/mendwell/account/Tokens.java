package org.mendwell.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;
import org.mendwell.account.domain.OneTimeLink;

/** Random tokens for one-time links, and the hash under which they (and other keys) are stored. */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {}

    /** 256 random bits, URL-safe. */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Hex SHA-256: enough for high-entropy tokens, which need no slow hash. */
    public static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /**
     * The stored link a token from an e-mailed address names, while it can still be used. A token that
     * cannot be one of ours (blank, or longer than any we issue) is not looked up.
     */
    static <T extends OneTimeLink> Optional<T> usable(
            String token, Function<String, Optional<T>> byTokenHash, Instant now) {
        if (token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return byTokenHash.apply(sha256(token)).filter(link -> link.isUsable(now));
    }
}
