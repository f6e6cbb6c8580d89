package marytts.language.zh.pinyin;

import static marytts.language.zh.pinyin.SentenceScan.PRONOUNS;
import static marytts.language.zh.pinyin.SentenceScan.hanNear;
import static marytts.language.zh.pinyin.SentenceScan.nextHan;
import static marytts.language.zh.pinyin.SentenceScan.oneOf;
import static marytts.language.zh.pinyin.SentenceScan.prevHan;
import static marytts.language.zh.pinyin.SentenceScan.wordText;

import java.util.Set;

/**
 * Context rules for adverbs, prepositions and modal verbs, deciding between the function word and
 * the other readings of their characters (see {@link ContextRules}):
 *
 * <ul>
 *   <li>还 huan2, "give back": clause-final (什么时候还), before the particle 了 (还了我十块钱)
 *       or a pronoun (还我钱), after 没 (还没还); else the adverb hai2 (the model said huan2 for
 *       他还发明了);
 *   <li>都 dou1 before a verb or adverb;
 *   <li>为 wei4 before a pronoun (为你感到骄傲) or a noun followed by a verb (为人民服务);
 *   <li>the adverb 倒 dao4 (倒是, 倒也, 倒不如), and 倒 dao4 "pour";
 *   <li>应 ying1 "should" as a one-character word before a verb (最早应追溯至…), also 应在 ying1;
 *   <li>将 jiang1 after a pronoun (它将作品…, 他将出任);
 *   <li>会 hui4 "can" and 咋 za3 "how" (each with its comment below).
 * </ul>
 */
final class FunctionWordRules {

  /** Debts one pays back, huan2 before them ending a clause (还房贷, 还信用卡). */
  private static final Set<String> DEBTS = Set.of("房贷", "车贷", "贷款", "债", "欠款", "借款",
      "信用卡", "花呗", "账", "欠账", "外债", "高利贷");

  /** Adverbs before a purpose 为 wei4 (正在为…做准备). */
  private static final Set<String> PURPOSE_ADVERBS = Set.of("正在", "在", "都", "也", "要", "正",
      "还", "一直", "已经", "不", "没", "别", "又", "不用", "不必", "没有", "总是", "整天");

  /** The copula, after which 为 + pronoun is "for" (这是为你准备的). */
  private static final Set<String> COPULAS = Set.of("是", "都是", "就是", "只是", "正是", "全是",
      "也是", "还是", "不是");

  /** Modal verbs, which leave 为 "for" to the verb after it (我们要为人民服务). */
  private static final Set<String> MODALS = Set.of("要", "会", "能", "想", "愿意", "应该", "应当",
      "可以", "肯", "敢", "必须", "需要", "得", "该", "能够", "愿", "将");

  /** Characters that open an "X … 为 Y" construction earlier in the clause (以人民为中心). */
  private static final String WEI2_OPENERS = "以视奉尊称拜选评聘封推誉";

  /** Characters after which 都 is the capital du1: 建都, 定都, 迁都, 还都, 之都, 皇都, 古都. */
  private static final String DU_AFTER = "建定迁还之皇古首国京陪帝旧故仙";

  /** Liquids and rubbish that one pours out (倒水, 把垃圾倒了). */
  private static final String POURED = "水茶酒汤油奶垃圾剩饭药醋咖啡";

  private FunctionWordRules() {}

