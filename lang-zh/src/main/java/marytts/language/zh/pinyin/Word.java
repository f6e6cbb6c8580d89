package marytts.language.zh.pinyin;

import java.util.List;

/**
 * One segmented word with its pronunciation.
 *
 * @param text the word as written
 * @param han whether it consists of Han characters (and gets syllables)
 * @param syllables its syllables, empty for non-Han words
 */
public record Word(String text, boolean han, List<Syllable> syllables) {}
