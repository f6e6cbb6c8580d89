package marytts.language.zh.pinyin;

import java.util.Map;
import java.util.Set;

/**
 * Readings fixed by the grammatical context, for polyphones whose minority reading the polyphone
 * model hardly ever sees in its training data (the CPP corpus has no modal 得 dei3, one 了 liao3,
 * three verbal 还 huan2) but which a short context decides:
 *
 * <ul>
 *   <li>了 liao3 at the start of a clause and in the potential complement V不了 (吃不了, 走不了),
 *       else the particle le5;
 *   <li>得 dei3, "must": between a subject or modal adverb and a verb (我得走了, 你还得努力); de5
 *       after a verb or adjective (累得睡着了);
 *   <li>地 de5, the adverbial particle, after a modifier (认真地写, 慢慢地走); di4 after a
 *       classifier or pronoun (这块地);
 *   <li>还 huan2, "give back": clause-final (什么时候还), before the particle 了 (还了我十块钱)
 *       or a pronoun (还我钱), after 没 (还没还); else the adverb hai2 (the model said huan2 for
 *       他还发明了);
 *   <li>着 zhao2 before 了 (着了凉, 睡着了) and after 不/得 (睡不着, 用得着);
 *   <li>行 xing2 in 一行 "a party" (一行人, 我们一行五人);
 *   <li>只 zhi1 as a classifier after a numeral or demonstrative (这只狗), else zhi3 (他只吃了);
 *   <li>classifiers after a numeral: 重 chong2 (一重), 斗 dou3 (一斗米), 宿 xiu3 (住了两宿);
 *   <li>的 de5 as a one-character word (项目|的 is no 目的); 都 dou1 before a verb or adverb;
 *   <li>长 chang2 after a degree adverb (很长), zhang3 before 着/得, 教 jiao1 before a pronoun, 数 shu3 in 数一数/数不清, 种 zhong3
 *       after a numeral or demonstrative and zhong4 before 了/着/在;
 *   <li>为 wei4 before a pronoun (为你感到骄傲) or a noun followed by a verb (为人民服务), 盛
 *       cheng2 before 了/饭 (盛了两碗饭);
 *   <li>呀 ya5 ending a clause after a Han character (你好呀), ya1 opening one; 天哪 na5; the adverb
 *       倒 dao4 (倒是, 倒也, 倒不如); 和面/和泥 huo2; 觉 jiao4 after 睡 (睡不着觉);
 *   <li>surname readings right after 姓 (姓曾 zeng1, 姓单 shan4).
 * </ul>
 *
 * Rules only fire on characters the segmenter left as one-character words (or, for 地, on an
 * unknown word ending in it), so lexicon words (了解, 还是, 得到, 土地) keep their readings.
 */
public final class ContextRules {

  private static final String NUMERAL_BEFORE_CLASSIFIER = "一二三四五六七八九十两双几多半";
  private static final String NUMERALS = "零〇一二三四五六七八九十百千万两";
  /** Adverbs and pronoun-like words after which a 得 before a verb is the modal dei3. */
  private static final Set<String> MODAL_HOSTS = Set.of("还", "就", "总", "都", "也", "又", "才",
      "非", "可", "只", "准", "先", "再", "必须", "一定", "肯定", "总是", "还是", "恐怕", "估计", "怕",
      "那", "这", "那就", "可能", "终归", "早晚", "迟早");
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

  private ContextRules() {}

