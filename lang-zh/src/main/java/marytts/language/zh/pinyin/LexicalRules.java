package marytts.language.zh.pinyin;

import static marytts.language.zh.pinyin.SentenceScan.nextHan;
import static marytts.language.zh.pinyin.SentenceScan.oneOf;
import static marytts.language.zh.pinyin.SentenceScan.prevHan;
import static marytts.language.zh.pinyin.SentenceScan.wordText;

import java.util.Map;
import java.util.Set;

/**
 * Context rules read off the word a character stands in (see {@link ContextRules}): surname
 * readings right after 姓 (姓曾 zeng1, 姓单 shan4), four-character idioms as pinyin-pro lists them,
 * minority readings of lexicon words the polyphone model never learned ({@link #WORD_MINORITY}),
 * and bound characters read by the neighbour they form a word with:
 *
 * <ul>
 *   <li>累 lei3 "repeatedly" in official careers (累迁, 累转, 累官), lei4 "tired" after 又/不/很
 *       (又累又饿);
 *   <li>晕 yun4 "halo" as a noun after 的 or a noun (冰晕, 黑洞的晕); the verb yun1 faints (晕倒,
 *       他晕了);
 *   <li>降 xiang2 "surrender" after 迎/乞/请/受/纳/来/出/诈 (出城迎降; 下降 is jiang4);
 *   <li>吧 ba1 inside a noun (贴吧, 网吧); 乐 yue4 "music" in 乐评/乐迷/乐坛; 藏 cang2 after 所
 *       (所藏文物); 藉 ji2 where 籍 makes a word (美藉 = 美籍, 藉田); 喝 he4 "shout" before 一声; 翟
 *       di2 before 衣/羽 (翟衣); 俟 qi2 in the surname 万俟; 捋 luo1 before 起/袖 (捋起袖子);
 *   <li>朝阳 zhao1, found in blind probes, and 解 杆 弄 传 相 划 咽 假 (each with its comment
 *       below).
 * </ul>
 */
final class LexicalRules {

  /** Surnames read differently from the character's common reading. */
  private static final Map<Integer, String> SURNAMES = Map.ofEntries(
      Map.entry((int) '曾', "zeng1"), Map.entry((int) '单', "shan4"), Map.entry((int) '解', "xie4"),
      Map.entry((int) '朴', "piao2"), Map.entry((int) '仇', "qiu2"), Map.entry((int) '查', "zha1"),
      Map.entry((int) '区', "ou1"), Map.entry((int) '盖', "ge3"), Map.entry((int) '乐', "yue4"),
      Map.entry((int) '缪', "miao4"), Map.entry((int) '翟', "zhai2"), Map.entry((int) '召', "shao4"),
      Map.entry((int) '覃', "qin2"), Map.entry((int) '繁', "po2"), Map.entry((int) '员', "yun4"),
      Map.entry((int) '尉', "yu4"), Map.entry((int) '任', "ren2"), Map.entry((int) '纪', "ji3"),
      Map.entry((int) '华', "hua4"), Map.entry((int) '燕', "yan1"), Map.entry((int) '种', "chong2"),
      Map.entry((int) '宁', "ning4"), Map.entry((int) '柏', "bai3"), Map.entry((int) '万', "wan4"));

  /**
   * Minority readings of characters the polyphone model knows by one reading only (the CPP rows
   * give 发 only fa1, 禁 only jin4), so that it reads every word of the other reading wrong (洗发水,
   * 染发, 短发 fa1; 不禁 jin4; 包扎 zha1; 踏实 ta4; 似地 si4): where the segmented word is a
   * pinyin-pro word with one of these readings, the word's reading is taken. Found in everyday
   * probes; a general "trust the word where the model knows one reading" broke 23 dev rows (CPP
   * reads such words with the majority reading, or the lexicon lists rare senses).
   */
  private static final Map<Integer, String> WORD_MINORITY = Map.of(
      (int) '发', "fa4 fa5", (int) '禁', "jin1", (int) '扎', "za1", (int) '踏', "ta1",
      (int) '似', "shi4", (int) '强', "qiang3", (int) '差', "chai1");

  private LexicalRules() {}

  /** A surname right after 姓 (a one-character word) reads as the surname. */
  static String surname(Sentence s, int i, int cp) {
    if (i > 0 && s.codePoint(i - 1) == '姓' && s.wordAt(i - 1).length() == 1
        && SURNAMES.containsKey(cp)) {
      return SURNAMES.get(cp);
    }
    return null;
  }

