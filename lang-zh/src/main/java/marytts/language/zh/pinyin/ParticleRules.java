package marytts.language.zh.pinyin;

import static marytts.language.zh.pinyin.SentenceScan.DEGREE;
import static marytts.language.zh.pinyin.SentenceScan.PRONOUNS;
import static marytts.language.zh.pinyin.SentenceScan.complementFollows;
import static marytts.language.zh.pinyin.SentenceScan.nextHan;
import static marytts.language.zh.pinyin.SentenceScan.oneOf;
import static marytts.language.zh.pinyin.SentenceScan.prevHan;
import static marytts.language.zh.pinyin.SentenceScan.wordText;

import java.util.Set;

/**
 * Context rules for particles and interjections, deciding between the particle and the other
 * readings of their characters (see {@link ContextRules}):
 *
 * <ul>
 *   <li>了 liao3 at the start of a clause and in the potential complement V不了 (吃不了, 走不了),
 *       else the particle le5;
 *   <li>得 dei3, "must": between a subject or modal adverb and a verb (我得走了, 你还得努力); de5
 *       after a verb or adjective (累得睡着了), also inside a word HanLP glued to it (高兴得/nr);
 *   <li>地 de5, the adverbial particle, after a modifier (认真地写, 慢慢地走); di4 after a
 *       classifier or pronoun (这块地);
 *   <li>着 zhao2 before 了 (着了凉, 睡着了) and after 不/得 (睡不着, 用得着);
 *   <li>的 de5 as a one-character word (项目|的 is no 目的);
 *   <li>呀 ya5 ending a clause after a Han character (你好呀), ya1 opening one; 天哪 na5;
 *   <li>啦 la5 ending a clause; 啊 a4 opening one before a comma (啊，那几乎是…).
 * </ul>
 */
final class ParticleRules {

  /** Adverbs and pronoun-like words after which a 得 before a verb is the modal dei3. */
  private static final Set<String> MODAL_HOSTS = Set.of("还", "就", "总", "都", "也", "又", "才",
      "非", "可", "只", "准", "先", "再", "必须", "一定", "肯定", "总是", "还是", "恐怕", "估计", "怕",
      "那", "这", "那就", "可能", "终归", "早晚", "迟早");

  /** Feelings and states whose 得 introduces a result clause (冷得睡不着, 吓得脸都白了). */
  /** Degree words that open a complement after 得 (开得太快). */
  private static final Set<String> DEGREE_OPENERS = Set.of("太", "很", "真", "挺", "非常", "特别",
      "十分", "越来越", "相当", "有点");

  private static final String STATE_BEFORE_DE = "冷热累饿困急气吓笑哭乐疼痛渴忙激馋羞愁闷";

  /** One-character adjectives that follow 得 as its complement inside an unknown word (问得好). */
  private static final String COMPLEMENT_ADJECTIVES = "好快慢对错早晚高低远近清乱美棒累饱满";

  private ParticleRules() {}

