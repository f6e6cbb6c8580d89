package marytts.language.zh.pinyin;

import static marytts.language.zh.pinyin.SentenceScan.DEGREE;
import static marytts.language.zh.pinyin.SentenceScan.NUMERALS;
import static marytts.language.zh.pinyin.SentenceScan.PRONOUNS;
import static marytts.language.zh.pinyin.SentenceScan.hanNear;
import static marytts.language.zh.pinyin.SentenceScan.nextHan;
import static marytts.language.zh.pinyin.SentenceScan.oneOf;
import static marytts.language.zh.pinyin.SentenceScan.prevHan;
import static marytts.language.zh.pinyin.SentenceScan.timeSpanAt;
import static marytts.language.zh.pinyin.SentenceScan.wordText;

import java.util.Map;
import java.util.Set;

/**
 * Context rules for characters read as an adjective (or noun) in one sense and a verb in another
 * (see {@link ContextRules}): the adjective reading after a degree adverb ({@link
 * #ADJECTIVE_READING}: 很长 chang2, 太难了 nan2), and
 *
 * <ul>
 *   <li>长 zhang3 before 着/得, 教 jiao1 before a pronoun, 数 shu3 in 数一数/数不清;
 *   <li>盛 cheng2 before 了/饭 (盛了两碗饭); 和面/和泥 huo2; 觉 jiao4 after 睡 (睡不着觉);
 *   <li>干 gan4 "do" and 好 hao4 "be fond of" (each with its comment below);
 *   <li>everyday readings found in blind probes (each with its comment below): 差 cha1/chai1,
 *       空着/空出 kong4, 闷 men1, 称你 chen4, 少吃 shao3.
 * </ul>
 */
final class AdjectiveVerbRules {

  /** Adjective readings of polyphones, taken after a degree adverb. */
  private static final Map<Integer, String> ADJECTIVE_READING = Map.of(
      (int) '长', "chang2", (int) '难', "nan2", (int) '重', "zhong4", (int) '干', "gan1",
      (int) '空', "kong1", (int) '少', "shao3", (int) '好', "hao3", (int) '薄', "bao2",
      (int) '强', "qiang2", (int) '冲', "chong4");

  /**
   * Words of 空 kong4 "unoccupied, free time" that have no kong1 sense. (All pinyin-pro words with
   * kong4 broke a dev row: 空位 "gap" is kong1 there.)
   */
  private static final Set<String> KONG4_WORDS = Set.of("空白", "空格", "空隙", "空闲", "空缺",
      "空儿", "空子", "空当", "空余", "填空", "有空", "抽空", "没空", "得空", "钻空子", "空白处");

  /** People one teaches, jiao1 before them (教孩子们唱歌). */
  private static final Set<String> PUPILS = Set.of("孩子", "学生", "小朋友", "同学", "徒弟", "儿子",
      "女儿", "小孩", "新人", "大伙");

  /** Objects after which 好 is "be fond of", hao4 (好面子, 好喝酒). */
  private static final Set<String> FOND_OF = Set.of("面子", "喝酒", "抽烟", "吸烟", "赌博", "打架",
      "吹牛", "虚荣", "管闲事", "说大话");

  /** Words after which a clause-final 干 is the verb "do". */
  private static final Set<String> GAN4_BEFORE = Set.of("好好", "要", "想", "能", "会", "快", "去",
      "来", "苦", "实", "大", "蛮", "巧", "肯", "敢", "接着", "继续", "一起", "自己", "怎么", "谁", "我",
      "你", "他", "她", "我们", "你们", "他们", "都", "就", "还", "也", "别", "不", "没", "瞎", "乱", "硬",
      "傻", "白");

  private AdjectiveVerbRules() {}

