package marytts.language.zh.pinyin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Features of the polyphone classifier, shared by training and run time so they can never drift
 * apart.
 *
 * <p>Two kinds: <em>context</em> features (neighbouring characters, the containing word, its
 * neighbours and tags) are conjoined with the character and the candidate reading; <em>evidence</em>
 * features fire for a candidate that agrees with a lexicon source (segmented word in pinyin-pro or
 * HanLP, longest-match sub-word, longest covering word, the character's default reading) and are
 * learned once for all characters, so characters unseen in training still follow the lexicons.
 */
public final class PolyphoneFeatures {

  private static final Pattern SYLLABLE = Pattern.compile("[a-z]+[1-5]");

  private PolyphoneFeatures() {}

  /** Candidate readings of token i: the character's readings, model labels and lexicon readings. */
  public static List<String> candidates(Sentence s, LexicalEvidence ev, int i, PinyinLexicon lex,
      PolyphoneModel model) {
    int cp = s.codePoint(i);
    Set<String> c = new LinkedHashSet<>(lex.readings(cp));
    if (model != null) {
      c.addAll(model.labels(s.charAt(i)));
    }
    for (String r : new String[] {ev.pinyinProWord[i], ev.hanlpWord[i], ev.subWord[i],
        ev.longest[i], ev.longestHanlp[i]}) {
      if (r != null && SYLLABLE.matcher(r).matches()) {
        c.add(r);
      }
    }
    return new ArrayList<>(c);
  }

  /** Context features of token i (to be conjoined with the character and the candidate). */
  public static List<String> context(Sentence s, LexicalEvidence ev, int i) {
    List<String> f = new ArrayList<>(24);
    String l1 = s.charAt(i - 1);
    String l2 = s.charAt(i - 2);
    String r1 = s.charAt(i + 1);
    String r2 = s.charAt(i + 2);
    f.add("BIAS");
    f.add("L1=" + l1);
    f.add("R1=" + r1);
    f.add("L2=" + l2);
    f.add("R2=" + r2);
    f.add("L2L1=" + l2 + l1);
    f.add("R1R2=" + r1 + r2);
    f.add("L1R1=" + l1 + r1);
    int wi = s.wordIndexOf(i);
    Sentence.Span w = s.words().get(wi);
    String word = s.text(w.start(), w.end());
    f.add("W=" + word);
    f.add("T=" + w.tag());
    f.add("WT=" + w.length() + (i == w.start() ? "B" : i == w.end() - 1 ? "E" : "M"));
    if (wi > 0) {
      Sentence.Span p = s.words().get(wi - 1);
      f.add("WP=" + s.text(p.start(), p.end()));
      f.add("TP=" + p.tag());
    } else {
      f.add("WP=^");
    }
    if (wi + 1 < s.words().size()) {
      Sentence.Span nx = s.words().get(wi + 1);
      f.add("WN=" + s.text(nx.start(), nx.end()));
      f.add("TN=" + nx.tag());
      f.add("T_TN=" + w.tag() + "_" + nx.tag());
    } else {
      f.add("WN=$");
    }
    f.add("T_L1=" + w.tag() + "_" + l1);
    return f;
  }

  /** Evidence features that fire for candidate y (to be weighted globally and per character). */
  public static List<String> evidence(Sentence s, LexicalEvidence ev, int i, PinyinLexicon lex,
      String y) {
    List<String> f = new ArrayList<>(8);
    String yb = PinyinSyllables.base(y);
    boolean any = false;
    any |= agree(f, "PPW", ev.pinyinProWord[i], y, yb);
    any |= agree(f, "HLW", ev.hanlpWord[i], y, yb);
    if (ev.subWord[i] != null) {
      any |= agree(f, "SUB" + Math.min(ev.subWordLength[i], 4), ev.subWord[i], y, yb);
    }
    if (ev.longest[i] != null) {
      agree(f, "LONG" + Math.min(ev.longestLength[i], 4), ev.longest[i], y, yb);
    }
    agree(f, "LONGHL", ev.longestHanlp[i], y, yb);
    if (s.isHan(i - 1)) {
      bigram(f, "BIL", lex.bigramReading(s.charAt(i - 1) + s.charAt(i), 1), y, yb);
    }
    if (s.isHan(i + 1)) {
      bigram(f, "BIR", lex.bigramReading(s.charAt(i) + s.charAt(i + 1), 0), y, yb);
    }
    String def = lex.defaultReading(s.codePoint(i));
    if (y.equals(def)) {
      f.add(any ? "DEF" : "DEF_NOWORD");
    }
    List<String> rs = lex.readings(s.codePoint(i));
    int rank = rs.indexOf(y);
    f.add("RANK" + (rank < 0 ? "X" : Integer.toString(Math.min(rank, 3))));
    if (PinyinSyllables.tone(y) == 5) {
      f.add("NEUTRAL_" + s.wordAt(i).tag());
    }
    return f;
  }

  private static void bigram(List<String> f, String name, String reading, String y, String yb) {
    if (reading != null) {
      boolean mixed = reading.startsWith("~");
      agree(f, mixed ? name + "~" : name, mixed ? reading.substring(1) : reading, y, yb);
    }
  }

  private static boolean agree(List<String> f, String name, String reading, String y, String yb) {
    if (reading == null) {
      return false;
    }
    if (reading.equals(y)) {
      f.add(name);
    } else if (PinyinSyllables.base(reading).equals(yb)) {
      f.add(name + "_BASE");
    } else {
      f.add(name + "_NO");
    }
    return true;
  }
}