  /** A character of an idiom (a word of four or more characters tagged i), other than 一 and 不. */
  static String idiom(Sentence s, int i, PinyinLexicon lex, int cp) {
    Sentence.Span idiom = s.wordAt(i);
    if (idiom.length() >= 4 && idiom.tag().startsWith("i") && cp != '一' && cp != '不') {
      // a four-character idiom reads as pinyin-pro lists it where HanLP's dictionary does not
      // disagree: 数一数二, 屈指可数 shu3, 功不可没 mo4 (the model read shu4, mei2); citation tone
      // as elsewhere in lexical pinyin (满不在乎 hu1). HanLP alone gives 气息奄奄 yan1.
      String[] pp = lex.pinyinProWord(wordText(s, i));
      String[] hl = lex.hanlpWord(wordText(s, i));
      int k = i - idiom.start();
      if (pp != null && pp.length == idiom.length() && (hl == null || hl.length != pp.length
          || lex.citation(cp, hl[k]).equals(lex.citation(cp, pp[k])))) {
        return lex.citation(cp, pp[k]);
      }
    }
    return null;
  }

  /** A minority reading of {@link #WORD_MINORITY} that the pinyin-pro word gives, or null. */
  static String minorityWord(Sentence s, int i, PinyinLexicon lex, int cp) {
    boolean single = s.wordAt(i).length() == 1;
    String minority = WORD_MINORITY.get(cp);
    if (minority != null && !single) {
      // a pinyin-pro word giving the minority reading the model never learned (染发 fa4, 不禁 jin1)
      String[] word = lex.pinyinProWord(wordText(s, i));
      String r = word != null ? word[i - s.wordAt(i).start()] : null;
      // tying 扎 za1 only in a verb (包扎/vn); 巴扎洛夫, 阿巴扎语 are transliterations, zha1
      boolean verb = s.wordAt(i).tag().startsWith("v");
      if (r != null && minority.contains(r) && (cp != '扎' || verb)) {
        return r;
      }
    }
    return null;
  }