  /** The adjective reading of cp right after a degree adverb, or null. */
  static String afterDegree(Sentence s, int i, int cp) {
    String adjective = ADJECTIVE_READING.get(cp);
    if (adjective != null && afterDegreeAdverb(s, i)) {
      return adjective; // 尾巴很长 chang2, 太难了 nan2, 很重 zhong4, 很干 gan1
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
      case '长':
        if (prevHan(s, i) == '多' && (s.text(i + 1, i + 3).equals("时间")
            || oneOf(s.isHan(i - 2) ? s.codePoint(i - 2) : 0, "有么这那")
                && (!s.isHan(i + 1) || oneOf(nextHan(s, i), "啊呢呀啦")))) {
          return "chang2"; // "how long": 这块布有多长, 要多长时间 (多长点肉 is zhang3)
        }
        if (s.wordAt(i).start() == i && s.wordAt(i).length() <= 2 && s.isHan(i + 2)
            && NUMERALS.indexOf(nextHan(s, i)) >= 0
            && s.codePoint(i + 2) == '岁') {
          return "zhang3"; // older by: 他比我长两岁
        }
        if (s.wordAt(i).length() == 1 && oneOf(nextHan(s, i), "高胖壮")
            && s.wordAt(i + 1).length() == 1 && (!s.isHan(i + 2) || oneOf(s.codePoint(i + 2), "了啦"))) {
          return "zhang3"; // growing: 这孩子长高了, 长胖了
        }
        if (s.wordAt(i).length() == 1 && nextHan(s, i) == '了' && s.wordAt(i + 1).length() == 1
            && Set.of("一脸", "一身", "很多", "不少", "好多", "许多", "满脸").contains(
                s.text(i + 2, i + 4))) {
          return "zhang3"; // grown: 他长了一脸胡子, 长了很多痘 (裤子长了一点 is chang2)
        }
        // 长着/长得 "grows, looks" (长着一张圆脸, 长得很高); the adjective takes 着 only before 呢
        // (路还长着呢)
        return (s.wordAt(i).length() == 1 || wordText(s, i).equals("长得")) && s.isHan(i + 1)
            && "着得".indexOf(s.codePoint(i + 1)) >= 0
            && !(s.isHan(i + 2) && s.codePoint(i + 2) == '呢') ? "zhang3" : null;
      case '教':
        // teaching someone: 教我们汉语, 教他 (the noun/bound jiao4 is in words: 宗教, 教育, 请教)
        if (s.wordAt(i).length() == 1 && s.isHan(i + 1) && s.wordAt(i + 1).start() == i + 1) {
          String pupil = wordText(s, i + 1);
          if (PRONOUNS.contains(pupil) || PUPILS.contains(pupil)
              || pupil.endsWith("们") && pupil.length() >= 3) {
            return "jiao1"; // 教孩子们唱歌, 教学生写字
          }
        }
        return null;
      case '数':
        return shu(s, i);
      case '干':
        if (s.wordAt(i).start() == i && nextHan(s, i) == '性') {
          return "gan1"; // dry: 干性皮肤 (as 油性, 中性)
        }
        if (s.wordAt(i).end() == i + 1 && s.wordAt(i).start() >= i - 1 && oneOf(prev, "沥晾晒烘擦吹烤拧控蒸焙")
            && (s.wordAt(i).length() == 1 || lex.word(wordText(s, i)) == null)) {
          return "gan1"; // dried as a result: 捞出来沥干, 晾干, 擦干 (苦干, 实干 are gan4)
        }
        // 干得 "does (well)": the verb gan4 before its complement (干得不错); "do" after 好好/要/
        // 想/能/会/快/去/来/苦/实/大/蛮/巧/肯/敢 at the end of a clause (我们要好好干)
        if (s.wordAt(i).length() == 1 && s.isHan(i + 1) && s.codePoint(i + 1) == '得') {
          return "gan4";
        }
        if (s.wordAt(i).length() == 1 && oneOf(nextHan(s, i), "这那") && s.isHan(i + 2)
            && !oneOf(s.codePoint(i + 2), "杯碗瓶") && !oneOf(nextHan(s, i + 2), "杯碗瓶")) {
          return "gan4"; // doing this or that: 他干这行十年了, 干那种事 (干这杯 is gan1)
        }
        if (s.wordAt(i).length() == 1 && s.wordAt(i).tag().startsWith("v") && s.isHan(i + 1)
            && (s.codePoint(i + 1) == '过' || s.codePoint(i + 1) == '了' && timeSpanAt(s, i + 2))) {
          return "gan4"; // 没干过这种事, 干了二十年 (干了三杯 "bottoms up" is gan1)
        }
        if (s.wordAt(i).length() == 2 && s.wordAt(i).end() == i + 1 && !s.isHan(i + 1)
            && oneOf(s.codePoint(i - 1), "瞎乱硬傻白") && lex.word(wordText(s, i)) == null) {
          return "gan4"; // 你别瞎干/v
        }
        return s.wordAt(i).length() == 1 && !s.isHan(i + 1) && s.isHan(i - 1)
            && GAN4_BEFORE.contains(wordText(s, i - 1)) ? "gan4" : null;
      case '好':
        if (s.wordAt(i).end() == i + 1 && (s.wordAt(i).length() == 1
            || wordText(s, i).equals("不好")) && s.isHan(i + 1) && s.wordAt(i + 1).start() == i + 1
            && FOND_OF.contains(wordText(s, i + 1))) {
          return "hao4"; // "be fond of": 他好面子, 他不好喝酒 (before the noun rule: 面子/n)
        }
        if (s.wordAt(i).length() == 1 && s.wordAt(i).tag().startsWith("a") && s.isHan(i + 1)
            && s.wordAt(i + 1).start() == i + 1 && s.wordAt(i + 1).tag().startsWith("n")) {
          return "hao3"; // "good" before its noun: 好学生 (the model read 好学 hao4)
        }
        return resultativeHao(s, i, lex) ? "hao3" : null;
      case '和':
        if (s.wordAt(i).end() == i + 1 && (s.wordAt(i).length() == 1
            || lex.word(wordText(s, i)) == null) && (nextHan(s, i) == '匀'
            || nextHan(s, i) == '成' && oneOf(nextHan(s, i + 1), "面团泥糊"))) {
          return "huo2"; // mixing: 把面粉和水和成面团 (also in 水和/nr), 和匀
        }
        if (s.wordAt(i).length() == 1 && (s.text(i + 1, i + 3).equals("稀泥")
            || s.text(i + 2, i + 4).equals("稀泥") && oneOf(nextHan(s, i), "点了个"))) {
          return "huo4"; // smoothing things over: 和稀泥, 和点稀泥
        }
        if (s.wordAt(i).length() == 1 && mahjongWin(s, i)) {
          return "hu2"; // winning at mahjong: 打麻将他又和了, 我和了一把大牌
        }
        if (wordText(s, i).equals("和好") && s.wordAt(i).start() == i && i > 0 && s.isHan(i - 1)
            && Set.of("面", "面粉", "面团").contains(wordText(s, i - 1))) {
          return "huo2"; // 面和好以后要醒二十分钟 (见面/表面和好 "make up" are he2)
        }
        if (s.wordAt(i).length() == 1 && i == 1 && prev == '面' && s.wordAt(i - 1).length() == 1
            && next == '好' && s.wordAt(i + 1).length() == 1
            && (!s.isHan(i + 2) || oneOf(s.codePoint(i + 2), "了以之后"))) {
          return "huo2"; // 面和/c 好了就可以包饺子了 (面和好多菜 is "and")
        }
        // kneading 和面/和泥 huo2 where HanLP made it a verb (妈妈在厨房和面); "and" stays he2
        if (s.wordAt(i).length() == 1 && i >= 2 && s.codePoint(i - 2) == '把'
            && oneOf(prevHan(s, i), "面泥") && s.isHan(i + 1)) {
          return "huo2"; // the object put before it: 把面和好了
        }
        return (wordText(s, i).equals("和面") || wordText(s, i).equals("和泥"))
            && s.wordAt(i).start() == i ? "huo2" : null;
      case '觉':
        return jiao(s, i);
      case '盛':
        // filling a bowl: 盛了两碗饭, 盛饭, 盛米饭和汤 (the verb cheng2; 盛开, 茂盛, 盛水期 are
        // sheng4)
        boolean gluedCheng = s.wordAt(i).start() == i && s.wordAt(i).length() <= 3
            && lex.word(wordText(s, i)) == null; // 盛一碗/nr, 盛出/nr
        if ((s.wordAt(i).length() == 1 || gluedCheng) && (oneOf(nextHan(s, i), "出入到进")
            || oneOf(nextHan(s, i), "一两半") && oneOf(nextHan(s, i + 1), "碗勺盘杯盆"))) {
          return "cheng2"; // 盛一碗汤, 炒熟后盛出
        }
        return s.wordAt(i).length() == 1 && s.isHan(i + 1)
            && ("了饭汤满着".indexOf(s.codePoint(i + 1)) >= 0
                || wordText(s, i + 1).length() >= 2 && "饭汤粥".indexOf(
                    wordText(s, i + 1).codePointAt(wordText(s, i + 1).length() - 1)) >= 0)
            ? "cheng2" : null;
      case '少':
        if (single && next == '了' && hanNear(s, i - 1, i - 8, "比")) {
          return "shao3"; // fewer than: 降水量比往年少了很多 (HanLP's 年少 misled the model)
        }
        // "less" before a verb, shao3: 少吃肉, 少说两句 (少年, 少将 are words)
        // (亚少赛 is the youth championship, shao4: only everyday verbs)
        return single && s.isHan(i + 1) && s.wordAt(i + 1).start() == i + 1
            && s.wordAt(i + 1).tag().startsWith("v") && oneOf(next, "吃喝说放抽用花管玩买熬做加穿想生睡操")
            ? "shao3" : null;
      case '称':
        // suiting, chen4, after a degree adverb: 这件衣服很称你
        return single && afterDegreeAdverb(s, i) ? "chen4" : null;
      case '差':
        if (single && next == '人' && s.wordAt(i + 1).length() == 1 && s.isHan(i + 2)
            && s.wordAt(i + 2).tag().startsWith("v")) {
          return "chai1"; // sending someone: 你差人送过去吧 (差人一等 is cha4)
        }
        boolean gluedCha = s.wordAt(i).length() == 2 && s.wordAt(i).end() == i + 1
            && oneOf(prev, "只还就才") && lex.word(wordText(s, i)) == null; // 只差/nz
        if ((single || gluedCha) && s.isHan(i + 1) && "一两二三四五六七八九十几半".indexOf(next) >= 0
            && !s.text(i + 1, i + 5).equals("三错四")) {
          return "cha4"; // falling short by: 只差两分就及格了, 还差五分钟 (的差 of numbers is cha1)
        }
        return difference(s, i) ? "cha1" : null;
      case '空':
        if (!single && KONG4_WORDS.contains(wordText(s, i))) {
          return "kong4"; // 空白, 空格, 有空, 填空 (the model knows 空 as kong1 only)
        }
        // left empty, kong4: 座位空着, 空出一个位置 (空着手, 空着肚子 are empty-handed, kong1)
        if (single && next == '了' && (timeSpanAt(s, i + 2) || Set.of("很久", "好久", "一行",
            "一格", "一个", "两个", "几个").contains(s.text(i + 2, i + 4)))) {
          return "kong4"; // left vacant: 这个房间空了很久, 空了一行
        }
        if (single && next == '出') {
          return "kong4"; // 把箱子空出来, 空出一个座位
        }
        boolean zhe = next == '着' && (single || wordText(s, i).equals("空着"));
        int obj = i + 2;
        return zhe && !oneOf(s.isHan(obj) ? s.codePoint(obj) : 0, "手肚腹身")
            ? "kong4" : null;
      case '闷':
        // stuffy, men1: 屋里太闷了, 闷死了 (bored or low, men4, with a heart or mood before it:
        // 心里很闷)
        boolean degree = afterDegreeAdverb(s, i) || s.wordAt(i).length() == 2
            && s.wordAt(i).end() == i + 1 && DEGREE.contains(s.charAt(i - 1));
        if (!(degree || single && next == '死')) {
          return null;
        }
        return hanNear(s, i - 1, -1, "心情绪烦觉感") ? null : "men1";
      default:
        return null;
    }
  }

