package marytts.language.zh.pinyin;

import static marytts.language.zh.pinyin.SentenceScan.NUMERALS;
import static marytts.language.zh.pinyin.SentenceScan.PRONOUNS;
import static marytts.language.zh.pinyin.SentenceScan.afterNumeral;
import static marytts.language.zh.pinyin.SentenceScan.nextHan;
import static marytts.language.zh.pinyin.SentenceScan.oneOf;
import static marytts.language.zh.pinyin.SentenceScan.prevHan;
import static marytts.language.zh.pinyin.SentenceScan.wordText;

import java.util.Set;

/**
 * Context rules for classifiers after a numeral or demonstrative (see {@link ContextRules}):
 *
 * <ul>
 *   <li>只 zhi1 as a classifier after a numeral or demonstrative (这只狗), else zhi3 (他只吃了);
 *   <li>行 xing2 in 一行 "a party" (一行人, 我们一行五人);
 *   <li>种 zhong3 after a numeral or demonstrative and zhong4 before 了/着/在;
 *   <li>classifiers after a numeral: 重 chong2 (一重), 斗 dou3 (一斗米), 宿 xiu3 (住了两宿);
 *   <li>场 chang2 for an event (一场大病); 卷 juan4 "volume" after a digit or 第N; 哩 li3 "mile"
 *       after 英/公/海 or a number (79英哩).
 * </ul>
 */
final class ClassifierRules {

  /** Numerals and demonstratives before the classifier 种 "kind". */
  private static final String KIND_AFTER = "这那哪每各某此该本一两几何多三四五六七八九十";

  private ClassifierRules() {}

  /**
   * The reading the rules of this class give token i, whose character is cp, or null (always null
   * for a character they have no rule for).
   */
  static String reading(Sentence s, int i, int cp) {
    boolean single = s.wordAt(i).length() == 1;
    int next = nextHan(s, i);
    int prev = prevHan(s, i);
    switch (cp) {
      case '行':
        return partyXing(s, i) ? "xing2" : null;
      case '只':
        return zhi(s, i);
      case '种':
        return zhong(s, i);
      case '重':
        if (i >= 2 && s.codePoint(i - 1) == '多' && s.codePoint(i - 2) == '有'
            && s.wordAt(i).end() == i + 1 && s.wordAt(i).start() >= i - 1) {
          return "zhong4"; // the question "how heavy": 有多重 (多重 alone is "multiple", chong2)
        }
        return afterNumeral(s, i) ? "chong2" : null; // classifier "layer": 一重, 两重
      case '斗':
        return afterNumeral(s, i) ? "dou3" : null; // measure: 一斗米
      case '宿':
        // nights: 一宿, 两宿 (七宿, 二十八宿 are lunar mansions, xiu4)
        return afterNumeral(s, i) && "一两几半".indexOf(s.codePoint(i - 1)) >= 0 ? "xiu3" : null;
      case '场':
        // an event that runs its course, chang2: 一场大病, 这场雨, 一场梦, 一场虚惊 (一场比赛, 这场
        // 战斗 are chang3)
        int event = s.isHan(i + 1) && oneOf(next, "大小暴") ? i + 2 : i + 1;
        return s.wordAt(i).end() == i + 1 && oneOf(prev, "一两几这那每")
            && s.isHan(event) && (oneOf(s.codePoint(event), "雨雪病梦")
                || s.text(event, event + 2).equals("虚惊")) && !s.text(event, event + 2)
                .equals("雨伞") ? "chang2" : null;
      case '卷':
        return single && i > 0 && (Character.isDigit(s.codePoint(i - 1))
            || i > 1 && s.codePoint(i - 2) == '第' && NUMERALS.indexOf(s.codePoint(i - 1)) >= 0)
            ? "juan4" : null;
      case '哩':
        return oneOf(prev, "英公海") || i > 0 && Character.isDigit(s.codePoint(i - 1)) ? "li3"
            : null;
      default:
        return null;
    }
  }

  /**
   * 只 as a one-character word: the classifier zhi1 after a numeral, a demonstrative or 了 and
   * before its noun (这只狗, 几只鸟, 养了只猫), else the adverb zhi3 "only" (他只吃了一点, 这只是).
   */
  private static String zhi(Sentence s, int i) {
    if (s.wordAt(i).length() != 1 || !s.isHan(i + 1)) {
      return null;
    }
    // a classifier counts a noun; before a verb or adverb it is "only" (这只是, 大多只用)
    String nt = s.wordAt(i + 1).tag();
    boolean verbal = nt.startsWith("v") || nt.startsWith("d") || nt.startsWith("p")
        || nt.startsWith("c");
    int prev = i > 0 ? s.codePoint(i - 1) : 0;
    if (prev == '只' && i >= 2 && NUMERALS.indexOf(s.codePoint(i - 2)) >= 0) {
      return "zhi1"; // 一只只小鸟
    }
    if ("一二三四五六七八九十两几半".indexOf(prev) >= 0
        || "这那哪每某整多了".indexOf(prev) >= 0 && !verbal) {
      return "zhi1"; // after a numeral always: 一只站在驴身上的…
    }
    return "zhi3";
  }

