package marytts.language.zh.frontend;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How Mandarin speakers commonly say Latin letter names and digits, as pinyin syllables of the
 * zh_CN set. Used for acronyms and for anything the English path cannot read.
 */
public final class LetterNames {
    private static final String[] LETTERS = { "ei1", "bi4", "xi1", "di4", "yi4", "ai2 fu5", "ji4", "ei1 qi1", "ai4",
            "zhei4", "kei4", "ai2 lou5", "ai2 mu5", "en1", "ou1", "pi4", "qiu1", "a4 er5", "ai2 si5", "ti4", "you1",
            "wei1", "da2 bu5 liu5", "ai2 ke4 si5", "wai4", "zei4" };
    private static final String[] DIGITS = { "ling2", "yi1", "er4", "san1", "si4", "wu3", "liu4", "qi1", "ba1",
            "jiu3" };

    private LetterNames() {
    }

    /** Syllables for spelling {@code text} character by character; other characters are skipped. */
    public static List<PinyinSyllable> spell(String text) {
        List<PinyinSyllable> out = new ArrayList<>();
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