  /**
   * Token i is a one-character word right after a degree adverb (很长, 太难了), or the second half
   * of a two-character word HanLP made of them (很长/d, 最长).
   */
  private static boolean afterDegreeAdverb(Sentence s, int i) {
    Sentence.Span w = s.wordAt(i);
    if (w.length() == 1) {
      return s.isHan(i - 1) && s.wordAt(i - 1).end() == i && DEGREE.contains(wordText(s, i - 1));
    }
    return w.length() == 2 && w.start() == i - 1 && DEGREE.contains(s.charAt(i - 1));
  }

  /**
   * 好 as a resultative complement, "done properly": a one-character word after a verb (写|好), or
   * ending a word the lexicons lack that HanLP made of verb + 好 (排好/nz 队, 坐好, 收好).
   */
  private static boolean resultativeHao(Sentence s, int i, PinyinLexicon lex) {
    Sentence.Span w = s.wordAt(i);
    if (w.length() == 1) {
      return s.isHan(i - 1) && s.wordAt(i - 1).end() == i && s.wordAt(i - 1).tag().startsWith("v");
    }
    String text = s.text(w.start(), w.end());
    return w.end() == i + 1 && w.length() == 2 && lex.word(text) == null
        && (!Segmenter.isWord(text) || w.tag().startsWith("nz"));
  }

