package marytts.language.zh.pinyin;

/**
 * Surface tones from lexical tones, applied in this order:
 *
 * <ol>
 *   <li>neutral tones: syllables a lexicon word writes neutral (朋友, 妈妈, 对不起), everyday
 *       words the lexicon writes with a full tone in their neutral sense (东西 "thing", 告诉, 名字),
 *       the plural suffix 们, 来/去 of a directional complement after a verb (站起来, 拿回去,
 *       走|过去), the aspect particle 过 (去过; not 穿过), clause-final 呀/啦/哇 (你来啦), the
 *       second syllable of a reduplicated verb (看看, 跑跑, 散散步, 试试看, 揉|揉|眼睛, 好好|想想;
 *       not in AABB: 走走停停; not an adjective before 的: 暖暖的);
 *   <li>不: second tone before a fourth tone, neutral between two copies of a word (好不好), else
 *       fourth; a lexicon word's own tone for 不 wins;
 *   <li>一: first tone as ordinal (第一, 一号), inside numbers (十一, 一九), as an operand (一加一,
 *       一比零, 一到十), before a decimal point (一点五), in a mixed number (一又二分之一), at
 *       the end of a lexicon word or phrase (统一; not the second 一 of 一X一Y: 一高一低), before the function words 的/而/之/也/是 (一是…二是…); neutral in 看一看;
 *       else second before a fourth tone and fourth before tones 1-3;
 *   <li>third tone: inside a segmented word every third tone followed by a third tone becomes
 *       second (展览 → zhan2 lan3, 九九九 → jiu2 jiu2 jiu3); then, from right to left, a unit's last
 *       third tone before a unit starting with a (surface) third tone becomes second. Units are
 *       segmented words, with words unknown to the lexicons split into lexicon sub-words (展览|馆 → zhan2
 *       lan2 guan3, 小|老虎 → xiao3 lao2 hu3) and four-syllable lexicon words into two feet (岂有|此理);
 *       a one-syllable unit and a classifier that make a lexicon word (有|点儿) are one unit, a
 *       one-syllable verb and its pronoun object 我/你 are
 *       one unit (请你), and so are a numeral or demonstrative and its classifier (两把伞 liang2 ba2
 *       san3); a classifier phrase keeps its third tone before a noun of two or more syllables
 *       (一场比赛 chang3, 两把雨伞 ba3). An erhua 儿 is transparent. Punctuation and non-Han tokens
 *       break chains.
 * </ol>
 *
 * Stateless and thread-safe.
 */
public final class ToneSandhi {

  private static final String DIGITS = "零〇一二三四五六七八九";
  private static final String NUMERALS = "零〇一二三四五六七八九十百千万亿两";
  /** Function words after which 一 keeps its citation tone (一是…二是…, 一而再). */
  private static final String YI_KEEPS_BEFORE = "的而之也是";
  /** Function words after which 不 keeps its citation tone. */
  private static final String BU_KEEPS_BEFORE = "的而之";
  /** Abbreviated institution kinds numbered in names: 一中 (school), 一台 (channel), 一院... */
  private static final String INSTITUTIONS = "中小台院厂校所队团师军局处";
  /** Last characters of administrative place names (杭州市一中, 海淀区一中). */
  private static final String ADMINISTRATIVE = "省市县区镇乡州";

  /**
   * Computes surface readings.
   *
   * @param s the sentence
   * @param lexical lexical readings per token (null for non-Han tokens)
   * @param ev lexicon evidence for the sentence
   * @return surface readings per token (null for non-Han tokens)
   */
  public String[] apply(Sentence s, String[] lexical, LexicalEvidence ev) {
    return apply(s, lexical, ev, null);
  }

