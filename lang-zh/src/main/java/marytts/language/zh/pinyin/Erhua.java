package marytts.language.zh.pinyin;

/**
 * Decides whether a 儿 is an erhua suffix (一点儿, 玩儿, 哪儿) rather than a syllable of its own
 * (女儿, 儿子, 儿童, 婴儿, names such as 瑚儿).
 */
final class Erhua {

  private Erhua() {}

  static boolean isSuffix(Sentence s, int i, LexicalEvidence ev) {
    if (s.codePoint(i) != '儿' || i == 0 || !s.isHan(i - 1)) {
      return false;
    }
    String wr = ev.wordReading(i);
    if (wr != null) {
      return PinyinSyllables.tone(wr) == 5;
    }
    if (ev.longest[i] != null && ev.longestLength[i] > 1) {
      return PinyinSyllables.tone(ev.longest[i]) == 5;
    }
    Sentence.Span w = s.wordAt(i);
    if (w.start() == i) {
      // 儿 split off as a word: suffix after a verb, pronoun or measure word
      if (i > 0 && s.wordIndexOf(i - 1) >= 0) {
        Sentence.Span prev = s.wordAt(i - 1);
        return prev.end() == i && prev.length() == 1 && hostTag(prev.tag());
      }
      return false;
    }
    // X儿 unknown to the lexicons: suffix when the word is tagged verb, pronoun or measure word
    return w.end() == i + 1 && w.length() == 2 && hostTag(w.tag()) && !w.tag().startsWith("nr");
  }

  private static boolean hostTag(String tag) {
    return tag.startsWith("v") || tag.startsWith("r") || tag.startsWith("q") || tag.equals("d");
  }
}
