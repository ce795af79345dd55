package org.mendwell.account.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.mendwell.account.domain.Account;
import org.mendwell.account.domain.RecoveryCode;
import org.mendwell.account.domain.RecoveryCodeRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The authenticator-app factor of an account: enrolment, checking a code (or a one-time recovery
 * code), turning it off. The secret is stored encrypted and never logged; recovery codes are stored
 * as password hashes and shown once. Callers decide who may do this (the signed-in person after
 * re-authenticating, or someone half-way through signing in).
 */
@Component
@Transactional
public class SecondFactor {

    static final String ISSUER = "Mendwell";
    static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretCipher cipher;
    private final RecoveryCodeRepository recoveryCodes;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    SecondFactor(
            SecretCipher cipher, RecoveryCodeRepository recoveryCodes, PasswordEncoder passwordEncoder, Clock clock) {
        this.cipher = cipher;
        this.recoveryCodes = recoveryCodes;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /**
     * Starts enrolment with a new secret, kept (encrypted) but not in force until a code from it is
     * confirmed. Returns the otpauth address for the QR code.
     */
    public String startEnrolment(Account account) {
        byte[] secret = Totp.newSecret();
        account.startMfaEnrolment(cipher.encrypt(secret));
        return Totp.otpauthUri(ISSUER, account.getEmail(), secret);
    }

    /** The secret of an enrolment in progress, Base32, for typing into an app that cannot scan. */
    public Optional<String> pendingSecret(Account account) {
        return account.hasMfa() || account.getMfaSecret() == null
                ? Optional.empty()
                : Optional.of(Totp.base32(cipher.decrypt(account.getMfaSecret())));
    }

    /** Puts the factor in force when the code is right, and returns the new recovery codes (shown once). */
    public Optional<List<String>> confirmEnrolment(Account account, String code) {
        if (account.hasMfa() || account.getMfaSecret() == null) {
            return Optional.empty();
        }
        OptionalLong step = Totp.matchingStep(cipher.decrypt(account.getMfaSecret()), code, clock.instant(), null);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        account.enableMfa(account.getMfaSecret(), clock.instant());
        account.setMfaLastStep(step.getAsLong());
        return Optional.of(newRecoveryCodes(account));
    }

    /** Whether the code is the app's current one (not used before) or an unused recovery code, which it uses up. */
    public boolean verify(Account account, String code) {
        if (!account.hasMfa() || account.getMfaSecret() == null) {
            return false;
        }
        OptionalLong step = Totp.matchingStep(
                cipher.decrypt(account.getMfaSecret()), code, clock.instant(), account.getMfaLastStep());
        if (step.isPresent()) {
            account.setMfaLastStep(step.getAsLong());
            return true;
        }
        String typed = normaliseRecoveryCode(code);
        if (typed.length() != 10) {
            return false;
        }
        for (RecoveryCode recovery : recoveryCodes.findByAccountIdAndUsedAtIsNull(account.getId())) {
            if (passwordEncoder.matches(typed, recovery.getCodeHash())) {
                // Another session may have used it since the list was read: only one of them wins.
                return recoveryCodes.useIfUnused(recovery.getId(), clock.instant()) == 1;
            }
        }
        return false;
    }

    public int recoveryCodesLeft(Account account) {
        return recoveryCodes.findByAccountIdAndUsedAtIsNull(account.getId()).size();
    }

    /** Replaces every recovery code with ten new ones, returned once in the form "abcde-fghjk". */
    public List<String> newRecoveryCodes(Account account) {
        recoveryCodes.deleteByAccountId(account.getId());
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            var code = new StringBuilder();
            for (int c = 0; c < 10; c++) {
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            recoveryCodes.save(new RecoveryCode(account.getId(), passwordEncoder.encode(code.toString())));
            shown.add(code.substring(0, 5) + "-" + code.substring(5));
        }
        return shown;
    }

    public void disable(Account account) {
        account.disableMfa();
        recoveryCodes.deleteByAccountId(account.getId());
    }

    private static String normaliseRecoveryCode(String code) {
        return code.replaceAll("[\\s-]", "").toLowerCase(java.util.Locale.ROOT);
    }
}
