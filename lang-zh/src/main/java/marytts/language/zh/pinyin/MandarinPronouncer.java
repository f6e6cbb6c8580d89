package marytts.language.zh.pinyin;

import marytts.language.zh.frontend.PinyinSyllable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Mandarin pronunciation of a line of (normalised) text: segmentation, lexical pinyin with
 * polyphone disambiguation, tone sandhi, erhua and phones in the zh_CN allophone set.
 *
 * <p>Thread-safe; the lexicons, segmenter and polyphone model are loaded lazily on first use and
 * shared by all instances.
 *
 * <p>Conventions: lexical pinyin writes an erhua 儿 (一点儿, 玩儿) as {@code r5} (the CPP corpus
 * convention), surface pinyin as {@code er5}; in phones it becomes the coda {@code rr} of the
 * preceding syllable.
 */
public final class MandarinPronouncer {

  /** Lazily loaded shared resources (initialisation-on-demand holder). */
  private static final class Resources {
    static final PinyinLexicon LEXICON = PinyinLexicon.load();
    static final UserDictionary USER = UserDictionary.loadConfigured();
    static final Segmenter SEGMENTER = segmenterWith(USER);
    static final PolyphoneModel MODEL = PolyphoneModel.loadDefault();
  }

  private static Segmenter segmenterWith(UserDictionary user) {
    Segmenter.keepWhole(user.words());
    return new Segmenter();
  }

  private final ToneSandhi sandhi = new ToneSandhi();
  /** User dictionary of this instance; null = the configured one (loaded with the resources). */
  private final UserDictionary userDictionary;

  /**
   * A pronouncer with the user dictionary configured by the system property {@code zh.userdict}
   * or found at {@code MARY_BASE/user-dictionaries/userdict-zh_CN.txt} (see {@link
   * UserDictionary}).
   */
  public MandarinPronouncer() {
    this.userDictionary = null;
  }

  /**
   * A pronouncer with the given user dictionary instead of the configured one. Its words are
   * added to the (process-wide) segmenter dictionary so that they stay whole.
   */
  public MandarinPronouncer(UserDictionary userDictionary) {
    this.userDictionary = userDictionary;
    Segmenter.keepWhole(userDictionary.words());
  }

  /** The user dictionary in effect (with its load problems). */
  public UserDictionary userDictionary() {
    return userDictionary != null ? userDictionary : Resources.USER;
  }

  /** Full analysis of one line, aligned to its non-whitespace code points. */
  record Analysis(Sentence sentence, LexicalEvidence evidence, String[] lexical, String[] surface,
      boolean[] erhua) {}

  Analysis analyze(String line) {
    PinyinLexicon lex = Resources.LEXICON;
    Sentence s = Resources.SEGMENTER.segment(line);
    LexicalEvidence ev = LexicalEvidence.of(s, lex);
    int n = s.size();
    String[] lexical = new String[n];
    boolean[] erhua = new boolean[n];
    PolyphoneModel model = Resources.MODEL;
    String[] user = userDictionary().readings(s);
    for (int i = 0; i < n; i++) {
      if (!s.isHan(i)) {
        continue;
      }
      int cp = s.codePoint(i);
      if (user[i] != null) {
        // user dictionary wins over lexicon, rules and model; r5 marks an erhua suffix
        lexical[i] = user[i];
        erhua[i] = cp == '儿' && user[i].equals("r5") && i > 0 && s.isHan(i - 1);
      } else if (cp == '一') {
        lexical[i] = "yi1";
      } else if (cp == '不') {
        lexical[i] = "bu4";
      } else if (cp == '儿' && Erhua.isSuffix(s, i, ev)) {
        erhua[i] = true;
        lexical[i] = "r5";
      } else if (cp == '々') {
        // iteration mark repeats the previous character (天々 = 天天); alone it reads tong2
        lexical[i] = i > 0 && lexical[i - 1] != null ? lexical[i - 1] : "tong2";
      } else {
        String byContext = ContextRules.reading(s, i, lex);
        lexical[i] = byContext != null ? byContext : choose(s, ev, i, lex, model);
      }
    }
    aabbReadings(s, lexical, user, lex);
    String[] surface = sandhi.apply(s, lexical, ev, lex);
    for (int i = 0; i < n; i++) {
      int cp = s.codePoint(i);
      if (user[i] == null || cp == '一' || cp == '不' || erhua[i]) {
        continue;
      }
      // a user reading is kept as written (no lexicon neutral tone); only the third-tone rule,
      // which depends on the context, may still turn its third tone into a second
      boolean thirdToSecond = PinyinSyllables.tone(user[i]) == 3
          && PinyinSyllables.tone(surface[i]) == 2;
      surface[i] = thirdToSecond ? PinyinSyllables.withTone(user[i], 2) : user[i];
    }
    for (int i = 0; i < n; i++) {
      if (erhua[i]) {
        surface[i] = "er5";
      }
    }
    return new Analysis(s, ev, lexical, surface, erhua);
  }

