package marytts.language.zh.english;

import java.util.Optional;

import marytts.language.zh.frontend.PinyinSpelling;
import marytts.language.zh.frontend.PinyinSyllable;

/**
 * Builds {@link PinyinSyllable}s from an (initial, underlying final, tone, erhua) choice by
 * spelling them as pinyin and parsing them back. A choice is accepted only if it survives that
 * round trip unchanged, so every syllable we emit is one {@code PinyinSyllable.parse} accepts and
 * re-creates from its own {@code toPinyin()} (e.g. {@code s + i} is refused: it reads back as
 * {@code s + ii}).
 */
final class ZhSyllables {
    private ZhSyllables() {
    }

    /** The syllable, or empty if the combination cannot be written as one of our syllables. */
    static Optional<PinyinSyllable> make(String initial, String fin, int tone, boolean erhua) {
        String spelled = spell(initial, fin);
        if (spelled == null) {
            return Optional.empty();
        }
        try {
            PinyinSyllable s = PinyinSyllable.parse(spelled + (erhua ? "r" : "") + tone);
            if (s.initial().equals(initial) && s.finalPart().equals(fin) && s.hasErhua() == erhua
                    && s.tone() == tone && PinyinSyllable.parse(s.toPinyin()).equals(s)) {
                return Optional.of(s);
            }
        } catch (IllegalArgumentException e) {
            // not writable: caller falls back
        }
        return Optional.empty();
    }

    /** Parses pinyin known to be valid (tables in this package). */
    static PinyinSyllable of(String pinyin) {
        return PinyinSyllable.parse(pinyin);
    }

    private static String spell(String initial, String fin) {
        boolean apicalWithoutInitial = (fin.equals("ii") || fin.equals("iii")) && initial.isEmpty();
        return fin.equals("ee") || apicalWithoutInitial ? null : PinyinSpelling.spell(initial, fin);
    }
}
