package marytts.language.zh.english;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import marytts.language.zh.frontend.PinyinSyllable;

/**
 * Latin letter names as Mandarin speakers say them when spelling acronyms (GPU → ji1 pi1 you1,
 * NBA → en1 bi1 ei1). Each letter's stressed syllable is level tone 1, the way letters are read
 * in a Chinese sentence; extra syllables of two- or three-syllable names (F ai1 fu5, W da1 bu5
 * liu5, X ai1 ke5 si5) are neutral.
 */
public final class LetterSpeller {
    private static final String[] LETTERS = { "ei1", "bi1", "xi1", "di1", "yi1", "ai1 fu5", "ji1", "ai1 qi5",
            "ai1", "zhei1", "kei1", "ai1 ou5", "ai1 mu5", "en1", "ou1", "pi1", "kiu1", "a1 er5", "ai1 si5", "ti1",
            "you1", "wei1", "da1 bu5 liu5", "ai1 ke5 si5", "wai1", "zei1" };
    private static final String[] DIGITS = { "ling2", "yi1", "er4", "san1", "si4", "wu3", "liu4", "qi1", "ba1",
            "jiu3" };

    /** Syllables for each ASCII letter or digit of {@code text}, in order; other characters are skipped. */
    public List<PinyinSyllable> spell(String text) {
        List<PinyinSyllable> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            String names = null;
            if (c >= 'a' && c <= 'z') {
                names = LETTERS[c - 'a'];
            } else if (c >= '0' && c <= '9') {
                names = DIGITS[c - '0'];
            }
            if (names != null) {
                for (String n : names.split(" ")) {
                    out.add(PinyinSyllable.parse(n));
                }
            }
        }
        return out;
    }
}
