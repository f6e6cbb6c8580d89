package marytts.language.zh.pinyin;

import java.util.List;

/**
 * One pronounced syllable of a word.
 *
 * @param text the character(s) it stands for (two for an erhua syllable such as 点儿)
 * @param lexical lexical pinyin with tone digit, e.g. {@code dian3}
 * @param surface surface pinyin after tone sandhi, e.g. {@code dian3}
 * @param tone surface tone 1-5
 * @param phones initial (if any), final, and {@code rr} for erhua, in the zh_CN allophone set
 * @param erhua whether a following 儿 was merged into this syllable
 */
public record Syllable(String text, String lexical, String surface, int tone, List<String> phones,
    boolean erhua) {}