  /**
   * A word HanLP made of a lexicon word and the complement marker 得 (高兴得/nr 跳起来): the
   * lexicon word keeps its reading (高兴 xing4) and 得 before more of the clause is de5.
   */
  static String gluedBeforeDe(Sentence s, int i, PinyinLexicon lex) {
    Sentence.Span w = s.wordAt(i);
    if (w.length() == 3 && i == w.start() + 1 && s.codePoint(i) == '得'
        && DEGREE.contains(s.charAt(i + 1)) && lex.word(wordText(s, i)) == null) {
      return "de5"; // 学得很/nr 认真
    }
    if (w.length() != 3 || s.codePoint(w.end() - 1) != '得' || !s.isHan(w.end())
        || lex.word(wordText(s, i)) != null) {
      return null;
    }
    String host = s.text(w.start(), w.end() - 1);
    String[] r = lex.word(host);
    if (r == null || PRONOUNS.contains(host) || MODAL_HOSTS.contains(host)) {
      return null;
    }
    return i == w.end() - 1 ? "de5" : r[i - w.start()];
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
      case '了':
        return le(s, i, lex);
      case '得':
        return de(s, i, lex);
      case '地':
        return di(s, i, lex);
      case '着':
        return zhao(s, i, lex);
      case '的':
        if (wordText(s, i).equals("打的") && s.wordAt(i).end() == i + 1
            && (!s.isHan(i + 1) || oneOf(nextHan(s, i), "去回到走"))) {
          return "di1"; // taking a taxi: 打的去机场 (他打的电话 is the particle)
        }
        // the particle; a one-character 的 is never 目的's di4, whatever word spans it (项目|的)
        return s.wordAt(i).length() == 1 && s.isHan(i - 1) ? "de5" : null;
      case '呀':
      case '哪':
        // an interjection the lexicons know keeps its reading: 哎呀 ai1 ya1
        if (s.wordAt(i).length() > 1 && lex.word(wordText(s, i)) != null) {
          return lex.word(wordText(s, i))[i - s.wordAt(i).start()];
        }
        return particle(s, i);
      case '啦':
        // not in a transliteration or a sound (哆啦, 哗啦, 呼啦)
        return single && prev != 0 && next == 0 && !oneOf(prev, "哆哗呼噼嘀稀拉啦") ? "la5" : null;
      case '啊':
        return single && prev == 0 && i + 1 < s.size()
            && (s.codePoint(i + 1) == '，' || s.codePoint(i + 1) == ',') ? "a4" : null;
      default:
        return null;
    }
  }

  /**
   * 了 alone or ending a word unknown to the lexicons (证明了): liao3 at the start of a clause (it
   * cannot be the particle there) and in V不了 "cannot manage to" (吃不了); else the particle le5.
   * The model, misled by lexicon words across the particle (检查了事件 → 了事, 证明了结果 → 了结), is
   * not asked.
   */
  private static String le(Sentence s, int i, PinyinLexicon lex) {
    if (i == 0 || !s.isHan(i - 1) && !Character.isLetterOrDigit(s.codePoint(i - 1))) {
      return "liao3";
    }
    Sentence.Span w = s.wordAt(i);
    // alone, or ending a word the lexicons do not know (证明了 is one HanLP word)
    boolean particle = w.length() == 1
        || w.end() == i + 1 && lex.word(s.text(w.start(), w.end())) == null;
    if (!particle || !s.isHan(i - 1)) {
      return null;
    }
    if (s.codePoint(i - 1) == '未') {
      return "liao3"; // 心愿未了 "not yet settled"
    }
    if (s.codePoint(i - 1) == '不' && s.isHan(i - 2)) {
      // the word before 不 must be a verb or adjective (还是不了 "better not" keeps le)
      Sentence.Span host = s.wordAt(i - 2);
      if (host == w || host.end() == i - 1
          && (host.tag().startsWith("v") || host.tag().startsWith("a"))) {
        return "liao3";
      }
    }
    return "le5";
  }

  /**
   * 得 as a one-character word before more of its clause: the modal dei3 "must" between its
   * subject or a modal adverb and a verb (我得走了, 你还得努力, 这得花多少钱); the complement
   * marker de5 between a verb or adjective and a degree adverb, adjective or idiom (跑得很快, 喝得
   * 酩酊大醉). 得了/得到/得过 (the verb "obtain") and anything else are left to the model.
   */
  private static String de(Sentence s, int i, PinyinLexicon lex) {
    if (s.isHan(i - 1) && s.isHan(i + 1) && s.codePoint(i + 1) == '着'
        && !s.wordAt(i - 1).tag().startsWith("r")) {
      return "de5"; // potential complement V得着 (用得着, 睡得着); 他得着了 is "got"
    }
    Sentence.Span w = s.wordAt(i);
    if (w.length() == 1 && s.isHan(i - 1) && s.isHan(i + 1) && s.wordAt(i + 1).start() == i + 1
        && (s.wordAt(i + 1).tag().startsWith("l") || s.wordAt(i + 1).tag().startsWith("i"))
        && wordText(s, i + 1).contains("不") && !s.wordAt(i - 1).tag().startsWith("r")
        && !MODAL_HOSTS.contains(wordText(s, i - 1))) {
      return "de5"; // before a fixed phrase of result: 乐得合不拢嘴, 急得坐立不安 (我们得坚持不懈
                    // is dei3)
    }
    if (w.length() == 1 && s.isHan(i - 1) && nextHan(s, i) == '可' && s.wordAt(i + 1).length() == 1
        && (s.wordAt(i - 1).tag().startsWith("v") || s.wordAt(i - 1).tag().startsWith("a"))
        && s.isHan(i + 2) && s.wordAt(i + 2).tag().startsWith("a")) {
      return "de5"; // 可 "really" before the adjective: 玩得可开心了
    }
    if (w.length() == 2 && w.end() == i + 1 && s.codePoint(i - 1) == '长') {
      return "de5"; // 长得 "looks" (他长得比我高), whatever follows
    }
    if (w.length() == 3 && w.start() == i - 1 && lex.word(wordText(s, i)) == null
        && oneOf(nextHan(s, i), COMPLEMENT_ADJECTIVES)) {
      return "de5"; // a verb, 得 and a one-character adjective as one unknown word: 问得好, 说得对
    }
    if (w.length() == 2 && w.end() == i + 1 && s.isHan(i + 1) && lex.word(wordText(s, i)) == null
        && oneOf(s.codePoint(i - 1), STATE_BEFORE_DE)) {
      return "de5"; // a state and its result glued: 冷得|睡不着, 吓得|脸都白了, 急得|直哭
    }
    if (w.length() == 1 && s.isHan(i - 1) && !s.isHan(i + 1) && s.wordAt(i - 1).end() == i
        && s.wordAt(i - 1).tag().startsWith("d")) {
      return "de2"; // "obtain" ending a clause after an adverb: 先到先得
    }
    if (w.length() == 2 && w.end() == i + 1 && s.isHan(i + 1)
        && lex.word(s.text(i - 1, i + 1)) == null && "了着过到".indexOf(s.codePoint(i + 1)) < 0
        && (w.tag().startsWith("v") || w.tag().equals("nz") && !MODAL_HOSTS.contains(s.charAt(i - 1))
            && s.codePoint(i - 1) != '须') && complementFollows(s, i)) {
      // HanLP glued the complement marker to its verb: 累得|睡着了, 考得/nz 不错 (not 测得|风速)
      return "de5";
    }
    if (w.length() == 1 && !s.isHan(i - 1) && i > 0 && oneOf(s.codePoint(i - 1), "，,；;")
        && s.isHan(i + 1) && (s.wordAt(i + 1).tag().startsWith("v")
            || s.wordAt(i + 1).tag().startsWith("d") && s.isHan(s.wordAt(i + 1).end())
                && s.wordAt(s.wordAt(i + 1).end()).tag().startsWith("v"))
        && !oneOf(s.codePoint(i + 1), "了着过到知不没")) {
      return "dei3"; // opening a clause before a verb or adverb: 孩子发烧了，得去医院, …，得赶紧送医院
    }
    if (w.end() == i + 1 && w.length() <= 2 && s.isHan(i - 1)
        && nextHan(s, i) == '人' && s.wordAt(i + 1).length() == 1 && s.isHan(i + 2)
        && "vald".indexOf(s.wordAt(i + 2).tag().charAt(0)) >= 0 && nextHan(s, i + 1) != '心'
        && !oneOf(s.codePoint(i - 1), "深不颇难懂") && !MODAL_HOSTS.contains(s.charAt(i - 1))
        && !s.wordAt(i - 1).tag().startsWith("r") && !s.wordAt(i - 1).tag().startsWith("n")) {
      return "de5"; // so that one…: 太阳晒得人头晕, 吵得人睡不着 (深得人心 is de2)
    }
    if (wordText(s, i).equals("得人") && w.start() == i && s.isHan(i - 1) && s.isHan(i + 2)
        && s.wordAt(i - 1).length() == 1 && s.wordAt(i - 1).tag().startsWith("v")
        && nextHan(s, i + 1) != '心' && "vad".indexOf(s.wordAt(i + 2).tag().charAt(0)) >= 0) {
      return "de5"; // 把我唱得人/v 都哭了
    }
    if (w.end() == i + 1 && w.length() >= 2 && lex.word(wordText(s, i)) == null && s.isHan(i + 1)
        && s.wordAt(i + 1).start() == i + 1 && DEGREE_OPENERS.stream().anyMatch(
            d -> wordText(s, i + 1).startsWith(d))
        && !MODAL_HOSTS.contains(s.charAt(i - 1)) && !PRONOUNS.contains(s.text(w.start(), i))
        && !s.text(w.start(), i).endsWith("们")) {
      return "de5"; // the verb glued to it in a name: 开车开得/nr 太快 (开得太冷 below)
    }
    if (w.length() != 1 || !s.isHan(i - 1) || !s.isHan(i + 1)
        || "了着过到".indexOf(s.codePoint(i + 1)) >= 0) {
      return null;
    }
    Sentence.Span prev = s.wordAt(i - 1);
    String pt = prev.tag();
    String prevText = s.text(prev.start(), prev.end());
    if ((prevText.equals("处") || pt.equals("f") && oneOf(s.codePoint(i - 1), "上下"))
        && complementFollows(s, i)) {
      // 他们处得不错; 雨下/f 得越来越大
      return "de5";
    }
    if (s.codePoint(i - 1) == '过' && pt.equals("ug") && lex.word(s.text(i - 2, i)) != null
        && s.wordAt(i - 2).end() == i - 1) {
      return "de5"; // an adjective HanLP split: 难|过|得哭了
    }
    String nextTag = s.wordAt(i + 1).tag();
    boolean adverbial = (nextTag.startsWith("d") || nextTag.startsWith("t")
        || wordText(s, i + 1).equals("多")) && !DEGREE.contains(wordText(s, i + 1))
        && s.isHan(s.wordAt(i + 1).end())
        && s.wordAt(s.wordAt(i + 1).end()).tag().startsWith("v");
    if (pt.equals("n") && prev.end() == i && s.isHan(i + 1) && s.wordAt(i + 1).start() == i + 1
        && (nextTag.equals("v") || nextTag.equals("p") || adverbial)
        && !oneOf(s.codePoint(i + 1), "了着过到知胜益手逞分奖")) {
      // a thing that must be done: 这道题得用另一种方法, 药得按时吃, 这种药得饭后吃, 菜得多放点醋
      return "dei3";
    }
    if ((pt.startsWith("v") || pt.startsWith("a")) && s.isHan(i + 2) && s.codePoint(i + 2) == '不'
        && s.wordAt(i + 1).length() == 1 && s.isHan(i + 3)
        && oneOf(s.codePoint(i + 3), "着了下出动完清住进起")) {
      return "de5"; // so … that one cannot: 咳嗽得睡不着
    }
    if (MODAL_HOSTS.contains(prevText) || pt.startsWith("r") || pt.startsWith("nr")
        || pt.startsWith("t")) {
      if (s.codePoint(i + 1) == '的') {
        return "de2"; // what one got: 他得的是肺炎
      }
      // the verb "obtain" takes an object (他得第一名, 我得五分); the modal anything verbal,
      // also 得多穿点 (多 alone is an adverb here, 得多少分 an object)
      String nt = s.wordAt(i + 1).tag();
      boolean adverbDuo = wordText(s, i + 1).equals("多")
          || s.wordAt(i + 1).tag().equals("nz") && oneOf(s.codePoint(i + 1), "再先重又快马立赶");
          // (还得再改改: 再改/nz)
      return !adverbDuo && (nt.startsWith("n") || nt.startsWith("m") || nt.startsWith("q")) ? null
          : "dei3";
    }
    // after a verb, the complement marker only before a degree adverb, adjective or idiom
    // (喝得酩酊大醉, 表现得更好); 制得/采得/征得五百匹 is "obtain"
    if (pt.startsWith("a") && w.tag().equals("ud")) {
      return "de5"; // after an adjective, the complement marker (恶心得想吐, 高兴得跳起来)
    }
    // an unknown word (太冷/nz) opening with a degree adverb is a complement too: 开得太冷了
    boolean degree = s.wordAt(i + 1).tag().startsWith("nz")
        && DEGREE.contains(s.charAt(i + 1));
    return (pt.startsWith("v") || pt.startsWith("a")) && (complementFollows(s, i) || degree)
        ? "de5" : null;
  }

  /**
   * 地 as the adverbial particle de5 after a modifier: an adverb, adjective or state word (认真地,
   * 飞快地), a reduplication (慢慢地, 一步一步地, also when the segmenter glued 地 to it) or 不停/不住;
   * the noun di4 after a classifier or a pronoun (这块地, 他们地里). Else null: left to the model
   * (HanLP tags every 地 as the particle, so its tag says nothing).
   */
  private static String di(Sentence s, int i, PinyinLexicon lex) {
    if (s.isHan(i - 1) && !s.isHan(i + 1) && reduplicated(s, i) && s.wordAt(i).start() != i - 1) {
      // ending a clause after a reduplication: 慢慢地，他睡着了; 一句一句地 (not the object of a
      // reduplicated verb joined to the copy: 扫|扫地, 拖|拖地)
      return "de5";
    }
    if (!s.isHan(i - 1) || !s.isHan(i + 1)) {
      return null;
    }
    Sentence.Span w = s.wordAt(i);
    if (w.length() > 1) {
      // an unknown word ending in 地 after a reduplication: 慢慢地, 步地 (一步一步地), or holding
      // 地 after one (步地往/nr); 不停|地转/nz
      boolean unknown = w.end() == i + 1 || lex.word(s.text(w.start(), w.end())) == null
          && !Segmenter.isWord(s.text(w.start(), w.end()));
      if (unknown && reduplicated(s, i)) {
        return "de5";
      }
      return w.start() == i && Set.of("不停", "不住", "不断").contains(s.text(i - 2, i))
          ? "de5" : null;
    }
    Sentence.Span prev = s.wordAt(i - 1);
    String pt = prev.tag();
    String pText = s.text(prev.start(), prev.end());
    if (reduplicated(s, i)) {
      return "de5"; // before the classifier test: 一杯一杯地喝, 一块一块地
    }
    if (pt.startsWith("q") || "块片亩顷".indexOf(s.codePoint(i - 1)) >= 0
        || pt.startsWith("r") && !pText.endsWith("样") && !pText.endsWith("么")
        && !pText.endsWith("此")) {
      return "di4";
    }
    if (pText.length() >= 2 && pText.endsWith("性")) {
      return "de5"; // 预见性地警告, 创造性地, 选择性地
    }
    if (reduplicated(s, i) || Set.of("不停", "不住").contains(s.text(i - 2, i))) {
      return "de5";
    }
    boolean modifier = pt.startsWith("a") || pt.startsWith("d") || pt.startsWith("z")
        || pt.startsWith("i") || pt.startsWith("l");
    if (modifier && prev.length() >= 2) {
      return "de5";
    }
    // a two-character noun, verbal noun or verb describing the manner of the verb after 地 (生气/n
    // 地跑开, 关切/vn 地看着, 兴奋/v 地跳); a place noun takes 地 only as a word of its own (土地, 各地)
    boolean nounLike = pt.equals("n") || pt.equals("vn") || pt.equals("an") || pt.equals("v");
    // (将领|地 may be 将|领地: a lexicon word of the noun's last character and 地 leaves it)
    return nounLike && prev.length() == 2 && prev.end() == i
        && lex.word(s.text(i - 1, i + 1)) == null
        && (s.wordAt(i + 1).tag().startsWith("v") || s.wordAt(i + 1).tag().equals("nz"))
        && !oneOf(nextHan(s, i), "上下里中面底处区")
        ? "de5" : null;
  }

  /**
   * The characters before i end a reduplication: AA (慢慢, 高高兴兴), X一X (一行一行), ABAB
   * (一点一点).
   */
  private static boolean reduplicated(Sentence s, int i) {
    if (i >= 3 && s.codePoint(i - 1) == '儿' && s.isHan(i - 3)
        && s.codePoint(i - 2) == s.codePoint(i - 3)) {
      return true; // AA儿: 好好儿地, 慢慢儿地
    }
    if (i >= 2 && s.isHan(i - 2) && s.codePoint(i - 1) == s.codePoint(i - 2)) {
      return true;
    }
    if (i >= 3 && s.isHan(i - 3) && s.codePoint(i - 2) == '一'
        && s.codePoint(i - 1) == s.codePoint(i - 3)) {
      return true;
    }
    // ABAB: 一点一点, 一天一天
    return i >= 4 && LexicalEvidence.allHan(s, i - 4, i)
        && s.codePoint(i - 1) == s.codePoint(i - 3) && s.codePoint(i - 2) == s.codePoint(i - 4);
  }

  /**
   * 着 zhao2 "reach, catch, fall asleep" where the durative particle cannot stand: before 了 (着了凉,
   * 睡着了) and as a potential complement after 不/得 (睡不着, 用不着, 用得着). A lexicon word
   * keeps its own reading there (不着边际 zhuo2).
   */
  private static String zhao(Sentence s, int i, PinyinLexicon lex) {
    Sentence.Span w = s.wordAt(i);
    if (w.length() == 1 && nextHan(s, i) == '地' && s.wordAt(i + 1).length() == 1
        && (!s.isHan(i + 2) || oneOf(s.codePoint(i + 2), "了后时的")) && s.isHan(i - 1)
        && !s.wordAt(i - 1).tag().startsWith("v")) {
      return "zhuo2"; // touching the ground: 飞机安全着地, 双脚着地 (看着地上 is the particle)
    }
    boolean gluedZhe = w.length() == 2 && w.end() == i + 1 && lex.word(wordText(s, i)) == null;
    if ((w.length() == 1 && s.isHan(i - 1) && s.wordAt(i - 1).tag().startsWith("v") || gluedZhe)
        && (s.text(i + 1, i + 3).equals("眼睛") || s.text(i + 1, i + 3).equals("眼泪"))) {
      return "zhe5"; // 眨着眼睛, 含着眼泪 (the model read 着眼 zhuo2)
    }
    if (w.length() == 1 && (s.text(i + 1, i + 4).equals("什么急") || s.text(i + 1, i + 3)
        .equals("啥急") || s.text(i + 1, i + 3).equals("哪门"))) {
      return "zhao2"; // 着急 split by its object: 你着什么急, 着啥急
    }
    if (w.length() == 1 && s.isHan(i + 1) && s.codePoint(i + 1) == '了') {
      return "zhao2";
    }
    if (w.length() == 2 && w.end() == i + 1 && s.isHan(i + 1) && s.codePoint(i + 1) == '了'
        && s.wordAt(i + 1).length() == 1 && lex.word(wordText(s, i)) == null) {
      return "zhao2"; // a verb glued to it: 打着/v 了 (a lexicon word such as 睡着 has its own)
    }
    boolean noObject = !s.isHan(i + 1) || oneOf(prevHan(s, i), "钓找见买猜借")
        && s.wordAt(i + 1).start() == i + 1 && s.wordAt(i + 1).tag().startsWith("n");
    if (s.isHan(i - 1) && s.isHan(i - 2)
        && (w.length() == 1 && s.wordAt(i - 1).length() == 1 || w.length() == 2 && w.end() == i + 1)
        && noObject && oneOf(s.codePoint(i - 1), "钓找见买抓逮捉碰猜够摸借撞")
        && (s.codePoint(i - 2) == '没' || s.text(i - 3, i - 1).equals("没有"))) {
      return "zhao2"; // not caught or found: 一条鱼也没钓着, 没找着/nz 钥匙 (没闲着 zhe5)
    }
    if (i < 2 || "不得".indexOf(s.codePoint(i - 1)) < 0 || !s.isHan(i - 2)) {
      return null;
    }
    String[] word = w.length() > 1 ? lex.word(s.text(w.start(), w.end())) : null;
    return word != null ? word[i - w.start()] : "zhao2";
  }

  /**
   * The modal particle 呀 after a Han character at the end of a clause (你好呀, 快来呀): ya5; at the
   * start of a clause it is the interjection ya1 (呀，下雪了). 哪 in the exclamation 天哪: na5
   * (在哪 keeps the question word na3).
   */
  private static String particle(Sentence s, int i) {
    if (s.codePoint(i) == '呀' && !s.isHan(i - 1) && s.wordAt(i).length() == 1) {
      return "ya1";
    }
    if (s.codePoint(i) == '呀' && s.isHan(i - 1) && s.wordAt(i).end() == i + 1
        && (!s.isHan(i + 1) || s.wordAt(i).length() == 1 && s.wordAt(i).tag().startsWith("y"))) {
      return "ya5"; // also before more text when HanLP tags it a modal particle (你好呀好久不见)
    }
    if (!s.isHan(i - 1) || s.isHan(i + 1)) {
      return null;
    }
    return s.codePoint(i - 1) == '天' && (i < 2 || !s.isHan(i - 2)) ? "na5" : null;
  }
}