  /**
   * An AABB reduplication of a lexicon word AB (干干净净, 清清楚楚) reads both A and both B as
   * the word AB does (citation tones), so the two copies never disagree; not an adverbial AA
   * before a reduplicated verb (好好|学学 is not 好学 hao4 xue2).
   */
  private static void aabbReadings(Sentence s, String[] lexical, String[] user, PinyinLexicon lex) {
    for (int a = 0; a + 3 < s.size(); a++) {
      if (!ToneSandhi.isAabb(s, a) || ToneSandhi.adverbBeforeVerbCopy(s, a) || user[a] != null || user[a + 1] != null
          || user[a + 2] != null || user[a + 3] != null) {
        continue;
      }
      String[] ab = lex.word(s.charAt(a) + s.charAt(a + 2));
      if (ab == null || ab.length != 2) {
        continue;
      }
      for (int k = 0; k < 4; k++) {
        int cp = s.codePoint(a + k);
        if (cp != '一' && cp != '不') {
          lexical[a + k] = lex.citation(cp, ab[k / 2]);
        }
      }
      a += 3;
    }
  }

  private static String choose(Sentence s, LexicalEvidence ev, int i, PinyinLexicon lex,
      PolyphoneModel model) {
    int cp = s.codePoint(i);
    List<String> candidates = PolyphoneFeatures.candidates(s, ev, i, lex, model);
    String dict = ev.wordReading(i);
    if (candidates.isEmpty()) {
      return dict != null ? dict : fallback(cp);
    }
    if (candidates.size() > 1 && model != null) {
      String r = model.predict(s, ev, i, lex, candidates);
      // a neutral reading the training data never gives this character is lexicalised
      // neutralisation (朋友): lexical pinyin keeps the citation tone, sandhi neutralises it
      return model.labels(s.charAt(i)).contains(r) ? r : lex.citation(cp, r);
    }
    String r = dict != null ? dict : candidates.get(0);
    return lex.citation(cp, r);
  }

  private static String fallback(int cp) {
    // unknown Han character (rare extension-block ideograph): no reading available
    return new String(Character.toChars(cp));
  }

  /** Lexical pinyin, one token per non-whitespace code point. */
  public List<String> lexicalPinyin(String line) {
    return tokens(line, true);
  }

  /** Surface pinyin after tone sandhi, one token per non-whitespace code point. */
  public List<String> surfacePinyin(String line) {
    return tokens(line, false);
  }

  private List<String> tokens(String line, boolean lexicalForm) {
    Analysis a = analyze(line);
    List<String> out = new ArrayList<>(a.sentence().size());
    String[] src = lexicalForm ? a.lexical() : a.surface();
    for (int i = 0; i < a.sentence().size(); i++) {
      out.add(src[i] != null ? src[i] : a.sentence().charAt(i));
    }
    return out;
  }

