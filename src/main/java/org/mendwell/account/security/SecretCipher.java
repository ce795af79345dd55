package org.mendwell.account.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.mendwell.shared.DemoSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Encrypts the authenticator-app secrets at rest with AES-256-GCM, under a key from configuration
 * (mendwell.security.secret-key, 32 bytes in Base64), and derives from it the key that signs device cookies. The embedded demo uses a published development
 * key; a portal without demo data refuses to start with that key or without one.
 */
@Component
public class SecretCipher {

    /** Published in application.properties for the embedded demo only. */
    static final String DEVELOPMENT_KEY = "bWVuZHdlbGwtZGV2LWtleS1wdWJsaWMtbmV2ZXItb2s=";

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    @Autowired
    SecretCipher(SecuritySettings security, DemoSettings demo) {
        this(security.secretKey(), demo.enabled());
    }

    SecretCipher(String base64Key, boolean demoPractice) {
        if (!demoPractice && (base64Key.isBlank() || base64Key.equals(DEVELOPMENT_KEY))) {
            throw new IllegalStateException(
                    "Refusing to start: set MENDWELL_SECRET_KEY (mendwell.security.secret-key) "
                            + "to 32 random bytes in Base64, e.g. from `openssl rand -base64 32`; the development key is public.");
        }
        byte[] bytes = Base64.getDecoder().decode(base64Key.strip());
        if (bytes.length != 32) {
            throw new IllegalStateException("mendwell.security.secret-key must be 32 bytes in Base64");
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    /**
     * A key for another purpose (signing device cookies), derived from the configured key as
     * HMAC-SHA256(key, purpose), so one secret serves both without either use revealing the other's key.
     */
    SecretKey derivedKey(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return new SecretKeySpec(mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8)), "HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is always available", e);
        }
    }

    public String encrypt(byte[] plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain);
            return Base64.getEncoder()
                    .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                            .put(nonce)
                            .put(sealed)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is always available", e);
        }
    }

    public byte[] decrypt(String stored) {
        try {
            byte[] all = Base64.getDecoder().decode(stored);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            return cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored secret could not be decrypted; was the key changed?", e);
        }
    }
}
