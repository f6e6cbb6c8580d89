package marytts.language.zh.frontend;

import java.util.List;

/**
 * A segmented Chinese word and its surface syllables (after tone sandhi and erhua). An erhua
 * 儿 is merged into the previous syllable, so a word may have fewer syllables than characters.
 */
public record PronouncedWord(String text, List<PinyinSyllable> syllables) {
    public PronouncedWord {
        syllables = List.copyOf(syllables);
    }
}
