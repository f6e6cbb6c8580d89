package marytts.language.zh.pinyin;

/**
 * Decides whether a 儿 is an erhua suffix (一点儿, 玩儿, 哪儿) rather than a syllable of its own
 * (女儿, 儿子, 儿童, 婴儿, names such as 瑚儿).
 */
final class Erhua {

  /**
   * Morphemes that commonly take the erhua suffix in colloquial speech (点儿, 会儿, 事儿, 一下儿,
   * 画儿, 门儿, 慢慢儿...). 儿 after other characters of unknown words is read as a syllable: in
   * written text it is mostly "child" (妻儿, 孙儿, 流浪儿) or part of a name (帖木儿, 婉儿).
   */
  private static final String HOSTS = "点会事下些块边玩画门味样空活词歌花鸟猫狗片条根趟遍阵伴棍"
      + "眼嘴脸天今明哪这那好慢早准信包盖兜尖底号字劲圈馅盘碗影调曲皮瓜枣芽苗桃豆粒丝汁沫渣饼糖"
      + "蛋猴兔虫雀个份头座贝角面口道把身球刀";

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
    boolean host = HOSTS.indexOf(s.codePoint(i - 1)) >= 0;
    if (w.start() == i) {
      // 儿 split off as a word: suffix after a one-character verb, measure word or adverb (玩|儿)
      // or after a common erhua host (慢慢|儿, 一下|儿); never after a name (帖木|儿)
      Sentence.Span prev = s.wordAt(i - 1);
      if (prev.end() != i || name(prev.tag())) {
        return false;
      }
      return prev.length() == 1 && hostTag(prev.tag()) || host;
    }
    // X儿 unknown to the lexicons: suffix when tagged verb, pronoun, measure word or adverb, or
    // when X ends in a common erhua host (没事儿, 画儿, 宝贝儿); names stay syllabic (婉儿)
    return w.end() == i + 1 && !name(w.tag())
        && (w.length() == 2 && hostTag(w.tag()) || host);
  }

  private static boolean hostTag(String tag) {
    return tag.startsWith("v") || tag.startsWith("r") || tag.startsWith("q") || tag.equals("d");
  }

  private static boolean name(String tag) {
    return tag.startsWith("nr") || tag.startsWith("ns") || tag.startsWith("nt");
  }
}