  /** The reading the context imposes on token i, or null to leave it to lexicon and model. */
  public static String reading(Sentence s, int i, PinyinLexicon lex) {
    int cp = s.codePoint(i);
    if (i > 0 && s.codePoint(i - 1) == '姓' && s.wordAt(i - 1).length() == 1
        && SURNAMES.containsKey(cp)) {
      return SURNAMES.get(cp);
    }
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
    String glued = gluedBeforeDe(s, i, lex);
    if (glued != null) {
      return glued;
    }
    String adjective = ADJECTIVE_READING.get(cp);
    if (adjective != null && afterDegreeAdverb(s, i)) {
      return adjective; // 尾巴很长 chang2, 太难了 nan2, 很重 zhong4, 很干 gan1
    }
    switch (cp) {
      case '了':
        return le(s, i, lex);
      case '得':
        return de(s, i, lex);
      case '地':
        return di(s, i, lex);
      case '还':
        return hai(s, i, lex);
      case '着':
        return zhao(s, i, lex);
      case '行':
        return partyXing(s, i) ? "xing2" : null;
      case '只':
        return zhi(s, i);
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
      case '种':
        return zhong(s, i);
      case '干':
        if (s.wordAt(i).start() == i && nextHan(s, i) == '性') {
          return "gan1"; // dry: 干性皮肤 (as 油性, 中性)
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
      case '的':
        if (wordText(s, i).equals("打的") && s.wordAt(i).end() == i + 1
            && (!s.isHan(i + 1) || oneOf(nextHan(s, i), "去回到走"))) {
          return "di1"; // taking a taxi: 打的去机场 (他打的电话 is the particle)
        }
        // the particle; a one-character 的 is never 目的's di4, whatever word spans it (项目|的)
        return s.wordAt(i).length() == 1 && s.isHan(i - 1) ? "de5" : null;
      case '都':
        return dou(s, i, lex);
      case '为':
        return wei(s, i, lex);
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
      case '呀':
      case '哪':
        // an interjection the lexicons know keeps its reading: 哎呀 ai1 ya1
        if (s.wordAt(i).length() > 1 && lex.word(wordText(s, i)) != null) {
          return lex.word(wordText(s, i))[i - s.wordAt(i).start()];
        }
        return particle(s, i);
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
      default:
        return verbComplements(s, i, lex, cp);
    }
  }

  /**
   * Words of 空 kong4 "unoccupied, free time" that have no kong1 sense. (All pinyin-pro words with
   * kong4 broke a dev row: 空位 "gap" is kong1 there.)
   */
  private static final Set<String> KONG4_WORDS = Set.of("空白", "空格", "空隙", "空闲", "空缺",
      "空儿", "空子", "空当", "空余", "填空", "有空", "抽空", "没空", "得空", "钻空子", "空白处");

  /** Debts one pays back, huan2 before them ending a clause (还房贷, 还信用卡). */
  private static final Set<String> DEBTS = Set.of("房贷", "车贷", "贷款", "债", "欠款", "借款",
      "信用卡", "花呗", "账", "欠账", "外债", "高利贷");

  /** Adverbs before a purpose 为 wei4 (正在为…做准备). */
  private static final Set<String> PURPOSE_ADVERBS = Set.of("正在", "在", "都", "也", "要", "正",
      "还", "一直", "已经", "不", "没", "别", "又", "不用", "不必", "没有", "总是", "整天");

  /** People one teaches, jiao1 before them (教孩子们唱歌). */
  private static final Set<String> PUPILS = Set.of("孩子", "学生", "小朋友", "同学", "徒弟", "儿子",
      "女儿", "小孩", "新人", "大伙");

  /** Things one measures, liang2 before them (量体温, 量了血压). */
  private static final Set<String> MEASURED = Set.of("体温", "身高", "血压", "尺寸", "体重", "腰围",
      "尺码", "距离");

  /** Objects after which 好 is "be fond of", hao4 (好面子, 好喝酒). */
  private static final Set<String> FOND_OF = Set.of("面子", "喝酒", "抽烟", "吸烟", "赌博", "打架",
      "吹牛", "虚荣", "管闲事", "说大话");

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

  /** Liquids and rubbish that one pours out (倒水, 把垃圾倒了). */
  private static final String POURED = "水茶酒汤油奶垃圾剩饭药醋咖啡";

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

  /**
   * A word HanLP made of a lexicon word and the complement marker 得 (高兴得/nr 跳起来): the
   * lexicon word keeps its reading (高兴 xing4) and 得 before more of the clause is de5.
   */
  private static String gluedBeforeDe(Sentence s, int i, PinyinLexicon lex) {
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

  /** A numeral and a unit of time start at token j: 二十年, 三天, 两个月, 几个小时. */
  private static boolean timeSpanAt(Sentence s, int j) {
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

  /** Last code point of a string, 0 for the empty string. */
  private static int lastChar(String w) {
    return w.isEmpty() ? 0 : w.codePointBefore(w.length());
  }

  /**
   * A one-character 把 up to five tokens before i with its object between (我把钥匙落在…), and no
   * verb or comma in between.
   */
  private static boolean baObjectBefore(Sentence s, int i) {
    for (int j = i - 1; j >= Math.max(0, i - 5) && s.isHan(j); j--) {
      if (s.codePoint(j) == '把' && s.wordAt(j).length() == 1) {
        return j < i - 1;
      }
      if (s.wordAt(j).tag().startsWith("v") && !s.wordAt(j).tag().equals("vn")) {
        return false; // (作业/vn is the object)
      }
    }
    return false;
  }

  /** Things one looks after (看孩子, 看着包): kan1 before them at the end of a clause. */
  private static final Set<String> LOOKED_AFTER = Set.of("孩子", "小孩", "小孩子", "孩儿", "娃",
      "宝宝", "包", "行李", "门", "店", "摊", "摊子", "家", "孙子", "孙女", "羊", "牛", "锅");

  /**
   * 看 kan1 "look after": before a child, a bag, a shop... ending the clause, after 看着 (你看着
   * 包, 帮我看着孩子) or with a helper or place before it (在家看孩子, 帮忙看店, 替我看一下行李);
   * 回去看孩子 "visit" stays kan4.
   */
  private static boolean lookAfter(Sentence s, int i) {
    Sentence.Span w = s.wordAt(i);
    boolean zhe = wordText(s, i).equals("看着") && w.start() == i
        || w.length() == 1 && nextHan(s, i) == '着' && s.wordAt(i + 1).length() == 1;
    if (w.length() != 1 && !zhe) {
      return false;
    }
    int o = zhe ? i + 2 : i + 1;
    if (!zhe && s.text(o, o + 2).equals("一下")) {
      o += 2;
    }
    if (zhe && s.isHan(o) && s.codePoint(o) == '点' && s.wordAt(o).length() == 1) {
      o++; // 帮我看着点锅
    }
    if (!s.isHan(o) || s.wordAt(o).start() != o || !LOOKED_AFTER.contains(wordText(s, o))) {
      return false;
    }
    int e = s.wordAt(o).end();
    if (s.isHan(e) && !oneOf(s.codePoint(e), "呢吧啊呀了")) {
      return false; // 看着孩子笑, 看孩子们玩: watching
    }
    if (zhe) {
      return true;
    }
    return hanNear(s, i - 1, i - 7, "帮替", "在家", "负责", "专门");
  }

  /** Nouns after 正当 "legitimate" (正当理由, 正当权益). */
  private static final Set<String> LEGITIMATE = Set.of("权利", "权益", "理由", "手段", "途径",
      "行为", "职业", "收入", "利益", "要求", "程序", "竞争", "方式", "渠道", "经营", "防卫", "关系");

  /**
   * 正当 zheng4 dang4 "legitimate, proper" before 的, a noun such as 权利/理由, at the end of a
   * clause or after 不/很 (不正当竞争); zheng4 dang1 "just when" opens a time clause (正当我要出门时).
   */
  private static String zhengDang(Sentence s, int i) {
    Sentence.Span w = s.wordAt(i);
    if (!(wordText(s, i).equals("正当") && w.end() == i + 1)) {
      return null;
    }
    int next = nextHan(s, i);
    boolean noun = s.isHan(i + 1) && s.wordAt(i + 1).start() == i + 1
        && LEGITIMATE.contains(wordText(s, i + 1));
    return next == '的' || noun || oneOf(prevHan(s, i - 1), "不很太") ? "dang4" : null;
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
   * Whether one of {@code chars}, or a token run spelling one of {@code words}, starts at a
   * position from {@code from} towards {@code to} (exclusive; before {@code from} = scanning
   * backwards), within the run of Han tokens that contains {@code from}.
   */
  private static boolean hanNear(Sentence s, int from, int to, String chars, String... words) {
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
  private static int nextHan(Sentence s, int i) {
    return s.isHan(i + 1) ? s.codePoint(i + 1) : 0;
  }

  private static int prevHan(Sentence s, int i) {
    return s.isHan(i - 1) ? s.codePoint(i - 1) : 0;
  }

  private static boolean oneOf(int cp, String set) {
    return cp != 0 && set.indexOf(cp) >= 0;
  }

  /**
   * Verbs whose reading shows in the complement or object after them, and a few bound forms:
   *
   * <ul>
   *   <li>撒 sa3 "scatter" before a place or direction (撒在湖中, 撒上可可粉; 撒谎 is sa1);
   *   <li>铺 pu1 "spread, lay" as a verb (铺上, 铺通; 店铺, 床铺 are pu4);
   *   <li>挨 ai2 "suffer" before 了/打/骂/饿 (挨了打, 挨打; 挨着 is ai1);
   *   <li>钉 ding4 "nail" and 粘 zhan1 "stick" before 在/上/住 (钉在门上, 把卵粘在石头上), 缝 feng2
   *       "sew" before 于/在/上 (缝于左胸; 裂缝 feng4);
   *   <li>累 lei3 "repeatedly" in official careers (累迁, 累转, 累官), lei4 "tired" after 又/不/很
   *       (又累又饿);
   *   <li>晕 yun4 "halo" as a noun after 的 or a noun (冰晕, 黑洞的晕); the verb yun1 faints (晕倒,
   *       他晕了);
   *   <li>降 xiang2 "surrender" after 迎/乞/请/受/纳/来/出/诈 (出城迎降; 下降 is jiang4);
   *   <li>应 ying1 "should" as a one-character word before a verb (最早应追溯至…);
   *   <li>奔 ben4 "head for" before a place (奔济南); 将 jiang1 after a pronoun (它将作品…, 他将
   *       出任); 蒙 meng1 "dazed" as a complement (搞蒙了);
   *   <li>啦 la5 ending a clause; 啊 a4 opening one before a comma (啊，那几乎是…); 哩 li3 "mile"
   *       after 英/公/海 or a number (79英哩);
   *   <li>吧 ba1 inside a noun (贴吧, 网吧); 乐 yue4 "music" in 乐评/乐迷/乐坛; 藏 cang2 after 所
   *       (所藏文物); 藉 ji2 where 籍 makes a word (美藉 = 美籍, 藉田); 卷 juan4 "volume" after a
   *       digit or 第N; 喝 he4 "shout" before 一声; 翟 di2 before 衣/羽 (翟衣); 俟 qi2 in the
   *       surname 万俟; 捋 luo1 before 起/袖 (捋起袖子).
   *   <li>everyday readings found in blind probes (each with its comment below): 看孩子 kan1, 当了
   *       (pawned) dang4, 朝阳 zhao1, 差 cha1/chai1, 空着/空出 kong4, 闷 men1, 作死 zuo1, 蒙对 meng1,
   *       卡在喉咙 qia3, 露一手 lou4, 扇风 shan1, 待在 dai1, 折跟头 zhe1, 没过膝盖 mo4, 背了一个包
   *       bei1, 称你 chen4, 少吃 shao3, 应在 ying1.
   * </ul>
   */
  private static String verbComplements(Sentence s, int i, PinyinLexicon lex, int cp) {
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
    int next = nextHan(s, i);
    int prev = prevHan(s, i);
    switch (cp) {
      case '撒':
        return single && oneOf(next, "在上下入到满遍向于进落") ? "sa3" : null;
      case '铺':
        return single && oneOf(next, "上在满开好设成通了着平") ? "pu1" : null;
      case '挨':
        return single && oneOf(next, "了打骂批揍饿冻刀枪罚训整") ? "ai2" : null;
      case '粘':
        if (single && oneOf(next, "在上住到满贴")) {
          return "zhan1";
        }
        // sticky nian2 in 粘膜, 粘土, 粘度, 粘性, 粘液, 粘稠, 粘着 (adhesion)
        return s.wordAt(i).start() == i && oneOf(next, "膜土度性液稠滞着") ? "nian2" : null;
      case '缝':
        if (single && oneOf(next, "于在上好着到入补起制合纫")) {
          return "feng2";
        }
        // the noun "crack": 石缝, 门缝, 岩缝, 墙缝
        return single && oneOf(prev, "石岩门墙裂细牙指板") ? "feng4" : null;
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
      case '场':
        // an event that runs its course, chang2: 一场大病, 这场雨, 一场梦, 一场虚惊 (一场比赛, 这场
        // 战斗 are chang3)
        int event = s.isHan(i + 1) && oneOf(next, "大小暴") ? i + 2 : i + 1;
        return s.wordAt(i).end() == i + 1 && oneOf(prev, "一两几这那每")
            && s.isHan(event) && (oneOf(s.codePoint(event), "雨雪病梦")
                || s.text(event, event + 2).equals("虚惊")) && !s.text(event, event + 2)
                .equals("雨伞") ? "chang2" : null;
      case '择':
        // picking over vegetables, zhai2: 把这些菜择一择, 择菜 (选择, 择优 are ze2)
        boolean gluedZhai = s.wordAt(i).length() == 2 && lex.word(wordText(s, i)) == null; // 择一/nz
        return (single || gluedZhai) && !oneOf(prev, "选抉") && (next == '菜'
            || hanNear(s, i - 1, i - 6, "菜") && (oneOf(next, "一好完了") || next == 0))
            ? "zhai2" : null;
      case '会':
        // the verb "can, be good at" as a one-character verb: 他很会计算 (the model read 会计
        // kuai4 across the word boundary)
        return single && s.wordAt(i).tag().startsWith("v") && s.isHan(i + 1) ? "hui4" : null;
      case '降':
        return single && oneOf(prev, "迎乞请受纳来出诈") ? "xiang2" : null;
      case '应':
        boolean gluedYing = s.wordAt(i).length() == 2 && s.wordAt(i).start() == i
            && lex.word(wordText(s, i)) == null; // 应在/nr
        if ((single || gluedYing) && prev != 0 && oneOf(next, "在按从由以于")) {
          return "ying1"; // "should" before a preposition: 本药应在医生指导下使用
        }
        return single && s.isHan(i + 1) && s.wordAt(i + 1).tag().startsWith("v")
            && !oneOf(next, "邀召聘约声战试考急用变对付届") ? "ying1" : null;
      case '奔':
        // also after 投/逃/直 (逃奔朗州, 直奔); 奔跑, 奔腾, 狂奔 are ben1
        return single && (s.isHan(i + 1) && s.wordAt(i + 1).tag().startsWith("ns")
            || oneOf(prev, "投逃直")) ? "ben4" : null;
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
      case '啦':
        // not in a transliteration or a sound (哆啦, 哗啦, 呼啦)
        return single && prev != 0 && next == 0 && !oneOf(prev, "哆哗呼噼嘀稀拉啦") ? "la5" : null;
      case '啊':
        return single && prev == 0 && i + 1 < s.size()
            && (s.codePoint(i + 1) == '，' || s.codePoint(i + 1) == ',') ? "a4" : null;
      case '哩':
        return oneOf(prev, "英公海") || i > 0 && Character.isDigit(s.codePoint(i - 1)) ? "li3"
            : null;
      case '吧':
        return s.wordAt(i).length() >= 2 && s.wordAt(i).tag().startsWith("n") ? "ba1" : null;
      case '乐':
        return s.wordAt(i).start() == i && oneOf(next, "评迷坛") ? "yue4" : null;
      case '藉':
        // only after a country or 国/原/祖 (美藉 = 美籍; 慰藉, 凭藉, 藉口 are jie4)
        return oneOf(prev, "美英法德日俄韩华国原祖") && !oneOf(next, "口此由着") ? "ji2" : null;
      case '卷':
        return single && i > 0 && (Character.isDigit(s.codePoint(i - 1))
            || i > 1 && s.codePoint(i - 2) == '第' && NUMERALS.indexOf(s.codePoint(i - 1)) >= 0)
            ? "juan4" : null;
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
      case '中':
        if (prev == '正' && s.wordAt(i).end() == i + 1 && s.isHan(i + 1)
            && (oneOf(next, "靶") || Set.of("红心", "要害", "目标", "眉心", "球门", "下怀")
                .contains(s.text(i + 1, i + 3)))) {
          return "zhong4"; // hitting: 一箭正中靶心, 正中要害 (正中 "centre" is zhong1)
        }
        // hitting or winning, zhong4: a one-character 中 before the particle 了/过 after a verb or
        // a person (射中了, 猜中了, 他中了彩票); 掉进水中了 (after a noun) is "in", zhong1
        return single && oneOf(next, "了过") && s.wordAt(i + 1).length() == 1 && prev != 0
            && (s.wordAt(i - 1).tag().startsWith("v") && s.wordAt(i - 1).length() == 1
                || PRONOUNS.contains(wordText(s, i - 1))) ? "zhong4" : null;
      case '系':
        // tying, ji4: 系好安全带, 系上鞋带, 系着围裙 (a one-character 系 before a result or a thing
        // tied; 系里, 中文系 are departments, xi4)
        return single && (oneOf(next, "好上紧牢着") || s.isHan(i + 1)
            && oneOf(lastChar(wordText(s, i + 1)), "带扣巾绳结裙")) ? "ji4" : null;
      case '塞':
        // stuffing, sai1: 塞住, 塞满, 塞进 (塞上 and 边塞, 要塞 are the frontier, sai4)
        return (single || s.wordAt(i).length() == 2 && lex.word(wordText(s, i)) == null
            && (s.wordAt(i).start() == i || s.wordAt(i).end() == i + 1)) // 塞住/nz, 里塞/nrf
            && oneOf(next, "住满进到给了入在着") ? "sai1" : null;
      case '量':
        // measuring, liang2: 量一下, 量了, 量体温 (a one-character 量; 数量, 分量 are liang4)
        int measured = next == '了' ? i + 2 : i + 1;
        if (s.isHan(measured + 1) && NUMERALS.indexOf(s.codePoint(measured)) >= 0
            && oneOf(s.codePoint(measured + 1), "次遍下")) {
          measured += 2; // 每天量两次血压
        }
        if (single && MEASURED.contains(s.text(measured, measured + 2))) {
          return "liang2"; // 给病人量了体温, also after a noun (护士给病人量体温)
        }
        if (!single || prev != 0 && (s.wordAt(i - 1).tag().startsWith("n")
            || s.wordAt(i - 1).tag().equals("vn"))) {
          return null; // after a noun it is an amount: 分娩量过1万
        }
        return (oneOf(next, "了好完") || s.text(i - 2, i).equals("量了")
            || s.text(i + 1, i + 3).equals("一下")
            || s.text(i + 1, i + 3).equals("一量")) ? "liang2" : null;
      case '调':
        // adjusting, tiao2: 调一下, 调好, 调高/调低/调大/调小 (调到北京 is a transfer, diao4)
        boolean unknownPair = s.wordAt(i).length() == 2 && lex.word(wordText(s, i)) == null;
        if ((wordText(s, i).equals("上调") || wordText(s, i).equals("下调"))
            && s.wordAt(i).start() == i - 1 && (hanNear(s, i + 1, i + 12, "率价税息费幅额",
                "百分", "工资", "标准", "预期", "评级", "基点", "存款", "贷款")
                || hanNear(s, i - 2, i - 10, "率价税息费幅额", "工资", "标准", "评级"))) {
          return "tiao2"; // raising or lowering a figure: 银行上调了存款利率, 油价下调 (上调干部
                          // "transfer upwards" is diao4)
        }
        if (single && next == '到' && s.isHan(i + 2) && (NUMERALS.indexOf(s.codePoint(i + 2)) >= 0
            || Set.of("最大", "最小", "最高", "最低", "静音").contains(s.text(i + 2, i + 4)))) {
          return "tiao2"; // setting a value: 把烤箱调到两百度 (调到北京 is a transfer, diao4)
        }
        return (single || unknownPair && s.wordAt(i).end() == i + 1) // 请调/vn 一下
            && (oneOf(next, "好高低大小亮暗慢快成") || s.text(i + 1, i + 3).equals("一下")
            || s.text(i + 1, i + 3).equals("一调")) ? "tiao2" : null;
      case '假':
        // time off, jia4: 三天假, 请了假, 放了一周假 (also where HanLP glued 天假 into one word)
        if (s.wordAt(i).end() != i + 1 || !single && (s.wordAt(i).length() != 2
            || lex.word(wordText(s, i)) != null)) {
          return null;
        }
        return oneOf(prev, "天周月") || prev == '了' && i >= 2 && oneOf(s.codePoint(i - 2), "请放休")
            ? "jia4" : null;
      case '炸':
        // exploding zha4 (炸伤, 炸毁, 炸开) and frying zha2 (炸鸡腿, 炸油条, 炸薯条)
        if (s.wordAt(i).start() != i) {
          return null;
        }
        if (oneOf(next, "伤死毁开坏掉断沉平裂飞碎塌")) {
          return "zha4";
        }
        return oneOf(next, "鸡鱼虾肉丸薯酱糕油串排带春馒豆茄藕") ? "zha2" : null;
      case '落':
        // leaving something behind, la4: 把钥匙落在家里 (a thing put with 把 and left in a place;
        // 把目光落在他身上, 树叶落在地上 are luo4)
        if (!(single || wordText(s, i).equals("落在")) || next != '在') {
          return null;
        }
        String behind = s.text(i + 2, Math.min(s.size(), i + 4));
        int behindEnd = s.isHan(i + 4) && s.codePoint(i + 4) == '了' ? i + 5 : i + 4;
        if ((behind.equals("后面") || behind.equals("后头") || behind.equals("最后"))
            && !s.isHan(behindEnd)) {
          return "la4"; // falling behind: 他一个人落在后面了 (落在后面的山上 is luo4)
        }
        if (!baObjectBefore(s, i)) {
          // a thing left inside a place, the clause ending there: 作业本落在家里了 (no 把)
          int in = s.isHan(i + 2) && s.codePoint(i + 2) == '了' ? i + 3 : i + 2;
          String room = s.isHan(in) ? wordText(s, in) : "";
          int after = s.isHan(in) ? s.wordAt(in).end() : in;
          return Set.of("家里", "车里", "教室", "教室里", "办公室", "宿舍", "出租车上", "出租车")
              .contains(room) && (!s.isHan(after) || s.codePoint(after) == '了') ? "la4" : null;
        }
        int place = s.isHan(i + 2) && s.codePoint(i + 2) == '了' ? i + 3 : i + 2; // 落在了学校
        return oneOf(s.isHan(place) ? s.codePoint(place) : 0, "家车教学办宿店公出飞酒") ? "la4"
            : null;
      case '冲':
        // facing, chong4: 冲着我笑, 冲着门口喊 (冲上去, 冲进 are chong1)
        return single && next == '着' && s.wordAt(i + 1).length() == 1 ? "chong4" : null;
      case '转':
        // turning round, zhuan4, ending a clause after 绕/围/不停 (地球绕着太阳转) or before the
        // rounds it makes (转了一圈, 转两圈); 向左转 is zhuan3
        if ((single || s.wordAt(i).end() == i + 1 && lex.word(wordText(s, i)) == null)
            && next == '着' && s.wordAt(i + 1).length() == 1
            && !oneOf(nextHan(s, i + 1), "头身脸")) {
          return "zhuan4"; // spinning: 车轮飞快地转着 (also in 地转/nz); 转着头 turns, zhuan3
        }
        if (single && next == '得' && (oneOf(nextHan(s, i + 1), "快慢")
            || oneOf(nextHan(s, i + 1), "很飞真太好") && oneOf(nextHan(s, i + 2), "快慢"))) {
          return "zhuan4"; // spinning fast: 轮子转得很快 (转得很顺利, a transfer, is zhuan3)
        }
        int rounds = next == '了' ? i + 2 : i + 1;
        if (single && s.isHan(rounds + 1) && NUMERALS.indexOf(s.codePoint(rounds)) >= 0
            && s.codePoint(rounds + 1) == '圈') {
          return "zhuan4";
        }
        boolean gluedDi = s.wordAt(i).length() == 2 && s.wordAt(i).end() == i + 1 && prev == '地'
            && lex.word(wordText(s, i)) == null; // 不停|地转/nz
        if (!(single || gluedDi) || s.isHan(i + 1)) {
          return null;
        }
        return hanNear(s, i - 1, i - 9, "绕围", "不停") ? "zhuan4" : null;
      case '吐':
        // vomiting, tu4, after 想/要 ending the clause (恶心得想吐); spitting out is tu3
        if (oneOf(prev, "想要") && !s.isHan(i + 1)) {
          return "tu4";
        }
        // 吐了 ending the clause or before how much or how often (他晕车吐了一路, 吐了好几次);
        // 吐了口气, 把骨头吐了 are tu3
        if (!single || next != '了' || s.wordAt(i + 1).length() != 1 || baObjectBefore(s, i)) {
          return null;
        }
        return !s.isHan(i + 2) || Set.of("一路", "一地", "一身", "一床", "一车", "好几", "几次",
            "两次", "三次", "一次", "一整").contains(s.text(i + 2, i + 4)) ? "tu4" : null;
      case '扎':
        // tying hair, za1: 扎辫子, 扎了两个小辫子, 扎头发, 扎马尾 (扎针, 扎根 are zha1)
        if (!single) {
          return null;
        }
        return hanNear(s, i + 1, i + 6, "辫", "头发", "马尾") ? "za1" : null;
      case '涨':
        // the face swelling red, zhang4: 涨红了脸, 脸涨得通红 (prices and water rise, zhang3)
        return single && (next == '红' || next == '得' && (s.text(i + 2, i + 4).equals("通红")
            || s.text(i + 2, i + 4).equals("满脸"))) ? "zhang4" : null;
      case '结':
        // bearing fruit, jie1: 结了很多果子, 结果子, 结出果实 (结果 "result" is a word, jie2)
        if (!single || !oneOf(next, "了出满果")) {
          return null;
        }
        for (int j = i + 1; j < Math.min(s.size(), i + 6) && s.isHan(j); j++) {
          if (s.codePoint(j) == '果' && s.wordAt(j).length() >= 1 && j > i + 1) {
            return "jie1";
          }
        }
        return next == '果' && s.wordAt(i + 1).length() >= 2 ? "jie1" : null;
      case '咋':
        // "how", za3 (你咋不说话, 咋办); 咋舌 is ze2
        return (single || s.wordAt(i).start() == i && lex.word(wordText(s, i)) == null) // 咋回事/nz
            && next != '舌' ? "za3" : null;
      case '处':
        if (single && next == '得' && s.isHan(i + 2) && complementFollows(s, i + 1)) {
          return "chu3"; // getting along: 他们处得不错
        }
        if (s.wordAt(i).start() == i && s.wordAt(i).length() == 2 && oneOf(next, "理置罚")) {
          return "chu3"; // the verb 处理/处置/处罚 (the model read 不好处理 chu4, after 好处)
        }
        // 好处理, 难处理: the verb 处理/处置/处罚 chu3 where HanLP made 好处/难处 of the first two
        return s.wordAt(i).length() == 2 && s.wordAt(i).end() == i + 1
            && oneOf(s.codePoint(i - 1), "好难易") && oneOf(next, "理置罚") ? "chu3" : null;
      case '看':
        return lookAfter(s, i) ? "kan1" : null;
      case '少':
        // "less" before a verb, shao3: 少吃肉, 少说两句 (少年, 少将 are words)
        // (亚少赛 is the youth championship, shao4: only everyday verbs)
        return single && s.isHan(i + 1) && s.wordAt(i + 1).start() == i + 1
            && s.wordAt(i + 1).tag().startsWith("v") && oneOf(next, "吃喝说放抽用花管玩买熬做加穿想生睡操")
            ? "shao3" : null;
      case '称':
        // suiting, chen4, after a degree adverb: 这件衣服很称你
        return single && afterDegreeAdverb(s, i) ? "chen4" : null;
      case '没':
        // submerging, mo4: 水没过了膝盖, 没过头顶 (没过 "has not" is mei2: 没过几天)
        if (single && next == '过') {
          int part = nextHan(s, i + 1) == '了' ? i + 3 : i + 2;
          return oneOf(s.isHan(part) ? s.codePoint(part) : 0, "膝腰头胸脖脚小大")
              && !s.text(part, part + 2).equals("几天") && (s.text(part, part + 2).equals("膝盖")
              || s.text(part, part + 2).equals("头顶") || s.text(part, part + 2).equals("脚踝")
              || s.text(part, part + 2).equals("小腿") || s.text(part, part + 2).equals("大腿")
              || oneOf(s.codePoint(part), "膝腰胸脖")) ? "mo4" : null;
        }
        return null;
      case '背':
        // carrying on the back, bei1: 他背了一个大包, 背起孩子 (背了一首诗 is bei4)
        if (single && next == '在' && hanNear(s, i + 2, i + 4, "身肩背")) {
          return "bei1"; // 把书包背在身上, 背在肩上
        }
        if (!single || !oneOf(next, "了起上")) {
          return null;
        }
        return hanNear(s, i + 2, i + 7, "包篓筐袋柴", "孩子", "行李") ? "bei1" : null;
      case '卡':
        // stuck in the throat, qia3: 鱼刺卡在喉咙里 (a card or lorry is ka3)
        String throat = s.text(i + 2, Math.min(s.size(), i + 6));
        return s.wordAt(i).end() == i + 1 && oneOf(next, "在住")
            && (throat.contains("喉") || throat.contains("嗓")) ? "qia3" : null;
      case '露':
        // showing, lou4: 露一手, 露了一手, 露个脸, 露面 (the dew and 暴露, 露天 are lu4)
        int shown = next == '了' && single ? i + 2 : i + 1;
        return single && (s.text(shown, shown + 2).equals("一手")
            || s.text(shown, shown + 2).equals("个脸")) ? "lou4" : null;
      case '扇':
        // fanning or slapping, shan1: 扇风, 扇了他一耳光 (一扇门, 扇子 are shan4)
        return single && oneOf(next, "风了着") && !afterNumeral(s, i) ? "shan1" : null;
      case '待':
        // staying, dai1: 待一会儿, 待在家里, 在家待着, 待了三天 (对待, 待人 are dai4)
        return single && (oneOf(next, "在着") || s.text(i + 1, i + 3).equals("一会")
            || s.text(i + 1, i + 3).equals("会儿")
            || next == '了' && timeSpanAt(s, i + 2)) ? "dai1" : null;
      case '当':
        // "treat as", dang4, with 把 before it (把我当朋友, 把书当枕头)
        if (single && s.isHan(i + 1) && next != '了' && baObjectBefore(s, i)) {
          return "dang4";
        }
        // pawning, dang4: 把手表当了, 把玉当了换钱, 当掉 (the object put before it with 把)
        boolean gluedName = s.wordAt(i).length() == 2 && s.wordAt(i).end() == i + 1
            && lex.word(wordText(s, i)) == null; // 玉当/nr
        return (single || gluedName) && (next == '掉'
            || next == '了' && s.wordAt(i + 1).length() == 1 && (!s.isHan(i + 2) || oneOf(s.codePoint(i + 2), "换钱")))
            && baObjectBefore(s, i) ? "dang4" : zhengDang(s, i);
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
      case '散':
        // coming loose, san3: 鞋带散了, 辫子散开了 (人都散了, 散会 are san4)
        boolean tied = oneOf(prev, "带绳辫线扣") || i >= 2 && s.text(i - 2, i).equals("头发");
        return single && tied && s.wordAt(i - 1).end() == i && oneOf(next, "了开掉") ? "san3" : null;
      case '折':
        // tumbling, zhe1: 折跟头, 折了个跟头 (折断, 打折 are zhe2)
        return single && (s.text(i + 1, i + 3).equals("跟头") || s.text(i + 1, i + 5)
            .equals("了个跟头") || s.text(i + 1, i + 4).equals("个跟头")) ? "zhe1" : null;
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
      case '作':
        // courting disaster, zuo1: 你这是作死, 别作死了
        return single && next == '死' && s.wordAt(i + 1).length() == 1
            && (!s.isHan(i + 2) || oneOf(s.codePoint(i + 2), "了啊呢吧呀嘛")) ? "zuo1" : null;
      case '蒙':
        // guessing, meng1: 蒙对了, 我是蒙的, 瞎蒙 (also where HanLP made a name of 蒙对)
        if (s.wordAt(i).start() == i && (single || lex.word(wordText(s, i)) == null)
            && (oneOf(next, "对中") || oneOf(prev, "是瞎乱") && (next == 0 || oneOf(next, "的一个")))) {
          return "meng1";
        }
        return single && prev != 0 && s.wordAt(i - 1).tag().startsWith("v")
            && s.wordAt(i - 1).length() == 1 && (next == '了' || next == 0) ? "meng1" : null;
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
        && s.isHan(i + 1) && s.wordAt(i + 1).tag().startsWith("v")
        && !oneOf(s.codePoint(i + 1), "了着过到知")) {
      return "dei3"; // opening a clause before a verb: 孩子发烧了，得去医院
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
      boolean adverbDuo = wordText(s, i + 1).equals("多");
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

  /** Feelings and states whose 得 introduces a result clause (冷得睡不着, 吓得脸都白了). */
  private static final String STATE_BEFORE_DE = "冷热累饿困急气吓笑哭乐疼痛渴忙激馋羞愁闷";

  /** One-character adjectives that follow 得 as its complement inside an unknown word (问得好). */
  private static final String COMPLEMENT_ADJECTIVES = "好快慢对错早晚高低远近清乱美棒累饱满";

  /** The word after i is an adjective, adverb, idiom or state word: a complement, not an object. */
  private static boolean complementFollows(Sentence s, int i) {
    String nt = s.wordAt(i + 1).tag();
    return nt.startsWith("a") || nt.startsWith("d") || nt.startsWith("i") || nt.startsWith("l")
        || nt.startsWith("z");
  }

  /**
   * 地 as the adverbial particle de5 after a modifier: an adverb, adjective or state word (认真地,
   * 飞快地), a reduplication (慢慢地, 一步一步地, also when the segmenter glued 地 to it) or 不停/不住;
   * the noun di4 after a classifier or a pronoun (这块地, 他们地里). Else null: left to the model
   * (HanLP tags every 地 as the particle, so its tag says nothing).
   */
  private static String di(Sentence s, int i, PinyinLexicon lex) {
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
    if (i < 2 || "不得".indexOf(s.codePoint(i - 1)) < 0 || !s.isHan(i - 2)) {
      return null;
    }
    String[] word = w.length() > 1 ? lex.word(s.text(w.start(), w.end())) : null;
    return word != null ? word[i - w.start()] : "zhao2";
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
        && oneOf(s.wordAt(i + 1).tag().charAt(0), "ntrm") // a noun phrase (也为|可以 is no "for")
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

  /** The copula, after which 为 + pronoun is "for" (这是为你准备的). */
  private static final Set<String> COPULAS = Set.of("是", "都是", "就是", "只是", "正是", "全是",
      "也是", "还是", "不是");

  /** Adjective readings of polyphones, taken after a degree adverb. */
  private static final Map<Integer, String> ADJECTIVE_READING = Map.of(
      (int) '长', "chang2", (int) '难', "nan2", (int) '重', "zhong4", (int) '干', "gan1",
      (int) '空', "kong1", (int) '少', "shao3", (int) '好', "hao3", (int) '薄', "bao2",
      (int) '强', "qiang2", (int) '冲', "chong4");

  /** Words after which a clause-final 干 is the verb "do". */
  private static final Set<String> GAN4_BEFORE = Set.of("好好", "要", "想", "能", "会", "快", "去",
      "来", "苦", "实", "大", "蛮", "巧", "肯", "敢", "接着", "继续", "一起", "自己", "怎么", "谁", "我",
      "你", "他", "她", "我们", "你们", "他们", "都", "就", "还", "也", "别", "不", "没", "瞎", "乱", "硬",
      "傻", "白");

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

  /** Degree adverbs, after which a character is an adjective (很长 chang2). */
  static final Set<String> DEGREE = Set.of("很", "太", "真", "挺", "更", "最", "较", "比较", "特别",
      "非常", "十分", "多么", "那么", "这么", "越来越", "不够", "极", "相当", "有点", "有点儿", "还挺",
      "蛮", "超");

  /** Modal verbs, which leave 为 "for" to the verb after it (我们要为人民服务). */
  private static final Set<String> MODALS = Set.of("要", "会", "能", "想", "愿意", "应该", "应当",
      "可以", "肯", "敢", "必须", "需要", "得", "该", "能够", "愿", "将");

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

  /** Characters that open an "X … 为 Y" construction earlier in the clause (以人民为中心). */
  private static final String WEI2_OPENERS = "以视奉尊称拜选评聘封推誉";

  /** 为 … 所 (为人所知, 为大家所熟悉): the passive "by", wei2. */
  private static boolean hasSuo(Sentence s, int i) {
    return hanNear(s, i + 1, i + 6, "所");
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

  /** Characters after which 都 is the capital du1: 建都, 定都, 迁都, 还都, 之都, 皇都, 古都. */
  private static final String DU_AFTER = "建定迁还之皇古首国京陪帝旧故仙";

  /** Personal pronouns (objects right after a verb). */
  static final Set<String> PRONOUNS = Set.of("我", "你", "他", "她", "它", "您", "我们",
      "你们", "他们", "她们", "它们", "咱们", "大家", "自己", "人家");

  /** Text of the segmented word containing token i. */
  private static String wordText(Sentence s, int i) {
    Sentence.Span w = s.wordAt(i);
    return s.text(w.start(), w.end());
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

  /**
   * 种: the classifier zhong3 "kind" after a numeral or demonstrative, even where HanLP glued it to
   * the noun (这|种花, 一种); the verb zhong4 "plant" before an aspect particle or a direction
   * (种了一棵树, 种在院子里; 有种下大上小的感觉 is a kind).
   */
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
    // planting a crop: 在地里种麦子, 种庄稼 (有种/哪种 + noun is a kind)
    if (w.length() == 1 && s.isHan(i + 1) && s.wordAt(i + 1).start() == i + 1
        && wordText(s, i + 1).length() <= 3
        && wordText(s, i + 1).codePoints().anyMatch(c -> oneOf(c, "麦树花菜粮米稻稼豆瓜果苗秧薯"))
        && !oneOf(prevHan(s, i), "有哪啥")) {
      return "zhong4";
    }
    return null;
  }

  /** Numerals and demonstratives before the classifier 种 "kind". */
  private static final String KIND_AFTER = "这那哪每各某此该本一两几何多三四五六七八九十";

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

  /** A one-character word right after a numeral: a classifier with a fixed reading. */
  private static boolean afterNumeral(Sentence s, int i) {
    return i > 0 && s.wordAt(i).length() == 1
        && NUMERAL_BEFORE_CLASSIFIER.indexOf(s.codePoint(i - 1)) >= 0;
  }
}