  /**
   * The reading the rules of this class give token i, whose character is cp, or null (always null
   * for a character they have no rule for).
   */
  static String reading(Sentence s, int i, PinyinLexicon lex, int cp) {
    boolean single = s.wordAt(i).length() == 1;
    int next = nextHan(s, i);
    int prev = prevHan(s, i);
    switch (cp) {
      case '还':
        return hai(s, i, lex);
      case '都':
        return dou(s, i, lex);
      case '为':
        return wei(s, i, lex);
      case '倒':
        if (pour(s, i)) {
          return "dao4";
        }
        // the adverb dao4 "actually, on the contrary" (倒是, 倒也, 倒挺好, 倒不如), whether HanLP
        // made it one word (倒是/d) or not; the verb "fall" dao3 (倒了, 摔倒) takes none of these
        return s.wordAt(i).start() == i && s.isHan(i + 1)
            && (s.wordAt(i).length() == 1 || wordText(s, i).equals("倒是")
                || wordText(s, i).equals("倒不如"))
            && ("是也挺还很真".indexOf(s.codePoint(i + 1)) >= 0
                || s.text(i + 1, Math.min(s.size(), i + 3)).equals("不如")) ? "dao4" : null;
      case '会':
        // the verb "can, be good at" as a one-character verb: 他很会计算 (the model read 会计
        // kuai4 across the word boundary)
        return single && s.wordAt(i).tag().startsWith("v") && s.isHan(i + 1) ? "hui4" : null;
      case '应':
        boolean gluedYing = s.wordAt(i).length() == 2 && s.wordAt(i).start() == i
            && lex.word(wordText(s, i)) == null; // 应在/nr
        if ((single || gluedYing) && prev != 0 && oneOf(next, "在按从由以于")) {
          return "ying1"; // "should" before a preposition: 本药应在医生指导下使用
        }
        return single && s.isHan(i + 1) && s.wordAt(i + 1).tag().startsWith("v")
            && !oneOf(next, "邀召聘约声战试考急用变对付届") ? "ying1" : null;
      case '将':
        if (single && s.isHan(i + 1) && prev != 0 && PRONOUNS.contains(wordText(s, i - 1))) {
          return "jiang1"; // 它将作品…, 他将出任
        }
        // "will" or the object marker 把 before a pronoun, a modal or a preposition (将其誉为,
        // 将于明年, 将会); the general jiang4 is a noun (参将, 大将) and takes none of these
        if (single && prev != 0 && !oneOf(prev, "部大名主武猛副良守骁悍战偏裨老干虎")
            && s.isHan(i + 1) && s.wordAt(i + 1).start() == i + 1
            && s.wordAt(i + 1).length() >= 2 && (s.wordAt(i + 1).tag().equals("d")
                || s.wordAt(i + 1).tag().equals("v"))) {
          return "jiang1"; // "will" before an adverb or verb: 相关部门将依法追究, 列车将到站
        }
        return single && oneOf(next, "其此之该这那它他她会要于在被可能由") ? "jiang1" : null;
      case '咋':
        // "how", za3 (你咋不说话, 咋办); 咋舌 is ze2
        return (single || s.wordAt(i).start() == i && lex.word(wordText(s, i)) == null) // 咋回事/nz
            && next != '舌' ? "za3" : null;
      default:
        return null;
    }
  }

  /**
   * 还 as a one-character word before more of its clause: the adverb hai2, except for the verb
   * huan2 "give back" before the particle 了 (还了我十块钱; not 这还了得), before a pronoun (还我钱),
   * in a lexicon verb 还X the segmenter split (还钱, 还清, 还原|则) and after 没 (还没还). At the end
   * of a clause it is always the verb (什么时候还): the adverb modifies something after it.
   */
  private static String hai(Sentence s, int i, PinyinLexicon lex) {
    if (afterBaObject(s, i)) {
      return "huan2"; // 把钱还了, also where HanLP made a name of 钱还
    }
    if (s.wordAt(i).length() != 1) {
      return null;
    }
    if (s.isHan(i + 1) && s.wordAt(i + 1).start() == i + 1
        && DEBTS.contains(wordText(s, i + 1)) && (!s.isHan(s.wordAt(i + 1).end())
            || oneOf(s.codePoint(s.wordAt(i + 1).end()), "了吧呢啊的"))) {
      return "huan2"; // paying back a debt ending the clause: 他每个月都要还房贷
    }
    if (!s.isHan(i + 1)) {
      return s.isHan(i - 1) ? "huan2" : null;
    }
    int next = s.codePoint(i + 1);
    boolean le = next == '了' && s.wordAt(i + 1).length() == 1
        && !(s.isHan(i + 2) && s.codePoint(i + 2) == '得');
    // a verb compound the segmenter split (还原|则, 还钱, 还清)
    String[] compound = lex.word(s.text(i, i + 2));
    boolean verbCompound = compound != null && compound[0].equals("huan2");
    // the adverb never takes a pronoun right after it: 还我钱, 还你一个公道 are "give back"
    boolean pronoun = PRONOUNS.contains(wordText(s, i + 1));
    if (le || verbCompound || pronoun || i > 0 && s.codePoint(i - 1) == '没') {
      return "huan2";
    }
    return "hai2";
  }