  /** Words with syllables, surface tones and phones. Erhua 儿 is merged into its host syllable. */
  public List<Word> pronounce(String text) {
    Analysis a = analyze(text);
    Sentence s = a.sentence();
    List<Word> words = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<List<Syllable>> syls = new ArrayList<>();
    List<Boolean> hans = new ArrayList<>();
    for (Sentence.Span w : s.words()) {
      boolean han = LexicalEvidence.allHan(s, w.start(), w.end());
      List<Syllable> list = new ArrayList<>();
      int i = w.start();
      // a word that is only an erhua suffix joins the previous Han word
      boolean onlyErhua = han && w.length() == 1 && a.erhua()[i] && !syls.isEmpty()
          && hans.get(hans.size() - 1) && !syls.get(syls.size() - 1).isEmpty();
      if (onlyErhua) {
        List<Syllable> prev = syls.get(syls.size() - 1);
        prev.set(prev.size() - 1, withErhua(prev.get(prev.size() - 1), s.charAt(i)));
        texts.set(texts.size() - 1, texts.get(texts.size() - 1) + s.charAt(i));
        continue;
      }
      for (; i < w.end(); i++) {
        if (!han) {
          break;
        }
        if (a.erhua()[i] && !list.isEmpty()) {
          list.set(list.size() - 1, withErhua(list.get(list.size() - 1), s.charAt(i)));
          continue;
        }
        String surf = a.surface()[i];
        String lexical = a.lexical()[i];
        if (a.erhua()[i]) {
          surf = "er5";
          lexical = "er5";
        }
        list.add(syllable(s.charAt(i), lexical, surf));
      }
      texts.add(s.text(w.start(), w.end()));
      syls.add(list);
      hans.add(han);
    }
    for (int k = 0; k < texts.size(); k++) {
      words.add(new Word(texts.get(k), hans.get(k), Collections.unmodifiableList(syls.get(k))));
    }
    return Collections.unmodifiableList(words);
  }

  /**
   * Syllables for an explicit pinyin reading of Han text, as given by SSML
   * {@code <phoneme alphabet="pinyin" ph="chong2 xin1">重新</phoneme>}: the given tones are used
   * as surface tones (no sandhi), an {@code r5} after a syllable is merged into it as erhua.
   *
   * @throws IllegalArgumentException if {@code ph} is not a valid reading of {@code text} (see
   *     {@link PinyinOverride#parse})
   */
  public List<Syllable> overrideSyllables(String text, String ph) {
    List<String> syl = PinyinOverride.parse(ph, text);
    int[] cps = text.codePoints()
        .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)).toArray();
    List<Syllable> out = new ArrayList<>(syl.size());
    for (int k = 0; k < syl.size(); k++) {
      String ch = new String(Character.toChars(cps[k]));
      String y = syl.get(k);
      if (y.equals("r5") && !out.isEmpty()) {
        out.set(out.size() - 1, withErhua(out.get(out.size() - 1), ch));
        continue;
      }
      if (y.equals("r5")) {
        y = "er5";
      }
      out.add(syllable(ch, y, y));
    }
    return Collections.unmodifiableList(out);
  }

  private static Syllable syllable(String text, String lexical, String surface) {
    List<String> phones = new ArrayList<>(3);
    try {
      phones.addAll(PinyinSyllable.parse(surface).phones());
    } catch (IllegalArgumentException e) {
      // no reading known: leave the syllable without phones
    }
    return new Syllable(text, lexical, surface, PinyinSyllables.tone(surface),
        Collections.unmodifiableList(phones), false);
  }

  private static Syllable withErhua(Syllable host, String er) {
    List<String> phones = new ArrayList<>(host.phones());
    phones.add("rr");
    return new Syllable(host.text() + er, host.lexical(), host.surface(), host.tone(),
        Collections.unmodifiableList(phones), true);
  }

  /**
   * Allophone symbols, space-separated, {@code " | "} between words. The tone digit is written on
   * the final ({@code n i2 h ao3}); an erhua coda follows the final ({@code d ian3 rr}). Non-Han
   * words are passed through unchanged.
   */
  public String phonemes(String line) {
    StringBuilder sb = new StringBuilder();
    for (Word w : pronounce(line)) {
      StringBuilder ws = new StringBuilder();
      if (!w.han()) {
        ws.append(w.text());
      } else {
        for (Syllable syl : w.syllables()) {
          List<String> ph = syl.phones();
          for (int k = 0; k < ph.size(); k++) {
            if (ws.length() > 0) {
              ws.append(' ');
            }
            ws.append(ph.get(k));
            boolean isFinal = PinyinSyllable.isFinal(ph.get(k))
                && (k == ph.size() - 1 || ph.get(k + 1).equals("rr"));
            if (isFinal) {
              ws.append(syl.tone());
            }
          }
        }
      }
      if (ws.length() == 0) {
        continue;
      }
      if (sb.length() > 0) {
        sb.append(" | ");
      }
      sb.append(ws);
    }
    return sb.toString();
  }
}
