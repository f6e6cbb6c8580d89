package marytts.language.zh.frontend;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One toned pinyin syllable split into the zh_CN allophone set: an optional initial and a
 * final spelled in its underlying form (see {@code allophones.zh_CN.xml}), plus an optional
 * erhua coda {@code rr}.
 */
public final class PinyinSyllable {
    private static final String[] INITIALS = { "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h",
            "j", "q", "x", "r", "z", "c", "s" };

    private final String initial;
    private final String finalPart;
    private final int tone;
    private final boolean erhua;

    private PinyinSyllable(String initial, String finalPart, int tone, boolean erhua) {
        this.initial = initial;
        this.finalPart = finalPart;
        this.tone = tone;
        this.erhua = erhua;
    }

    public String initial() {
        return initial;
    }

    public String finalPart() {
        return finalPart;
    }

    /** 1-4, or 5 for the neutral tone. */
    public int tone() {
        return tone;
    }

    public boolean hasErhua() {
        return erhua;
    }

    public PinyinSyllable withTone(int newTone) {
        return new PinyinSyllable(initial, finalPart, newTone, erhua);
    }

    public PinyinSyllable withErhua() {
        return new PinyinSyllable(initial, finalPart, tone, true);
    }

    /** Whether an allophone symbol is a final (the tone-bearing part) of the zh_CN set. */
    public static boolean isFinal(String phone) {
        return FinalTable.isFinal(phone);
    }

    /** Allophone symbols in order: initial (if any), final, erhua coda (if any). */
    public List<String> phones() {
        List<String> phones = new ArrayList<>(3);
        if (!initial.isEmpty()) {
            phones.add(initial);
        }
        phones.add(finalPart);
        if (erhua) {
            phones.add("rr");
        }
        return Collections.unmodifiableList(phones);
    }

    /**
     * Parses toned pinyin with a tone digit ({@code zhuang4}, {@code lv4}, {@code nü3}, {@code de5},
     * {@code huar1}); a missing digit means the neutral tone.
     *
     * @throws IllegalArgumentException if the text is not a Mandarin syllable
     */
    public static PinyinSyllable parse(String toned) {
        Objects.requireNonNull(toned, "pinyin");
        String s = toned.trim().toLowerCase(Locale.ROOT).replace("ü", "v").replace("u:", "v");
        int tone = 5;
        if (!s.isEmpty() && Character.isDigit(s.charAt(s.length() - 1))) {
            tone = s.charAt(s.length() - 1) - '0';
            s = s.substring(0, s.length() - 1);
            if (tone == 0) {
                tone = 5;
            }
        }
        if (tone < 1 || tone > 5 || s.isEmpty() || !s.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            throw new IllegalArgumentException("not a toned pinyin syllable: '" + toned + "'");
        }
        boolean erhua = false;
        if (s.length() > 2 && s.endsWith("r") && !s.equals("er")) {
            erhua = true;
            s = s.substring(0, s.length() - 1);
        }
        String initial = "";
        for (String candidate : INITIALS) {
            if (s.startsWith(candidate) && s.length() > candidate.length()) {
                initial = candidate;
                break;
            }
        }
        String rest = s.substring(initial.length());
        String fin = underlyingFinal(initial, rest);
        if (fin == null) {
            throw new IllegalArgumentException("not a toned pinyin syllable: '" + toned + "'");
        }
        return new PinyinSyllable(initial, fin, tone, erhua);
    }

    private static String underlyingFinal(String initial, String rest) {
        if (initial.isEmpty()) {
            // zero-initial spellings with y/w
            if (rest.startsWith("y")) {
                String r = rest.substring(1);
                switch (r) {
                case "i": case "in": case "ing": return r;
                case "u": return "v";
                case "ue": return "ve";
                case "uan": return "van";
                case "un": return "vn";
                case "ou": return "iou";
                case "e": return "ie";
                default: return FinalTable.isFinal("i" + r) ? "i" + r : null;
                }
            }
            if (rest.startsWith("w")) {
                String r = rest.substring(1);
                switch (r) {
                case "u": return "u";
                case "ei": return "uei";
                case "en": return "uen";
                case "eng": return "ueng";
                default: return FinalTable.isFinal("u" + r) ? "u" + r : null;
                }
            }
            if (rest.equals("e") || rest.equals("ê") || rest.equals("eh")) {
                return rest.equals("e") ? "e" : "ee";
            }
            return FinalTable.isFinal(rest) ? rest : null;
        }
        boolean palatal = initial.equals("j") || initial.equals("q") || initial.equals("x");
        if (palatal && rest.startsWith("u")) {
            rest = "v" + rest.substring(1); // ju, que, xuan, jun
        }
        if (rest.equals("i")) {
            if (initial.equals("z") || initial.equals("c") || initial.equals("s")) {
                return "ii";
            }
            if (initial.equals("zh") || initial.equals("ch") || initial.equals("sh") || initial.equals("r")) {
                return "iii";
            }
        }
        switch (rest) {
        case "iu": return "iou";
        case "ui": return "uei";
        case "un": return "uen";
        case "vn": return "vn";
        default: return FinalTable.isFinal(rest) ? rest : null;
        }
    }

    /** The canonical pinyin spelling with tone digit, e.g. {@code lv4}. Erhua adds {@code r}. */
    public String toPinyin() {
        return PinyinSpelling.spell(initial, finalPart) + (erhua ? "r" : "") + tone;
    }

    @Override
    public String toString() {
        return toPinyin();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PinyinSyllable)) {
            return false;
        }
        PinyinSyllable other = (PinyinSyllable) o;
        return initial.equals(other.initial) && finalPart.equals(other.finalPart) && tone == other.tone
                && erhua == other.erhua;
    }

    @Override
    public int hashCode() {
        return Objects.hash(initial, finalPart, tone, erhua);
    }
}
