package marytts.language.zh.pinyin;

import java.util.Set;

/**
 * Sentence-scanning helpers and the closed word classes (numerals, degree adverbs, pronouns) that
 * the context rules share (see {@link ContextRules}).
 */
final class SentenceScan {

  private static final String NUMERAL_BEFORE_CLASSIFIER = "一二三四五六七八九十两双几多半";
  static final String NUMERALS = "零〇一二三四五六七八九十百千万两";

  /** Degree adverbs, after which a character is an adjective (很长 chang2). */
  static final Set<String> DEGREE = Set.of("很", "太", "真", "挺", "更", "最", "较", "比较", "特别",
      "非常", "十分", "多么", "那么", "这么", "越来越", "不够", "极", "相当", "有点", "有点儿", "还挺",
      "蛮", "超");

  /** Personal pronouns (objects right after a verb). */
  static final Set<String> PRONOUNS = Set.of("我", "你", "他", "她", "它", "您", "我们",
      "你们", "他们", "她们", "它们", "咱们", "大家", "自己", "人家");

  private SentenceScan() {}

  /**
   * Whether one of {@code chars}, or a token run spelling one of {@code words}, starts at a
   * position from {@code from} towards {@code to} (exclusive; before {@code from} = scanning
   * backwards), within the run of Han tokens that contains {@code from}.
   */
  static boolean hanNear(Sentence s, int from, int to, String chars, String... words) {
    int step = to >= from ? 1 : -1;
    for (int j = from; j != to && j >= 0 && j < s.size() && s.isHan(j); j += step) {
      if (oneOf(s.codePoint(j), chars)) {
        return true;
      }
      for (String w : words) {
        if (s.text(j, j + w.length()).equals(w)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Readings of one character after it, or 0 outside the sentence or before a non-Han token. */
  static int nextHan(Sentence s, int i) {
    return s.isHan(i + 1) ? s.codePoint(i + 1) : 0;
  }

  static int prevHan(Sentence s, int i) {
    return s.isHan(i - 1) ? s.codePoint(i - 1) : 0;
  }

  static boolean oneOf(int cp, String set) {
    return cp != 0 && set.indexOf(cp) >= 0;
  }

  /** Text of the segmented word containing token i. */
  static String wordText(Sentence s, int i) {
    Sentence.Span w = s.wordAt(i);
    return s.text(w.start(), w.end());
  }

  /** Last code point of a string, 0 for the empty string. */
  static int lastChar(String w) {
    return w.isEmpty() ? 0 : w.codePointBefore(w.length());
  }

  /** A numeral and a unit of time start at token j: 二十年, 三天, 两个月, 几个小时. */
  static boolean timeSpanAt(Sentence s, int j) {
    int k = j;
    while (s.isHan(k) && (NUMERALS.indexOf(s.codePoint(k)) >= 0 || s.codePoint(k) == '几')) {
      k++;
    }
    if (k == j) {
      return false;
    }
    if (s.isHan(k) && s.codePoint(k) == '个') {
      k++;
    }
    return s.isHan(k) && "年天月周辈小钟".indexOf(s.codePoint(k)) >= 0;
  }

  /** A one-character word right after a numeral: a classifier with a fixed reading. */
  static boolean afterNumeral(Sentence s, int i) {
    return i > 0 && s.wordAt(i).length() == 1
        && NUMERAL_BEFORE_CLASSIFIER.indexOf(s.codePoint(i - 1)) >= 0;
  }

  /** The word after i is an adjective, adverb, idiom or state word: a complement, not an object. */
  static boolean complementFollows(Sentence s, int i) {
    String nt = s.wordAt(i + 1).tag();
    return nt.startsWith("a") || nt.startsWith("d") || nt.startsWith("i") || nt.startsWith("l")
        || nt.startsWith("z");
  }
}