  /**
   * 还 right after the object of 把/将 and before 了/给/回/清/完/掉 or the end of the clause: the
   * verb "give back" of a disposal construction (他还是把钱还了, 我把书还给他). The object is one to
   * four characters without a verb in it; the segmenter may have glued 还 to it (钱还/nr).
   */
  private static boolean afterBaObject(Sentence s, int i) {
    int next = nextHan(s, i);
    if (next != 0 && "了给回清完掉".indexOf(next) < 0) {
      return false;
    }
    boolean de = false; // a verb before a 的 is inside the object: 把借来的自行车还回去
    for (int j = i - 1; j >= Math.max(0, i - 8) && s.isHan(j); j--) {
      int c = s.codePoint(j);
      if ((c == '把' || c == '将') && s.wordAt(j).length() == 1 && j < i - 1) {
        return true;
      }
      Sentence.Span w = s.wordAt(j);
      de |= c == '的';
      if (w.tag().startsWith("v") && w.end() <= i && !de || c == '，') {
        return false;
      }
    }
    return false;
  }

  /**
   * 都 as a one-character word before a verb, adverb, preposition or conjunction: the adverb dou1
   * "all" (他们都介入了, 每天都授课). The capital du1 follows 建/定/迁/还/之/皇 (建都于, 还都洛阳) and
   * begins titles (都护, 都统, 都督, 都尉, 都指挥使).
   */
  private static String dou(Sentence s, int i, PinyinLexicon lex) {
    Sentence.Span w = s.wordAt(i);
    if (w.start() == i && (w.length() >= 3 || w.tag().startsWith("nr")) && s.isHan(i - 1)
        && lex.word(wordText(s, i)) == null && DU_AFTER.indexOf(s.codePoint(i - 1)) < 0
        && "会能要是不没也在有".indexOf(nextHan(s, i)) >= 0) {
      return "dou1"; // a name HanLP made of 都 and the verb after it: 大家|都会来/nr
    }
    if (w.length() == 2 && w.end() == i + 1 && i >= 2 && s.codePoint(i - 2) == '的'
        && s.wordAt(i - 2).length() == 1 && s.isHan(i + 2) && s.wordAt(i + 1).length() == 1
        && s.wordAt(i + 1).tag().startsWith("v") && s.codePoint(i + 2) == '了'
        && !s.isHan(i + 3)) {
      return "dou1"; // a noun glued to it after 的, a verb and 了 ending the clause: 各种各样的
                     // 花都/n 开了 (美丽的花都 "flower city" is no clause)
    }
    if (w.length() == 2 && w.end() == i + 1 && w.tag().startsWith("nr") && i >= 2
        && s.codePoint(i - 2) == '把' && s.wordAt(i - 2).length() == 1
        && lex.word(wordText(s, i)) == null && s.isHan(i + 1)
        && s.wordAt(i + 1).tag().startsWith("v")) {
      return "dou1"; // a name HanLP made of the object of 把 and 都: 大雪把路都/nr 封住了
    }
    if (s.wordAt(i).length() != 1 || !s.isHan(i + 1)
        || i > 0 && DU_AFTER.indexOf(s.codePoint(i - 1)) >= 0
        || "护统督尉卫".indexOf(s.codePoint(i + 1)) >= 0 || s.text(i + 1, i + 3).equals("指挥")) {
      return null;
    }
    String t = s.wordAt(i + 1).tag();
    // HanLP tags some adverb-adjective pairs oddly (很忙/nz): a following adverb or verb decides
    boolean adverbOrVerb = "很不没也已要会能可在是有被把将就还才又".indexOf(s.codePoint(i + 1)) >= 0;
    return adverbOrVerb || t.startsWith("v") || t.startsWith("d") || t.startsWith("p")
        || t.startsWith("c") || t.startsWith("a") ? "dou1" : null;
  }