  /**
   * The reading the rules of this class give token i, whose character is cp, or null (always null
   * for a character they have no rule for).
   */
  static String reading(Sentence s, int i, PinyinLexicon lex, int cp) {
    boolean single = s.wordAt(i).length() == 1;
    int next = nextHan(s, i);
    int prev = prevHan(s, i);
    switch (cp) {
      case '累':
        if (s.wordAt(i).start() == i && oneOf(next, "迁转官擢赠")) {
          return "lei3";
        }
        return single && oneOf(prev, "又不很太好真挺") ? "lei4" : null;
      case '晕':
        if (prev == '发' && s.wordAt(i).end() == i + 1) {
          return "yun1"; // 晒得人发晕
        }
        // (头晕, 眼晕 are dizziness, yun1)
        return single && (prev == '的' || oneOf(prev, "冰日月光彩"))
            && !oneOf(next, "倒过了死厥眩车船机乎头") ? "yun4" : null;
      case '解':
        // solving, jie3: 解法, 解题 (HanLP's dictionary alone gives 解法 xie4; xie4 is the surname,
        // 解元, 浑身解数 and the places 解州, 解县)
        return s.wordAt(i).start() == i && s.wordAt(i).length() == 2
            && !s.wordAt(i).tag().startsWith("nr") && !s.wordAt(i).tag().startsWith("ns")
            && oneOf(next, "法题答") ? "jie3" : null;
      case '降':
        return single && oneOf(prev, "迎乞请受纳来出诈") ? "xiang2" : null;
      case '吧':
        return s.wordAt(i).length() >= 2 && s.wordAt(i).tag().startsWith("n") ? "ba1" : null;
      case '乐':
        return s.wordAt(i).start() == i && oneOf(next, "评迷坛") ? "yue4" : null;
      case '藉':
        // only after a country or 国/原/祖 (美藉 = 美籍; 慰藉, 凭藉, 藉口 are jie4)
        return oneOf(prev, "美英法德日俄韩华国原祖") && !oneOf(next, "口此由着") ? "ji2" : null;
      case '喝':
        return s.text(i + 1, i + 3).equals("一声") ? "he4" : null;
      case '翟':
        return oneOf(next, "衣羽") ? "di2" : null;
      case '俟':
        return prev == '万' ? "qi2" : null;
      case '杆':
        // gan3: the shaft of a tool or a bacillus (操纵杆, 杠杆, 枪杆, 杆菌; CPP reads 摇杆 gan1);
        // gan1: a pole (旗杆, 栏杆, 电线杆)
        if (oneOf(prev, "纵杠枪笔秤烟螺") || next == '菌') {
          return "gan3";
        }
        return oneOf(prev, "旗栏桅线标箭灯竹木") && s.wordAt(i).end() == i + 1 ? "gan1" : null;
      case '弄':
        // a Shanghai lane, long4: numbered (123弄, 弄3号) or 弄堂
        return i > 0 && Character.isDigit(s.codePoint(i - 1)) || next == '堂'
            || i + 1 < s.size() && Character.isDigit(s.codePoint(i + 1)) ? "long4" : null;
      case '藏':
        if (prev == '所' && s.wordAt(i).start() == i) {
          return "cang2"; // 所藏佛像
        }
        // Tibet, zang4, opening a word: 藏族, 藏语, 藏文, 藏区, 藏传, 藏医, 藏人 (not after a verb of
        // hiding or keeping: 收藏, 躲藏, 隐藏, 埋藏, 珍藏)
        return s.wordAt(i).start() == i && oneOf(next, "族语文区传医药历剧戏袍獒羚人南北")
            && !oneOf(prev, "收躲隐埋珍窝贮储典馆所蕴潜冷暗私秘深") ? "zang4" : null;
      case '传':
        // a biography or a book title, zhuan4: 《水浒传》, 李白传》
        if (s.wordAt(i).length() == 2 && s.wordAt(i).end() == i + 1 && oneOf(prev, "长短")) {
          return "chuan2"; // passing the ball: 一记长传, 短传配合
        }
        return i + 1 < s.size() && s.codePoint(i + 1) == '》' && prev != 0 ? "zhuan4" : null;
      case '相':
        // the minister xiang4: 首相, 丞相, 宰相, 外相 (also where the segmenter split them)
        return oneOf(prev, "首丞宰外") && s.wordAt(i).end() == i + 1 ? "xiang4" : null;
      case '划':
        // an administrative transfer, hua4 (划入, 划归, 划为, 划给); rowing, hua2 (划船, 划桨)
        if (s.wordAt(i).start() == i && oneOf(next, "入归为给拨出至到分定")) {
          return "hua4";
        }
        return s.wordAt(i).start() == i && oneOf(next, "船桨艇水") ? "hua2" : null;
      case '咽':
        // the pharynx yan1 (咽喉, 咽部, 咽痛), swallowing yan4 after 吞, sobbing ye4 after 哽/呜
        if (oneOf(prev, "吞")) {
          return "yan4";
        }
        if (oneOf(prev, "哽呜")) {
          return "ye4";
        }
        return s.wordAt(i).start() == i && oneOf(next, "喉部痛炎峡鼓") ? "yan1" : null;
      case '捋':
        return oneOf(next, "起袖") ? "luo1" : null;
      case '假':
        // time off, jia4: 三天假, 请了假, 放了一周假 (also where HanLP glued 天假 or 半天假 into one word)
        if (s.wordAt(i).end() != i + 1 || !single && (s.wordAt(i).length() > 3
            || lex.word(wordText(s, i)) != null)) {
          return null;
        }
        return oneOf(prev, "天周月") || prev == '了' && i >= 2 && oneOf(s.codePoint(i - 2), "请放休")
            ? "jia4" : null;
      case '朝':
        // the morning sun, zhao1 yang2: 朝阳升起, 一轮朝阳, 迎着朝阳, 早上的朝阳很美 (the district
        // and "facing the sun" are chao2: 朝阳区, 朝阳的房间)
        if (!wordText(s, i).equals("朝阳") || s.wordAt(i).start() != i) {
          return null;
        }
        int after = nextHan(s, i + 1);
        return oneOf(after, "升冉照洒映很真格般") || oneOf(prev, "轮迎")
            || s.text(i - 2, i).equals("迎着") || prev == '的' && i >= 3
            && Set.of("初升", "早上", "早晨", "清晨", "东方", "美丽").contains(s.text(i - 3, i - 1))
            ? "zhao1" : null;
      default:
        return null;
    }
  }
}
