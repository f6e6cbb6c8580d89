package marytts.language.zh.frontend;

import java.util.ArrayList;
import java.util.List;

/**
 * Fixes the first word of a Han run that directly follows a Latin word or a number (太low了,
 * 公司要IPO了, 我check了一下). The pronouncer sees the Han run alone, so a run that starts with a
 * bare 了 reads it liao3 as if it stood by itself; after a word it is the aspect or sentence
 * particle le5. Words of more characters (了解, 了不起) are left as the pronouncer read them.
 */
public final class AfterLatin {
    private static final PinyinSyllable LE = PinyinSyllable.parse("le5");

    private AfterLatin() {
    }

    /** {@code words} of a Han run that follows a Latin or digit token, with a leading bare 了 read le5. */
    public static List<PronouncedWord> fix(List<PronouncedWord> words) {
        if (words.isEmpty() || !words.get(0).text().equals("了") || words.get(0).syllables().size() != 1) {
            return words;
        }
        List<PronouncedWord> out = new ArrayList<>(words);
        out.set(0, new PronouncedWord("了", List.of(LE)));
        return out;
    }
}