  /**
   * 为 "for" wei4 before its object and a verb: a pronoun (我们为你感到骄傲, 为大家做事) or a noun
   * followed later in the clause by a verb (为人民服务, 为国家做贡献, 为祖国争光). It is "as, be"
   * wei2 after a verb (被选为他们的代表), with an opener earlier in the clause (以人民为中心,
   * 视他为朋友), before 所 (为人所知) or without a verb after the noun (此为上策). A word HanLP
   * made of 为 and its phrase (为人民服务) is read as 为 + phrase.
   */
  private static String wei(Sentence s, int i, PinyinLexicon lex) {
    Sentence.Span w = s.wordAt(i);
    // the copula glued to it in a name HanLP made up: 都是为/nr 孩子存的
    boolean glued = w.end() == i + 1 && w.length() >= 3 && wordText(s, i).endsWith("是为")
        && lex.word(wordText(s, i)) == null;
    if (!s.isHan(i + 1) || w.start() != i && !glued) {
      return null;
    }
    if (w.length() == 1 && prevHan(s, i) == '难' && s.wordAt(i - 1).length() == 1
        && lex.word("难为") != null) {
      return lex.word("难为")[1]; // 这可难|为我了: the word 难为, not "for me"
    }
    if (w.length() == 1 && s.isHan(i - 1) && PURPOSE_ADVERBS.contains(wordText(s, i - 1))
        && (oneOf(s.wordAt(i + 1).tag().charAt(0), "ntrm") // a noun phrase (也为|可以 is no "for")
            || s.wordAt(i + 1).tag().equals("vn")) // 正在为考试/vn 做准备
        && hanNear(s, i + 2, i + 14, "", "做准备", "准备", "操心", "担心", "发愁", "奋斗", "忙碌",
            "着想", "服务")) {
      return "wei4"; // "for": 他们正在为明天的演出做准备, 别为这件事操心
    }
    if (w.length() == 1 && !s.isHan(i - 1) && !oneOf(i > 0 ? s.codePoint(i - 1) : 0, "）)】」』》")
        && purposeClause(s, i)) {
      return "wei4"; // 为方便顾客，商场延长了营业时间
    }
    boolean copula = glued
        || i > 0 && s.isHan(i - 1) && w.length() == 1 && COPULAS.contains(wordText(s, i - 1));
    if (copula && PRONOUNS.contains(wordText(s, i + 1)) && !hasSuo(s, i)) {
      return "wei4"; // "for" after the copula: 这是为你准备的, 都是为你好 (是为自己所挣: wei2)
    }
    if (copula && !hasSuo(s, i) && s.wordAt(i + 1).start() == i + 1
        && s.wordAt(i + 1).tag().startsWith("n") && !s.wordAt(i + 1).tag().startsWith("nr")) {
      // a noun and a verb right after it: 都是为孩子存的, 这是为客人准备的 (此是为上策: wei2)
      int v = s.wordAt(i + 1).end();
      if (s.isHan(v) && s.wordAt(v).tag().startsWith("v") && !wordText(s, v).equals("是")) {
        return "wei4";
      }
    }
    if (glued) {
      return null;
    }
    if (i > 0 && s.isHan(i - 1)) {
      String pt = s.wordAt(i - 1).tag();
      boolean modal = MODALS.contains(wordText(s, i - 1));
      if (!modal && (pt.startsWith("v") || pt.startsWith("p"))) {
        return null;
      }
    }
    for (int j = i - 1; j >= 0 && s.isHan(j); j--) {
      if (s.wordAt(j).length() == 1 && WEI2_OPENERS.indexOf(s.codePoint(j)) >= 0) {
        return null; // 以…为…, 视…为…
      }
    }
    if (w.length() > 1) {
      // 为人民服务 as one unknown word: 为 + a lexicon word + more
      boolean phrase = w.length() >= 4 && lex.word(s.text(w.start(), w.end())) == null
          && lex.word(s.text(i + 1, i + 3)) != null;
      return phrase && !hasSuo(s, i) ? "wei4" : null;
    }
    if (PRONOUNS.contains(wordText(s, i + 1))) {
      return "wei4";
    }
    Sentence.Span obj = s.wordAt(i + 1);
    if (!(obj.tag().startsWith("n") || obj.tag().startsWith("r")) || hasSuo(s, i)) {
      return null;
    }
    boolean de = false; // a 的 later in the clause: 为舌蛭科拟小蛭属的动物 is "is", wei2
    for (int j = obj.end(); j < s.size() && s.isHan(j); j++) {
      de |= s.codePoint(j) == '的';
    }
    for (int j = obj.end(); j < s.size() && s.isHan(j); j = s.wordAt(j).end()) {
      Sentence.Span v = s.wordAt(j);
      if (v.tag().startsWith("v") && !s.text(v.start(), v.end()).equals("是")
          && (v.length() >= 2 || !de)) {
        return "wei4";
      }
    }
    return null;
  }