  /**
   * 和 hu2, winning at mahjong or cards: a one-character 和 before the particle 了 ending the
   * clause or before the hand (和了一把, 和了个大牌), in a sentence about 麻将 or 牌.
   */
  private static boolean mahjongWin(Sentence s, int i) {
    if (nextHan(s, i) != '了' || s.wordAt(i + 1).length() != 1) {
      return false;
    }
    String after = s.text(i + 2, Math.min(s.size(), i + 4));
    if (s.isHan(i + 2) && !(after.startsWith("一把") || after.startsWith("一局")
        || after.startsWith("个") || after.startsWith("牌"))) {
      return false;
    }
    for (int j = 0; j < s.size(); j++) {
      if (s.codePoint(j) == '牌' || s.text(j, j + 2).equals("麻将")) {
        return true;
      }
    }
    return false;
  }

  /**
   * 差 cha1 "difference" of numbers: 两个数的差是多少, 温度的差为10度, 求差 (the noun after 的,
   * before 是/为/等于 or ending the clause, with a number or quantity earlier in the clause).
   */
  private static boolean difference(Sentence s, int i) {
    if (s.wordAt(i).length() != 1) {
      return false;
    }
    int prev = prevHan(s, i);
    if (oneOf(prev, "求作") && !s.isHan(i + 1)) {
      return true;
    }
    if (prev != '的' || s.isHan(i + 1) && !oneOf(nextHan(s, i), "是为等")) {
      return false;
    }
    return hanNear(s, i - 2, -1, "数值积和价温量");
  }

