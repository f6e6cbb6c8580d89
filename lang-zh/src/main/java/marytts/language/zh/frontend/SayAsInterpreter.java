package marytts.language.zh.frontend;

import java.util.Locale;

import marytts.language.zh.tn.NumberVerbalizer;

/**
 * SSML {@code say-as} for zh_CN, after MaryTTS's SSML stylesheet has turned {@code interpret-as}
 * into MaryXML {@code say-as type} ({@code number:digits}, {@code number:cardinal},
 * {@code number:ordinal}, {@code telephone}, {@code spell-out}, {@code date[:format]},
 * {@code time[:format]}). Unknown types fall back to ordinary normalization.
 */
public final class SayAsInterpreter {
    private final NumberVerbalizer numbers = new NumberVerbalizer();
    private final Normalizer normalizer;

    public SayAsInterpreter(Normalizer normalizer) {
        this.normalizer = normalizer;
    }

    public String interpret(String type, String text) {
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT).trim();
        String kind = t.contains(":") ? t.substring(0, t.indexOf(':')) : t;
        String detail = t.contains(":") ? t.substring(t.indexOf(':') + 1) : "";
        String s = text.strip();
        switch (kind) {
        case "number":
        case "cardinal":
            if (detail.equals("digits")) {
                return numbers.digits(s);
            }
            if (detail.equals("ordinal")) {
                return numbers(s, true);
            }
            return numbers(s, false);
        case "digits":
            return numbers.digits(s);
        case "ordinal":
            return numbers(s, true);
        case "telephone":
            return numbers.digits(s, true);
        case "spell-out":
        case "characters":
            return spaced(s);
        default:
            // date, time and anything else: the normalizer's own rules recognize the written forms
            return normalizer.normalize(s);
        }
    }

    /** Every digit run read as a number (ordinal: prefixed 第 unless already there); other text normalized. */
    private String numbers(String s, boolean ordinal) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                int j = i;
                while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == ',')) {
                    j++;
                }
                String run = s.substring(i, j);
                String digitsOnly = run.replace(",", "");
                if (digitsOnly.length() > NumberVerbalizer.MAX_CARDINAL_DIGITS) {
                    out.append(numbers.digits(digitsOnly));
                } else if (ordinal) {
                    boolean hasDi = out.length() > 0 && out.charAt(out.length() - 1) == '第';
                    out.append(hasDi ? "" : "第").append(numbers.ordinal(digitsOnly));
                } else {
                    out.append(numbers.cardinal(digitsOnly));
                }
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return ordinal ? out.toString() : normalizer.normalize(out.toString());
    }

    /** One character at a time, so each letter, digit or Han character becomes its own token. */
    private String spaced(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp)) {
                return;
            }
            String one = new String(Character.toChars(cp));
            if (cp >= '0' && cp <= '9') {
                one = numbers.digits(one);
            }
            out.append(out.length() == 0 ? "" : " ").append(one);
        });
        return out.toString();
    }
}
