package org.mendwell.intake;

import java.text.Normalizer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Whether the name typed to sign the intake is the client's. Forgiving, so that a clinician's way of
 * writing the name never blocks a client: case, spaces around and between the words, and accents
 * (é, ñ, ø…) do not count, and the client's preferred name from the intake signs too, alone or in
 * front of the family name ("Lena" or "Lena Sorvino" for Elena Sorvino who asked to be called Lena).
 */
final class Signatures {

    private Signatures() {}

    static boolean matches(String typed, String fullName, @Nullable String preferredName) {
        String signature = comparable(typed);
        if (signature.isEmpty()) {
            return false;
        }
        if (signature.equals(comparable(fullName))) {
            return true;
        }
        String preferred = preferredName == null ? "" : comparable(preferredName);
        if (preferred.isEmpty()) {
            return false;
        }
        String full = comparable(fullName);
        String familyName = full.substring(full.lastIndexOf(' ') + 1);
        return signature.equals(preferred) || signature.equals(preferred + " " + familyName);
    }

    /**
     * Lower case, one space between words, no accents, no apostrophes, hyphens as spaces: "  Élena   SORVINO " is
     * "elena sorvino", and "O’Brien-Núñez" is "obrien nunez" (a phone keyboard types ' where the record has ’).
     */
    private static String comparable(String name) {
        String withoutAccents = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        // Letters that are not a base letter plus an accent (ø, ł, ß, æ) have no NFD form: said plainly.
        String plain = withoutAccents
                .replace("ø", "o")
                .replace("Ø", "O")
                .replace("ł", "l")
                .replace("Ł", "L")
                .replace("ß", "ss")
                .replace("æ", "ae")
                .replace("Æ", "AE")
                .replace("đ", "d")
                .replace("Đ", "D");
        String words = plain.replaceAll("['’‘`´ʼ]", "").replaceAll("[-‐‑–—]", " ");
        return words.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