  /**
   * 种: the classifier zhong3 "kind" after a numeral or demonstrative, even where HanLP glued it to
   * the noun (这|种花, 一种); the verb zhong4 "plant" before an aspect particle or a direction
   * (种了一棵树, 种在院子里; 有种下大上小的感觉 is a kind).
   */
  /** Words after which a one-character 种 before a noun is "plant" (适合种向日葵). */
  private static final Set<String> PLANTERS = Set.of("适合", "适宜", "可以", "能", "想", "要",
      "喜欢", "打算", "准备", "开始", "用来", "多", "去");

  private static String zhong(Sentence s, int i) {
    Sentence.Span w = s.wordAt(i);
    // 统一|种植: the numeral ends a word of its own and 种 begins another
    boolean ownWords = w.start() == i && w.length() > 1 && i > 0 && s.wordAt(i - 1).length() > 1;
    if (i > 0 && KIND_AFTER.indexOf(s.codePoint(i - 1)) >= 0 && !ownWords) {
      return "zhong3";
    }
    if (w.length() == 1 && s.isHan(i + 1) && "了着过在得".indexOf(s.codePoint(i + 1)) >= 0) {
      return "zhong4";
    }
    if (w.length() == 1 && nextHan(s, i) == '的' && oneOf(prevHan(s, i), "地田里园")) {
      return "zhong4"; // what is planted: 这块地种的是小麦
    }
    if (w.length() == 1 && i > 0 && s.isHan(i - 1) && s.isHan(i + 1)
        && PLANTERS.contains(wordText(s, i - 1)) && s.wordAt(i + 1).start() == i + 1
        && (s.wordAt(i + 1).tag().startsWith("n") || s.wordAt(i + 1).tag().startsWith("m")
            || wordText(s, i + 1).equals("什么"))) {
      return "zhong4"; // planting after a modal or 适合: 适合种向日葵, 可以种一些花, 想种几棵树
    }
    if (w.length() == 1 && nextHan(s, i) == '的' && s.isHan(i - 1) && s.wordAt(i - 1).end() == i
        && (PRONOUNS.contains(wordText(s, i - 1))
            || oneOf(prevHan(s, i), "爷奶爸妈民婆公伯叔姨舅哥姐") && s.wordAt(i - 1).length() >= 2)) {
      return "zhong4"; // what a person planted: 老爷爷种的萝卜, 我种的花
    }
    // planting a crop: 在地里种麦子, 种庄稼 (有种/哪种 + noun is a kind)
    if (w.length() == 1 && s.isHan(i + 1) && s.wordAt(i + 1).start() == i + 1
        && wordText(s, i + 1).length() <= 3
        && wordText(s, i + 1).codePoints().anyMatch(c -> oneOf(c, "麦树花菜粮米稻稼豆瓜果苗秧薯"))
        && !oneOf(prevHan(s, i), "有哪啥")) {
      return "zhong4";
    }
    return null;
  }

  /**
   * 行 xing2 in 一行 "a travelling party": before 人 (一行人) or a head count (一行五人), or after a
   * group or person and ending the phrase (代表团一行). 这一行, 第一行, 干一行 are rows or trades.
   */
  private static boolean partyXing(Sentence s, int i) {
    if (i == 0 || s.codePoint(i - 1) != '一') {
      return false;
    }
    int n = s.size();
    if (i + 1 < n && s.codePoint(i + 1) == '人') {
      return true;
    }
    if (i + 2 < n && NUMERALS.indexOf(s.codePoint(i + 1)) >= 0
        && "人位名".indexOf(s.codePoint(i + 2)) >= 0) {
      return true;
    }
    if (i + 1 < n && s.isHan(i + 1) || !s.isHan(i - 2)) {
      return false;
    }
    Sentence.Span group = s.wordAt(i - 2);
    String t = group.tag();
    return group.end() == i - 1 && group.length() >= 2
        && (t.startsWith("r") || t.startsWith("n") && !t.startsWith("nz"));
  }
}