  /**
   * Computes surface readings; with a lexicon, a 一/不 that starts a lexicon word of three or more
   * characters (一更天, 一丝不苟) takes the tone that word gives it even when the segmenter split it.
   */
  public String[] apply(Sentence s, String[] lexical, LexicalEvidence ev, PinyinLexicon lex) {
    int n = s.size();
    String[] out = lexical.clone();
    int[] lexTone = new int[n];
    for (int i = 0; i < n; i++) {
      lexTone[i] = lexical[i] == null ? 0 : PinyinSyllables.tone(lexical[i]);
    }
    // 1. neutral tones
    boolean[] redupNeutral = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (out[i] == null || s.codePoint(i) == '一' || s.codePoint(i) == '不') {
        continue;
      }
      String wr = ev.wordReading(i);
      if (ev.inPinyinProWord[i] && wr != null && !inAabbSecondHalf(s, i, lex) && PinyinSyllables.tone(wr) == 5
          && PinyinSyllables.base(wr).equals(PinyinSyllables.base(out[i]))) {
        out[i] = PinyinSyllables.withTone(out[i], 5);
        continue;
      }
      Sentence.Span w = s.wordAt(i);
      if (commonNeutral(s, w, i) || commonNeutralPrefix(s, w, i, ev)) {
        out[i] = PinyinSyllables.withTone(out[i], 5);
        continue;
      }
      if (directionalNeutral(s, i) || aspectGuo(s, i, lex) || finalParticle(s, i, lex)) {
        out[i] = PinyinSyllables.withTone(out[i], 5);
        continue;
      }
      if (s.codePoint(i) == '们' && i > w.start()) {
        out[i] = PinyinSyllables.withTone(out[i], 5);
      } else if (w.length() == 2 && i == w.start() + 1 && s.codePoint(i) == s.codePoint(i - 1)
          && reduplicatedVerbTag(s, w, ev) && wr == null && !isAabb(s, i - 1)
          && !(isAabb(s, i - 3) && !adverbBeforeVerbCopy(s, i - 3))
          || reduplicatedVerbBeforeObject(s, i, lex)) {
        out[i] = PinyinSyllables.withTone(out[i], 5);
        redupNeutral[i] = true;
      }
    }
    // a reduplicated adjective with erhua whose lexicon entry gives the copy the first tone (好好儿
    // hao3 hao1 er5), whatever the segmenter did with it (好好儿学习, 好好|儿)
    for (int i = 1; lex != null && i + 1 < n; i++) {
      if ("r5".equals(lexical[i + 1]) && out[i] != null && s.codePoint(i) == s.codePoint(i - 1)
          && !(i >= 2 && s.isHan(i - 2) && s.codePoint(i - 2) == s.codePoint(i))) {
        String[] w = lex.word(s.text(i - 1, i + 2));
        if (w != null && w.length == 3 && PinyinSyllables.tone(w[1]) == 1) {
          out[i] = PinyinSyllables.withTone(out[i], 1); // no third tone left: 好好儿 keeps hao3
        }
      }
    }
    // 2./3. 不 and 一
    for (int i = 0; i < n; i++) {
      if (out[i] == null) {
        continue;
      }
      int cp = s.codePoint(i);
      if (cp != '一' && cp != '不') {
        continue;
      }
      String wr = ev.inPinyinProWord[i] ? ev.wordReading(i) : null;
      if (wr == null && lex != null) {
        wr = startingWordReading(s, i, lex);
      }
      if (wr != null && !PinyinSyllables.base(wr).equals(cp == '一' ? "yi" : "bu")) {
        wr = null;
      }
      boolean nextHan = i + 1 < n && out[i + 1] != null;
      // X一X / X不X, but not 一X一X / 不X不X / 一X不X (一点一点, 不行不行, 一动不动)
      boolean betweenCopies = nextHan && i > 0 && out[i - 1] != null
          && s.codePoint(i - 1) == s.codePoint(i + 1) && s.codePoint(i + 1) != cp
          && !(i >= 2 && (s.codePoint(i - 2) == cp || s.codePoint(i - 2) == '一'));
      int nextTone = nextHan ? lexTone[i + 1] : 0;
      if (cp == '不') {
        if (betweenCopies) {
          out[i] = "bu5";
        } else if (wr != null) {
          out[i] = wr; // lexicalised: 对不起 bu5, 差不多 bu5
        } else if (nextHan && (BU_KEEPS_BEFORE.indexOf(s.codePoint(i + 1)) >= 0
            || s.codePoint(i + 1) == '不')) {
          // 不不不 "no, no, no": each 不 stands alone
          out[i] = "bu4";
        } else {
          out[i] = nextTone == 4 ? "bu2" : "bu4";
        }
        continue;
      }
      out[i] = yiTone(s, ev, i, out, nextTone, betweenCopies, wr);
    }
    // 4. third tone
    int[] t = new int[n];
    for (int i = 0; i < n; i++) {
      t[i] = out[i] == null ? 0 : PinyinSyllables.tone(out[i]);
      if (redupNeutral[i] && lexTone[i] == 3) {
        // a reduplicated third-tone verb sandhis before it loses its tone: 想想 xiang2 xiang5
        t[i] = 3;
      }
    }
    // an erhua 儿 (lexical r5) is part of its host syllable: the chain sees through it
    // (一点儿也不 → dian2, 有点儿冷 → you2 dian2 ... leng3)
    boolean[] er = new boolean[n];
    for (int i = 0; i < n; i++) {
      er[i] = "r5".equals(lexical[i]);
    }
    int[] r = t.clone();
    java.util.List<int[]> units = prosodicUnits(s, ev, lex);
    for (int[] u : units) {
      for (int i = u[0]; i < u[1]; i++) {
        int j = nextSyllable(er, i + 1);
        // a neutralised reduplicated verb only lends its third tone to the syllable before it
        if (!er[i] && !redupNeutral[i] && j < u[1] && t[i] == 3 && t[j] == 3) {
          r[i] = 2;
        }
      }
    }
    for (int k = units.size() - 2; k >= 0; k--) {
      int last = units.get(k)[1] - 1;
      while (last >= units.get(k)[0] && er[last]) {
        last--;
      }
      int next = nextSyllable(er, units.get(k)[1]);
      if (last >= units.get(k)[0] && next < n && r[last] == 3 && r[next] == 3
          && !classifierBeforeNoun(s, units.get(k), units.get(k + 1))) {
        r[last] = 2;
      }
    }
    for (int i = 0; i < n; i++) {
      if (out[i] != null && r[i] != t[i] && !redupNeutral[i]) {
        out[i] = PinyinSyllables.withTone(out[i], r[i]);
      }
    }
    return out;
  }

  /**
   * Everyday words whose second syllable is neutral in standard speech but which the pinyin-pro
   * data writes with a full tone (告诉 gao4 su5, 名字 ming2 zi5, 早上 zao3 shang5). 东西 and 地方
   * are neutral only in their "thing" / "place" senses; see {@link #neutralSense}.
   */
  private static final java.util.Set<String> COMMON_NEUTRAL = java.util.Set.of(
      "东西", "地方", "告诉", "清楚", "打扮", "名字", "知道", "吩咐", "打听", "打算", "厉害",
      "本事", "早上", "晚上", "生意", "主意", "脑袋");

  /** Sentence-final particles the lexicon reads with a full tone as interjections. */
  private static final String FINAL_PARTICLES = "呀啦哇";

  /**
   * 呀/啦/哇 ending a clause after another syllable is the modal particle: neutral (你来啦, 好啦,
   * 好哇). Alone or opening a clause they are interjections (呀，下雪了 ya1), and a copy after a
   * copy (啦啦啦), a lexicon word's own syllable (咿呀, 哎呀, 妈呀) and a syllable of a name (哆啦)
   * keep their tone.
   */
  static boolean finalParticle(Sentence s, int i, PinyinLexicon lex) {
    if (FINAL_PARTICLES.indexOf(s.codePoint(i)) < 0 || i == 0 || !s.isHan(i - 1)
        || s.codePoint(i - 1) == s.codePoint(i) || i + 1 < s.size() && s.isHan(i + 1)) {
      return false;
    }
    Sentence.Span w = s.wordAt(i);
    if (w.length() > 2 || w.length() == 2 && lex != null && lex.word(s.text(w.start(), w.end())) != null) {
      return false;
    }
    // the host is a word on its own (来啦, 天啦; joined 好啦: a verb, adjective or pronoun), not a
    // syllable of a transliterated name (彭萨哇, 哆|啦)
    String host = mainNature(s.charAt(i - 1));
    if (host.isEmpty()) {
      return false;
    }
    if (w.length() == 1) {
      return !host.startsWith("nr") && !host.startsWith("ns") && !host.equals("o");
    }
    return host.startsWith("v") || host.startsWith("a") || host.startsWith("r");
  }

  /** HanLP's main (first) part of speech of a one-character word, or "" when it has none. */
  private static String mainNature(String ch) {
    com.hankcs.hanlp.dictionary.CoreDictionary.Attribute a =
        com.hankcs.hanlp.dictionary.CoreDictionary.get(ch);
    return a == null || a.nature.length == 0 ? "" : a.nature[0].toString();
  }

  /** Whether one of HanLP's parts of speech for a one-character word starts with a prefix. */
  private static boolean charNatureStartsWith(String ch, String... prefixes) {
    com.hankcs.hanlp.dictionary.CoreDictionary.Attribute a =
        com.hankcs.hanlp.dictionary.CoreDictionary.get(ch);
    if (a == null || a.nature.length == 0) {
      return false;
    }
    for (com.hankcs.hanlp.corpus.tag.Nature n : a.nature) {
      for (String p : prefixes) {
        if (n.toString().startsWith(p)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Modal verbs: a directional verb after them is the main verb (想要起来看看). */
  private static final java.util.Set<String> MODALS = java.util.Set.of(
      "要", "能", "会", "敢", "肯", "该", "想要", "可以", "能够", "应该", "应当", "愿意", "需要");

  /** First syllables of the two-syllable directional complements (起来, 出去, 回来, 下去...). */
  private static final String DIRECTIONS = "起出进回下上过开";

  /**
   * 来/去 ending a two-syllable directional complement right after a verb (站|起来, 拿|出来,
   * 走|进来, 拿|回去, 搬|起|来, 写|下|来, 跑|过|来, 放回|去) or a verb the segmenter joined with its complement
   * (看起来, 走过来, 记起来): neutral.
   * Not in the potential form (拿得出来, 站不起来), nor 过去 "the past" (回到过去: tagged time; after a
   * one-syllable verb, not before 的, the segmenter's time word 过去 is the complement: 走|过去).
   */
  static boolean directionalNeutral(Sentence s, int i) {
    int cp = s.codePoint(i);
    if (cp != '来' && cp != '去' || i < 2 || !LexicalEvidence.allHan(s, i - 2, i + 1)
        || DIRECTIONS.indexOf(s.codePoint(i - 1)) < 0 || "得不".indexOf(s.codePoint(i - 2)) >= 0) {
      return false;
    }
    Sentence.Span w = s.wordAt(i);
    if (w.end() != i + 1) {
      return false;
    }
    Sentence.Span v = s.wordAt(i - 2);
    boolean verbBefore = v.end() == i - 1 && v.tag().startsWith("v")
        && !MODALS.contains(s.text(v.start(), v.end())); // 要|起来 "get up": a verb, not a complement
    if (w.start() == i) { // 搬|起|来, 写|下|来, 跑|过|来; 放回|去, 飞过|来
      Sentence.Span d = s.wordAt(i - 1);
      return w.tag().startsWith("v") && (d.length() == 1 && verbBefore
          && (d.tag().startsWith("v") || d.tag().equals("f") || d.tag().equals("ug"))
          || d.length() == 2 && d.end() == i && d.tag().startsWith("v"));
    }
    if (w.start() == i - 1) {
      // the verb or adjective may end a word the segmenter mis-joined (门关|起来, 车开|过来,
      // 天冷|起来); not an adverb (快|回来) nor a directional itself (出来|进去)
      boolean hostBefore = verbBefore || v.end() == i - 1
          && !MODALS.contains(s.text(v.start(), v.end()))
          && (v.tag().equals("nz") || v.tag().equals("nr"))
          && charNatureStartsWith(s.charAt(i - 2), "v", "a");
      // 过去 tagged time after a one-syllable verb is the complement (走|过去, 送|过去, 晕|过去),
      // not "the past" (成|过去的, 是|过去 "formerly"), nor a main verb after 想|/要| "go over"
      boolean pastAfterVerb = w.tag().equals("t") && cp == '去' && v.length() == 1
          && v.tag().equals("v") && verbBefore
          && "想要能会敢肯该得是有在为".indexOf(s.codePoint(i - 2)) < 0
          && !(i + 1 < s.size() && s.codePoint(i + 1) == '的');
      return (w.tag().startsWith("v") || pastAfterVerb) && hostBefore && s.codePoint(i - 2) != '来'
          && s.codePoint(i - 2) != '去';
    }
    return w.start() == i - 2 && (w.tag().startsWith("v") || w.tag().equals("nz")); // 看起来, 记起来
  }

  /**
   * Verbs whose 过 is mostly the resultative "across, past, through" (穿过, 渡过, 度过, 飞过,
   * 跳过, 走过) and keeps guo4; the aspect reading after them is left to the lexical tone.
   */
  private static final String PASSING_VERBS = "穿渡度越跨绕跳躲逃飞驶划滚淹闯熬挺错经通超路胜退走跑爬游流漂滑擦掠翻涌冲闪扫漫";

  /** After 过: directional 来/去, and 过多/过分/过于... where 过 means "too". */
  private static final String NOT_ASPECT_AFTER = "来去多分度于半少早快高低";

  /**
   * The aspect particle 过 after a verb (去过, 吃过饭; HanLP's ug), also where the segmenter joined
   * it to a one-syllable verb into a word the pinyin lexicon does not have (看过了): neutral.
   * 经过, 通过, 超过 are lexicon words and keep guo4; before 来/去 过 is directional (跑过来), after
   * a verb of passing it is resultative (穿过, 度过), before 多/分/于 it means "too" (流血过多).
   */
  static boolean aspectGuo(Sentence s, int i, PinyinLexicon lex) {
    if (s.codePoint(i) != '过' || i == 0 || !s.isHan(i - 1)
        || PASSING_VERBS.indexOf(s.codePoint(i - 1)) >= 0
        || i + 1 < s.size() && s.isHan(i + 1) && NOT_ASPECT_AFTER.indexOf(s.codePoint(i + 1)) >= 0) {
      return false; // 跑过来 (directional), 穿过, 度过 (resultative "across"), 过多 ("too")
    }
    Sentence.Span w = s.wordAt(i);
    if (w.tag().equals("ug") && w.length() == 1) {
      String prev = s.wordAt(i - 1).tag();
      return prev.startsWith("v") || prev.equals("p") && charNatureStartsWith(s.charAt(i - 1), "v");
    }
    return lex != null && w.length() == 2 && w.end() == i + 1 && w.tag().equals("v")
        && LexicalEvidence.allHan(s, i - 1, i + 1) && lex.word(s.text(i - 1, i + 1)) == null;
  }

  /** After these 东西 is the compass pair (东西方向, 东西两侧, 东西长三百米, 东西走向). */
  private static final String COMPASS_FOLLOWERS = "方南向走两长宽部侧半横线轴贯各距";

  /**
   * The second syllable of a two-syllable segmented word of {@link #COMMON_NEUTRAL}, in the sense
   * that takes the neutral tone.
   */
  static boolean commonNeutral(Sentence s, Sentence.Span w, int i) {
    if (w.length() == 3 && i == w.end() - 1 && s.wordAt(i).tag().startsWith("nz")) {
      // a verb and its resultative complement joined into one unknown word: 讲清楚, 说清楚
      w = new Sentence.Span(w.start() + 1, w.end(), w.tag());
    }
    return w.length() == 2 && i == w.start() + 1 && LexicalEvidence.allHan(s, w.start(), w.end())
        && COMMON_NEUTRAL.contains(s.text(w.start(), w.end())) && neutralSense(s, w);
  }

  /**
   * A word unknown to the dictionaries that opens with a {@link #COMMON_NEUTRAL} word as its first
   * lexicon sub-word (晚上好, segmented as one word): that word's neutral second syllable.
   */
  static boolean commonNeutralPrefix(Sentence s, Sentence.Span w, int i, LexicalEvidence ev) {
    if (w.length() < 3 || i != w.start() + 1 || ev.pinyinProWord[i] != null || ev.hanlpWord[i] != null
        || ev.subWord[i] == null || ev.subWordLength[w.start()] != 2 || ev.subWordLength[i] != 2) {
      return false;
    }
    Sentence.Span head = new Sentence.Span(w.start(), w.start() + 2, w.tag());
    return COMMON_NEUTRAL.contains(s.text(head.start(), head.end())) && neutralSense(s, head);
  }

  /**
   * 东西 "thing" unless a compass word, a noun, numeral, classifier or localizer follows (东西方向,
   * 东西厢, 东西两侧) or it follows 从/由 (从东西两边); 地方
   * "place" after a determiner, a classifier or 的 (这个地方, 什么地方, 有的地方) or before a
   * function word or the end of the phrase (地方不大), not "local" (地方政府, 中央和地方).
   */
  private static boolean neutralSense(Sentence s, Sentence.Span w) {
    int n = s.size();
    int prev = w.start() > 0 && s.isHan(w.start() - 1) ? s.codePoint(w.start() - 1) : 0;
    int next = w.end() < n && s.isHan(w.end()) ? s.codePoint(w.end()) : 0;
    switch (s.text(w.start(), w.end())) {
      case "东西":
        if (next != 0 && s.wordAt(w.end()).start() == w.end()) {
          String tag = s.wordAt(w.end()).tag();
          if (tag.startsWith("n") || tag.startsWith("q") || tag.startsWith("m")
              || tag.startsWith("f") || tag.startsWith("s")) {
            return false; // 东西厢, 东西两侧, 东西城
          }
        }
        return COMPASS_FOLLOWERS.indexOf(next) < 0 && "从由".indexOf(prev) < 0;
      case "地方":
        return prev != 0 && "这那哪个么的些处多每某各此".indexOf(prev) >= 0
            || (next == 0 || "的了不很都也就还是在有没太呢吗吧啊".indexOf(next) >= 0)
                && !(prev != 0 && "和与及央".indexOf(prev) >= 0);
      default:
        return true;
    }
  }

  /**
   * Whether a segmented AA word is a reduplicated verb: tagged as a verb, or unknown to the
   * dictionaries (HanLP's nz: 跑跑, 找找, 练练) with a verb as A's main part of speech (not the
   * adjectives of 红红, 甜甜; nor a verb AA whose A is mainly an adjective before 的/地: 暖暖的).
   */
  private static boolean reduplicatedVerbTag(Sentence s, Sentence.Span w, LexicalEvidence ev) {
    if (w.tag().startsWith("v")) {
      // an adjective AA before 的/地 is the reduplicated adjective (暖暖的), not the verb (暖暖手)
      boolean beforeDe = w.end() < s.size() && "的地".indexOf(s.codePoint(w.end())) >= 0;
      return !(beforeDe && mainNature(s.charAt(w.start())).startsWith("a"));
    }
    if (!w.tag().equals("nz") || ev.pinyinProWord[w.start()] != null
        || ev.hanlpWord[w.start()] != null) {
      return false;
    }
    return mainNature(s.charAt(w.start())).startsWith("v");
  }

  /** The first token from {@code i} on that is not an erhua 儿 (or n). */
  private static int nextSyllable(boolean[] er, int i) {
    while (i < er.length && er[i]) {
      i++;
    }
    return i;
  }

  /**
   * The second A of a reduplicated verb before its object or a tentative 看, which HanLP segments
   * as A|AB (散|散步, 写|写字, 读|读书), AA|看 (比比|看), AA|pronoun (等等|我) or one unknown word
   * (聊聊天, 试试看): neutral, as in 看看. A noun after the verb (问|问题) or an AAA run is no such
   * reduplication.
   */
  static boolean reduplicatedVerbBeforeObject(Sentence s, int i, PinyinLexicon lex) {
    int n = s.size();
    if (i < 1 || i + 1 >= n || !LexicalEvidence.allHan(s, i - 1, i + 2)
        || s.codePoint(i) != s.codePoint(i - 1) || i >= 2 && s.codePoint(i - 2) == s.codePoint(i)
        || s.codePoint(i + 1) == s.codePoint(i)) {
      return false;
    }
    Sentence.Span a = s.wordAt(i - 1);
    Sentence.Span b = s.wordAt(i);
    if (a.length() == 1 && a.tag().startsWith("v") && b.start() == i && b.length() >= 2) {
      return b.tag().startsWith("v"); // 散|散步, 读|读书
    }
    if (a.length() == 1 && b.length() == 1 && b.start() == i && a.tag().equals("v")
        && b.tag().equals("v") && s.wordAt(i + 1).start() == i + 1
        && s.wordAt(i + 1).tag().startsWith("n") && !s.wordAt(i + 1).tag().equals("ng")
        && lex != null && lex.word(s.text(i - 1, i + 1)) == null
        && mainNature(s.charAt(i)).startsWith("v")) {
      // A|A|noun object: 揉|揉|眼睛, 摸|摸|头 (not the word 回回 "Hui", nor before a bound
      // morpheme: 闷|闷|忧/ng)
      return true;
    }
    // AA before a pronoun object: 等等我, 问问他 (等等 "etc." and the adverbs 刚刚, 天天 take none)
    Sentence.Span next = s.wordAt(i + 1);
    boolean verbTag = b.tag().startsWith("v") || b.tag().startsWith("u");
    if (b.end() == i + 1 && next.start() == i + 1 && verbTag
        && SentenceScan.PRONOUNS.contains(s.text(next.start(), next.end()))) {
      return true;
    }
    // the tentative 看 is one syllable: 走走看看 is AABB, not 走走|看
    boolean tentative = s.codePoint(i + 1) == '看' && !isAabb(s, i - 1);
    if (b.start() == i - 1 && b.length() == 2 && b.tag().startsWith("v") && tentative) {
      return true; // 比比|看
    }
    String ab = s.text(i, i + 2);
    boolean objectWord = lex != null && lex.word(ab) != null || Segmenter.isWord(ab);
    return b.start() == i - 1 && b.length() == 3 && (objectWord || tentative) && lex != null
        && lex.word(s.text(b.start(), b.end())) == null; // 聊聊天, 试试看
  }

  /**
   * True for the BB half of an AABB reduplication (漂漂亮亮, 清清楚楚) segmented as one word or
   * of a lexicon word AB: the B syllables keep full tones even where AB has a neutral second
   * syllable (漂亮 piao4 liang5). 妈妈爸爸 is two words, not a reduplication, and so is a pair of
   * kinship terms that are both lexicon words with a neutral copy, even where AB is a word too
   * (弟弟妹妹 di4 di5 mei4 mei5, 姐姐妹妹: 弟妹, 姐妹).
   */
  static boolean inAabbSecondHalf(Sentence s, int i, PinyinLexicon lex) {
    Sentence.Span w = s.wordAt(i);
    for (int a = Math.max(0, i - 3); a <= i - 2; a++) {
      if (isAabb(s, a) && !(lex != null && neutralCopyWord(s, a, lex) && neutralCopyWord(s, a + 2, lex))
          && (w.start() <= a && w.end() >= a + 4
          || lex != null && lex.word(s.charAt(a) + s.charAt(a + 2)) != null)) {
        return true;
      }
    }
    return false;
  }

  /**
   * AABB that is a reduplicated adjective or adverb segmented as its own word (好好, 慢慢) before a
   * reduplicated verb (学学, 想想): an adverbial and a verb, not the AABB form of a word AB
   * (好好|学学 is not 好学 "studious"; 好好|想想 takes the verb's neutral copy).
   */
  static boolean adverbBeforeVerbCopy(Sentence s, int a) {
    Sentence.Span w = s.wordAt(a);
    String nature = mainNature(s.charAt(a));
    return isAabb(s, a) && w.start() == a && w.end() == a + 2
        && (nature.startsWith("a") || nature.startsWith("d"))
        && s.wordAt(a + 2).start() == a + 2 && mainNature(s.charAt(a + 2)).startsWith("v");
  }

  /** A lexicon word AA from {@code a} whose copy is neutral (弟弟 di4 di5, 妹妹 mei4 mei5). */
  private static boolean neutralCopyWord(Sentence s, int a, PinyinLexicon lex) {
    String[] r = lex.pinyinProWord(s.text(a, a + 2));
    return r != null && r.length == 2 && PinyinSyllables.tone(r[1]) == 5;
  }

  /** Four Han tokens from {@code a} of the shape AABB with A ≠ B. */
  static boolean isAabb(Sentence s, int a) {
    return a >= 0 && a + 3 < s.size() && LexicalEvidence.allHan(s, a, a + 4)
        && s.codePoint(a) == s.codePoint(a + 1) && s.codePoint(a + 2) == s.codePoint(a + 3)
        && s.codePoint(a) != s.codePoint(a + 2);
  }

  /**
   * 一 as a number inside an institution name: right after a place or organisation name and
   * followed by one institution character (school, channel, hospital, factory...) that ends the
   * phrase (北京一中, 上海一中, 湖南一台).
   */
  private static boolean numberInName(Sentence s, int i) {
    int n = s.size();
    if (i == 0 || i + 1 >= n || !s.isHan(i + 1) || (i + 2 < n && s.isHan(i + 2))
        || INSTITUTIONS.indexOf(s.codePoint(i + 1)) < 0) {
      return false;
    }
    Sentence.Span own = s.wordAt(i);
    if (own.start() != i) {
      return false;
    }
    Sentence.Span prev = s.wordAt(i - 1);
    String tag = prev.tag();
    String name = s.text(prev.start(), prev.end());
    return prev.end() == i && prev.length() >= 2
        && (tag.startsWith("ns") || tag.startsWith("nt") || name.equals("中央")
            || ADMINISTRATIVE.indexOf(s.codePoint(i - 1)) >= 0);
  }

  private static String startingWordReading(Sentence s, int i, PinyinLexicon lex) {
    for (int e = Math.min(s.size(), i + lex.maxWordLength()); e >= i + 3; e--) {
      if (LexicalEvidence.allHan(s, i, e)) {
        String[] r = lex.pinyinProWord(s.text(i, e));
        if (r != null) {
          return r[0];
        }
      }
    }
    return null;
  }

  /** 一 as a day of the month (五月一号, 五月一日) or a bus route number (一路公交, 一路车). */
  private static boolean dateOrRoute(Sentence s, int i) {
    int n = s.size();
    if (i + 1 >= n) {
      return false;
    }
    int next = s.codePoint(i + 1);
    if (i > 0 && s.codePoint(i - 1) == '月' && (next == '号' || next == '日')) {
      return true;
    }
    if (next == '路' && i + 2 < n) {
      String after = s.text(i + 2, Math.min(n, i + 6));
      for (String v : ROUTE_FOLLOWERS) {
        if (after.startsWith(v)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Operators between two numbers: 一加一, 三减一, 一比零, 一到十 (a range), 乘以一. */
  private static final String OPERATORS = "加减乘除比到至";
  /** What may follow the decimals of 一点X: a unit or the end of the phrase (一点五米). */
  private static final String DECIMAL_FOLLOWERS = "米倍亿万千克吨度斤秒升元公厘毫个";

  /** 一 as an operand: 一加一等于二, 三减一, 比分一比零, 一到十, 从一数到十, 二乘以一. */
  private static boolean arithmetic(Sentence s, int i) {
    int n = s.size();
    if (i + 2 < n && OPERATORS.indexOf(s.codePoint(i + 1)) >= 0 && numeral(s, i + 2)) {
      return true;
    }
    if (i >= 2 && OPERATORS.indexOf(s.codePoint(i - 1)) >= 0 && numeral(s, i - 2)) {
      return true;
    }
    if (i >= 1 && s.codePoint(i - 1) == '从') {
      // counting: 从一数到十, 从一到十
      for (int j = i + 1; j < Math.min(n - 1, i + 3); j++) {
        if ("到至".indexOf(s.codePoint(j)) >= 0 && numeral(s, j + 1)) {
          return true;
        }
      }
    }
    return i >= 3 && s.codePoint(i - 1) == '以' && "乘除".indexOf(s.codePoint(i - 2)) >= 0
        && numeral(s, i - 3);
  }

  /**
   * 一 before a decimal point: 一点五, 一点二五米. The digits after 点 must end the phrase or be
   * followed by a unit, so clock times (一点五十分, 一点一刻) and 一点一滴, 一点一点 are not decimals.
   */
  private static boolean decimal(Sentence s, int i) {
    int n = s.size();
    if (i + 2 >= n || s.codePoint(i + 1) != '点' || DIGITS.indexOf(s.codePoint(i + 2)) < 0) {
      return false;
    }
    int j = i + 2;
    while (j < n && DIGITS.indexOf(s.codePoint(j)) >= 0) {
      j++;
    }
    return j == n || !s.isHan(j) || DECIMAL_FOLLOWERS.indexOf(s.codePoint(j)) >= 0;
  }

  private static boolean numeral(Sentence s, int i) {
    return i >= 0 && i < s.size() && NUMERALS.indexOf(s.codePoint(i)) >= 0;
  }

  private static final String[] ROUTE_FOLLOWERS =
      {"公交", "公共汽车", "汽车", "巴士", "电车", "车", "线路", "大巴"};

  /**
   * Units for third-tone sandhi: segmented words, except that a word unknown to the lexicons is
   * split into its longest-match lexicon sub-words (小老虎 → 小|老虎), so the cyclic rule sees its
   * internal structure.
   */
  static java.util.List<int[]> prosodicUnits(Sentence s, LexicalEvidence ev, PinyinLexicon lex) {
    java.util.List<int[]> units = new java.util.ArrayList<>();
    for (Sentence.Span w : s.words()) {
      boolean known = ev.pinyinProWord[w.start()] != null || ev.hanlpWord[w.start()] != null;
      int split = lex != null ? internalSplit(s, w, lex, known) : 0;
      if (split > 0) {
        units.add(new int[] {w.start(), w.start() + split});
        units.add(new int[] {w.start() + split, w.end()});
        continue;
      }
      if (known || w.length() <= 2) {
        units.add(new int[] {w.start(), w.end()});
        continue;
      }
      int i = w.start();
      while (i < w.end()) {
        int len = Math.max(1, ev.subWordLength[i]);
        int end = Math.min(w.end(), i + len);
        units.add(new int[] {i, end});
        i = end;
      }
    }
    // a run of Chinese numerals (九|九九) is one unit; a one-syllable verb or preposition and its
    // pronoun object 我/你 form one foot (请你|把窗户关上 qing2 ni3, 老板|给我|打电话 gei2 wo2)
    java.util.List<int[]> merged = new java.util.ArrayList<>();
    for (int[] u : units) {
      int[] prev = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (prev != null && prev[1] == u[0]
          && (numerals(s, prev) && numerals(s, u) || verbAndPronoun(s, prev, u)
              || numeralAndClassifier(s, prev, u) || splitLexiconWord(s, prev, u, lex))) {
        prev[1] = u[1];
      } else {
        merged.add(u);
      }
    }
    return merged;
  }

  /**
   * Internal structure of a three- or four-syllable word, as the length of its first part, for
   * the cyclic third-tone rule (words from the pinyin lexicons or HanLP's core dictionary): 1 for
   * [X[YZ]] where only YZ is a word (纸|老虎 → zhi3 lao2 hu3), 2 for [[WX][YZ]] where both halves
   * are words; 0 = the whole word is one unit (展览馆 → zhan2 lan2 guan3, 展览馆里 2 2 2 3).
   */
  static int internalSplit(Sentence s, Sentence.Span w, PinyinLexicon lex, boolean known) {
    if (!LexicalEvidence.allHan(s, w.start(), w.end())) {
      return 0;
    }
    int a = w.start();
    if (w.length() == 3) {
      // [[XY]Z] stays whole: the flat rule already reads it cyclically (展览馆里 → 2 2 2 3)
      return !isWord(s.text(a, a + 2), lex) && isWord(s.text(a + 1, a + 3), lex) ? 1 : 0;
    }
    if (w.length() == 4) {
      boolean left = isWord(s.text(a, a + 2), lex);
      boolean right = isWord(s.text(a + 2, a + 4), lex);
      if (left && right) {
        return 2;
      }
      // a lexicon word of four syllables, mostly an idiom, is two feet unless it is visibly
      // [[XYZ]W] (岂有此理 qi2 you3 ci2 li3, 有板有眼 you2 ban3 you2 yan3)
      return known && !(isWord(s.text(a, a + 3), lex) && !right) ? 2 : 0;
    }
    return 0;
  }

  private static boolean isWord(String w, PinyinLexicon lex) {
    return lex.word(w) != null || Segmenter.isWord(w);
  }

  /** Demonstratives and numerals that take a classifier (一场, 这本, 两把, 几本). */
  private static final String BEFORE_CLASSIFIER = "一二三四五六七八九十两几半这那哪每某各";

  /**
   * A numeral or demonstrative with its classifier before a noun of two or more syllables (一场|比赛,
   * 这场|比赛, 两把|雨伞, 一本|小说): the classifier phrase is its own prosodic word and keeps its
   * third tone (yi4 chang3 bi3 sai4); before a one-syllable noun it joins it (两把伞 ba2 san3).
   */
  static boolean classifierBeforeNoun(Sentence s, int[] unit, int[] next) {
    int c = unit[1] - 1;
    if (c < 1 || !s.isHan(c) || BEFORE_CLASSIFIER.indexOf(s.codePoint(c - 1)) < 0
        || next[1] - next[0] < 2 || !LexicalEvidence.allHan(s, next[0], next[1])) {
      return false;
    }
    Sentence.Span cw = s.wordAt(c);
    Sentence.Span nw = s.wordAt(next[0]);
    boolean classifier = cw.tag().startsWith("q") || cw.tag().startsWith("m")
        || cw.length() == 1 || cw.length() == 2 && cw.start() == c - 1;
    boolean noun = nw.start() == next[0] && nw.length() >= 2
        && (nw.tag().startsWith("n") || nw.tag().equals("vn"));
    return classifier && noun && !cw.tag().startsWith("v") && !cw.tag().startsWith("a");
  }

  /** Common one-character classifiers. */
  private static final String CLASSIFIERS =
      "个把本只条张件位口双块场首部辆台匹头棵朵片根支枝杯碗瓶盒包斤米尺种些样次遍回趟顿句篇封间座所家层点";

  /**
   * A one-syllable numeral or demonstrative and its one-syllable classifier are one foot (两|把伞
   * → liang2 ba2 san3, 几|把 → ji2 ba3), whatever tag the segmenter gave the classifier.
   */
  private static boolean numeralAndClassifier(Sentence s, int[] num, int[] cl) {
    return num[1] - num[0] == 1 && cl[1] - cl[0] == 1 && s.isHan(num[0]) && s.isHan(cl[0])
        && BEFORE_CLASSIFIER.indexOf(s.codePoint(num[0])) >= 0
        && CLASSIFIERS.indexOf(s.codePoint(cl[0])) >= 0 && s.wordAt(cl[0]).length() == 1
        && s.wordAt(num[0]).length() == 1;
  }

  /**
   * A one-syllable unit and the classifier or numeral after it that together make a pinyin-pro
   * word of at most three characters the segmenter split (有|点儿 → 有点儿冷 you2 dian2 er5 leng3).
   */
  private static boolean splitLexiconWord(Sentence s, int[] a, int[] b, PinyinLexicon lex) {
    Sentence.Span bw = s.wordAt(b[0]);
    return lex != null && a[1] - a[0] == 1 && b[1] - a[0] <= 3 && s.wordAt(a[0]).length() == 1
        && bw.start() == b[0] && bw.end() == b[1]
        && (bw.tag().startsWith("q") || bw.tag().startsWith("m"))
        && LexicalEvidence.allHan(s, a[0], b[1]) && lex.pinyinProWord(s.text(a[0], b[1])) != null;
  }

  private static boolean verbAndPronoun(Sentence s, int[] verb, int[] pronoun) {
    if (verb[1] - verb[0] != 1 || pronoun[1] - pronoun[0] != 1 || !s.isHan(verb[0])
        || "我你".indexOf(s.codePoint(pronoun[0])) < 0) {
      return false;
    }
    String tag = s.wordAt(verb[0]).tag();
    return s.wordAt(verb[0]).length() == 1 && (tag.startsWith("v") || tag.startsWith("p"));
  }

  private static boolean numerals(Sentence s, int[] u) {
    for (int i = u[0]; i < u[1]; i++) {
      if (NUMERALS.indexOf(s.codePoint(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** 一 as the whole part of a mixed number: 一又二分之一, 一又三十分之七. */
  private static boolean mixedNumber(Sentence s, int i) {
    int n = s.size();
    if (i + 2 >= n || s.codePoint(i + 1) != '又' || NUMERALS.indexOf(s.codePoint(i + 2)) < 0) {
      return false;
    }
    for (int k = i + 3; k + 1 < n && k <= i + 5; k++) {
      if (s.codePoint(k) == '分' && s.codePoint(k + 1) == '之') {
        return true;
      }
      if (NUMERALS.indexOf(s.codePoint(k)) < 0) {
        return false;
      }
    }
    return false;
  }

  private static String yiTone(Sentence s, LexicalEvidence ev, int i, String[] out, int nextTone,
      boolean betweenCopies, String lexiconTone) {
    int n = s.size();
    boolean nextHan = i + 1 < n && out[i + 1] != null;
    if (!nextHan) {
      return "yi1";
    }
    if (betweenCopies) {
      return "yi5";
    }
    int prev = i > 0 ? s.codePoint(i - 1) : 0;
    int next = s.codePoint(i + 1);
    if (prev == '第' || prev == '初') {
      return "yi1";
    }
    if (DIGITS.indexOf(next) >= 0 || (prev != 0 && NUMERALS.indexOf(prev) >= 0)
        || YI_KEEPS_BEFORE.indexOf(next) >= 0) {
      return "yi1";
    }
    Sentence.Span w = s.wordAt(i);
    // a class number after the grade: 一年级一班, 三年级一班
    boolean classNumber = next == '班' && i >= 2 && s.text(i - 2, i).equals("年级");
    if (numberInName(s, i) || dateOrRoute(s, i) || arithmetic(s, i) || decimal(s, i)
        || next == '号' || mixedNumber(s, i) || classNumber) {
      return "yi1"; // 一号 is number one or the first of the month, never "one 号"
    }
    // the second 一 of 一X一Y takes no tone from a word X一 (一高一低: 高一 "first year of senior
    // school")
    boolean pairedYi = i >= 2 && s.codePoint(i - 2) == '一' && w.start() == i - 1
        && w.length() == 2;
    if (lexiconTone != null && !pairedYi) {
      return lexiconTone; // tone the lexicon gives 一 inside a word (一会儿 yi2, 一更天 yi1)
    }
    boolean knownWord = ev.pinyinProWord[i] != null || ev.hanlpWord[i] != null;
    int nextWord = s.wordIndexOf(i) + 1;
    boolean classifierFollows = nextWord < s.words().size()
        && s.words().get(nextWord).tag().startsWith("q");
    if (w.length() > 1 && w.end() - 1 == i && knownWord && !classifierFollows && !pairedYi) {
      return "yi1"; // final in a lexicon word: 统一, 唯一, 之一 (but 之一寸光: 一 + classifier)
    }
    if (next == '月' && (i + 2 >= n || !s.isHan(i + 2) || "份底初中".indexOf(s.codePoint(i + 2)) >= 0)) {
      return "yi1"; // month name 一月
    }
    return nextTone == 4 ? "yi2" : "yi4";
  }
}