  /**
   * 为 opening a purpose clause ended by a comma: a verb or adjective right after it (为方便顾客，
   * 为保证安全，), no 所, and after a one-character "verb" no particle 的 before the comma
   * (为环口螺科的动物，… is "be").
   */
  private static boolean purposeClause(Sentence s, int i) {
    String t = s.wordAt(i + 1).tag();
    if (s.wordAt(i + 1).start() != i + 1 || !(t.startsWith("v") || t.startsWith("a"))
        || wordText(s, i + 1).equals("是") || hasSuo(s, i)) {
      return false;
    }
    for (int j = s.wordAt(i + 1).end(); j < s.size(); j++) {
      if (!s.isHan(j)) {
        return s.codePoint(j) == '，' || s.codePoint(j) == ',';
      }
      if (s.codePoint(j) == '的' && s.wordAt(j).length() == 1 && s.wordAt(i + 1).length() == 1) {
        return false; // 为环/v 口螺科的动物，…: "is" (为响应…的呼吁， keeps wei4)
      }
    }
    return false;
  }

  /** 为 … 所 (为人所知, 为大家所熟悉): the passive "by", wei2. */
  private static boolean hasSuo(Sentence s, int i) {
    return hanNear(s, i + 1, i + 6, "所");
  }

  /**
   * 倒 dao4 "pour, empty out": before a liquid, also with a measure (倒杯水, 倒一杯茶, 倒点酒), or
   * after 把 and such an object before 了/掉/进/入/出/在 (把垃圾倒了, 把剩菜倒掉). 倒了一棵树, 把他
   * 推倒了 are dao3.
   */
  private static boolean pour(Sentence s, int i) {
    if (s.wordAt(i).length() != 1 || !s.isHan(i + 1)) {
      return false;
    }
    int j = i + 1;
    if (s.codePoint(j) == '了' && s.isHan(j + 1) && oneOf(s.codePoint(j + 1), "一两半")) {
      j++; // 他倒了一杯茶
    }
    if (oneOf(s.codePoint(j), "一两半")) {
      j++;
    }
    if (s.isHan(j) && oneOf(s.codePoint(j), "杯碗壶瓶盆点些勺")) {
      j++;
    }
    if (s.isHan(j) && (j > i + 1 || s.wordAt(j).start() == j && s.wordAt(j).length() <= 2)
        && POURED.indexOf(s.codePoint(j)) >= 0 && !s.text(j, j + 2).equals("水平")) {
      return true;
    }
    if (!oneOf(nextHan(s, i), "了掉进入出在")) {
      return false;
    }
    for (int k = i - 1; k >= Math.max(0, i - 8) && s.isHan(k); k--) {
      Sentence.Span v = s.wordAt(k);
      if (v.tag().startsWith("v") && !v.tag().equals("vn")) {
        return false; // 把水杯碰倒了: knocked over
      }
      if (s.codePoint(k) == '把' && v.length() == 1) {
        String obj = s.text(k + 1, i);
        for (int c = 0; c < obj.length(); c++) {
          if (POURED.indexOf(obj.charAt(c)) >= 0) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }
}