  /**
   * 觉 jiao4 "sleep" as a one-character word after 睡 earlier in the phrase (睡不着觉, 睡了一觉,
   * 睡个好觉); the word 睡觉 and 觉得/感觉 are in the lexicons.
   */
  private static String jiao(Sentence s, int i) {
    if (s.wordAt(i).length() != 1) {
      return null;
    }
    return hanNear(s, i - 1, i - 6, "睡") ? "jiao4" : null;
  }

  /**
   * 数 the verb shu3 "count" where it is clearly a verb: in 数一数, before 不清/不完 and before
   * 到/了/完/着/过/得 (数不清, 数到十); the noun shu4 is in words (数学, 人数, 为数不多).
   */
  private static String shu(Sentence s, int i) {
    if (s.text(i - 2, i).equals("数了") && s.wordAt(i).length() == 1) {
      return "shu3"; // 数了数
    }
    // the reduplicated verb 数数 "count a bit" (你数数有几本书): both shu3; 学数数 "learn to count"
    // reads the object shu4; 代数|数 is no reduplication
    if (s.text(i, i + 2).equals("数数") && s.wordAt(i).start() == i
        && !oneOf(nextHan(s, i + 1), "学字据量目值码位额次")) {
      return "shu3";
    }
    if (s.text(i - 1, i + 1).equals("数数") && s.wordAt(i - 1).start() == i - 1
        && !oneOf(nextHan(s, i), "学字据量目值码位额次")) {
      return i >= 2 && oneOf(s.codePoint(i - 2), "学会练教") ? "shu4" : "shu3";
    }
    if (s.text(i - 1, i + 1).equals("倒数") && s.wordAt(i).end() == i + 1
        && (nextHan(s, i) == '第' || s.text(i + 1, i + 3).equals("计时"))) {
      return "shu3"; // counting from the end: 倒数第二, 倒数计时 (倒数 "reciprocal" is shu4)
    }
    if (s.wordAt(i).length() != 1 && !(s.isHan(i + 1) && s.codePoint(i + 1) == '不')) {
      return null;
    }
    int n = s.size();
    if (s.text(i + 1, i + 3).equals("一下")) {
      return "shu3"; // 你数一下有几个人
    }
    boolean vYiV = i + 2 < n && s.codePoint(i + 1) == '一' && s.codePoint(i + 2) == '数'
        || i >= 2 && s.codePoint(i - 1) == '一' && s.codePoint(i - 2) == '数';
    // 为数不多, 代数数不全是… keep shu4: only 不 + a result complement makes it the verb
    boolean verbFollows = i + 1 < n && "到了完着过得".indexOf(s.codePoint(i + 1)) >= 0
        || i + 2 < n && s.codePoint(i + 1) == '不' && "清完过尽".indexOf(s.codePoint(i + 2)) >= 0;
    return vYiV || verbFollows ? "shu3" : null;
  }
}
