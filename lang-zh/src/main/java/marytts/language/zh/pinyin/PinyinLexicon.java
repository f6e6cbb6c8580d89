package marytts.language.zh.pinyin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Read-only pinyin lexicon built from two permissively licensed sources:
 *
 * <ul>
 *   <li>{@code words.txt}: ~59k words and 7k characters from npm {@code @pinyin-pro/data} 1.3.1
 *       ({@code modern.json}, ISC), with lexicalised neutral tones;
 *   <li>HanLP portable 1.8.4's {@code data/dictionary/pinyin/pinyin.txt} (Apache-2.0): ~30k words
 *       and every reading of each character (first = most common).
 * </ul>
 *
 * Word readings are kept as the sources write them: inside pinyin-pro words 一 and 不 carry their
 * surface tone and neutral syllables are written with tone 5. Instances are immutable and
 * thread-safe once constructed.
 */
public final class PinyinLexicon {

  static final String PINYIN_PRO_RESOURCE = "/marytts/language/zh/pinyin/words.txt";
  static final String HANLP_RESOURCE = "/data/dictionary/pinyin/pinyin.txt";
  private static final Pattern SYLLABLE = Pattern.compile("[a-z]+[1-5]");
  /**
   * Characters whose sources list a rare reading first: 於 as 于 (起於, 悬挂於) is yu2, not the
   * interjection wu1; 栅 zha4 (栅栏), 簿 bu4 (账簿). The first reading is the default wherever no
   * word and no model decides. (嚣 ao2 stays first: 隗嚣 is Wei Ao; 嚣张 is a lexicon word.)
   */
  /**
   * Words for which HanLP's pinyin dictionary gives only a rare sense (好吃 hao4 chi1 "gluttonous",
   * 好事 hao4 shi4 "meddlesome") and pinyin-pro, which lists only words that the characters' default
   * readings get wrong, has no entry: the common sense is read with the defaults (很好吃, 一件好事);
   * likewise the sweat of 满头大汗 (HanLP's 大汗 is only the khan, han2).
   */
  private static final Map<String, String[]> COMMON_SENSE = Map.of(
      "好吃", new String[] {"hao3", "chi1"}, "好事", new String[] {"hao3", "shi4"},
      // sweat han4 in set phrases whose 大汗 HanLP reads only as "Great Khan" han2
      "满头大汗", new String[] {"man3", "tou2", "da4", "han4"},
      "大汗淋漓", new String[] {"da4", "han4", "lin2", "li2"},
      "浑身大汗", new String[] {"hun2", "shen1", "da4", "han4"},
      "一身大汗", new String[] {"yi1", "shen1", "da4", "han4"});
  private static final Map<Integer, String> COMMON_FIRST = Map.of(
      (int) '於', "yu2", (int) '栅', "zha4", (int) '簿', "bu4");

  private final Map<String, String[]> pinyinPro;
  private final Map<String, String[]> hanlp;
  private final Map<Integer, List<String>> charReadings;
  private final int maxWordLength;

  private PinyinLexicon(Map<String, String[]> pinyinPro, Map<String, String[]> hanlp,
      Map<Integer, List<String>> charReadings, int maxWordLength) {
    this.pinyinPro = pinyinPro;
    this.hanlp = hanlp;
    this.charReadings = charReadings;
    this.maxWordLength = maxWordLength;
  }

  /** Loads both sources from the classpath. */
  public static PinyinLexicon load() {
    Map<String, String[]> pp = new HashMap<>(90_000);
    Map<String, String[]> hl = new HashMap<>(45_000);
    Map<Integer, LinkedHashSet<String>> chars = new HashMap<>(12_000);
    int[] maxLen = {1};
    readLines(PINYIN_PRO_RESOURCE, line -> {
      if (line.startsWith("#")) {
        return;
      }
      String[] cols = line.split("\t");
      if (cols.length < 2) {
        return;
      }
      String[] syl = cols[1].split(" ");
      if (!valid(syl, cols[0])) {
        return;
      }
      if (cols[0].codePointCount(0, cols[0].length()) == 1) {
        chars.computeIfAbsent(cols[0].codePointAt(0), k -> new LinkedHashSet<>()).add(syl[0]);
      } else {
        pp.put(cols[0], syl);
        maxLen[0] = Math.max(maxLen[0], syl.length);
      }
    });
    readLines(HANLP_RESOURCE, line -> {
      int eq = line.indexOf('=');
      if (eq <= 0) {
        return;
      }
      String word = line.substring(0, eq);
      String[] syl = line.substring(eq + 1).trim().split(",");
      for (int i = 0; i < syl.length; i++) {
        syl[i] = syl[i].trim().replace("u:", "v");
        if (syl[i].endsWith("0")) {
          syl[i] = PinyinSyllables.withTone(syl[i], 5);
        }
      }
      int n = word.codePointCount(0, word.length());
      if (n == 1) {
        LinkedHashSet<String> set =
            chars.computeIfAbsent(word.codePointAt(0), k -> new LinkedHashSet<>());
        for (String s : syl) {
          if (SYLLABLE.matcher(s).matches()) {
            set.add(s);
          }
        }
      } else if (valid(syl, word)) {
        hl.put(word, syl);
        maxLen[0] = Math.max(maxLen[0], Math.min(n, 12));
      }
    });
    for (Map.Entry<String, String[]> e : COMMON_SENSE.entrySet()) {
      hl.put(e.getKey(), e.getValue());
      pp.putIfAbsent(e.getKey(), e.getValue());
    }
    Map<Integer, List<String>> readings = new HashMap<>(chars.size() * 2);
    for (Map.Entry<Integer, LinkedHashSet<String>> e : chars.entrySet()) {
      List<String> r = new ArrayList<>(e.getValue());
      String first = COMMON_FIRST.get(e.getKey());
      if (first != null && r.remove(first)) {
        r.add(0, first);
      }
      readings.put(e.getKey(), List.copyOf(r));
    }
    return new PinyinLexicon(pp, hl, readings, maxLen[0]);
  }

  private static boolean valid(String[] syl, String word) {
    if (syl.length != word.codePointCount(0, word.length())) {
      return false;
    }
    for (String s : syl) {
      if (!SYLLABLE.matcher(s).matches()) {
        return false;
      }
    }
    return true;
  }

  private interface LineSink {
    void accept(String line);
  }

  private static void readLines(String resource, LineSink sink) {
    try (InputStream in = PinyinLexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing pinyin resource on the classpath: " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isEmpty()) {
          sink.accept(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** Word reading from pinyin-pro, or null. */
  public String[] pinyinProWord(String word) {
    return pinyinPro.get(word);
  }

  /** Word reading from HanLP's pinyin dictionary, or null. */
  public String[] hanlpWord(String word) {
    return hanlp.get(word);
  }

  /** Word reading from either source (pinyin-pro first), or null. */
  public String[] word(String word) {
    String[] r = pinyinPro.get(word);
    return r != null ? r : hanlp.get(word);
  }

  /** All known readings of a character, the most common first; empty if unknown. */
  public List<String> readings(int cp) {
    List<String> r = charReadings.get(cp);
    return r == null ? Collections.emptyList() : r;
  }

  /** Most common reading of a character, or null if unknown. */
  public String defaultReading(int cp) {
    List<String> r = charReadings.get(cp);
    return r == null || r.isEmpty() ? null : r.get(0);
  }

  private volatile Map<String, String> bigrams;

  /**
   * Reading of the character at {@code pos} (0 or 1) of a two-character sequence, by majority over
   * all lexicon words containing the sequence, or null if no word contains it. A reading shared by
   * fewer than all such words is prefixed with {@code ~}. Only sequences with a polyphonic character
   * at {@code pos} are indexed.
   */
  public String bigramReading(String bigram, int pos) {
    Map<String, String> b = bigrams;
    if (b == null) {
      synchronized (this) {
        if (bigrams == null) {
          bigrams = buildBigrams();
        }
        b = bigrams;
      }
    }
    return b.get(pos + bigram);
  }

  private Map<String, String> buildBigrams() {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    for (Map<String, String[]> src : List.of(pinyinPro, hanlp)) {
      for (Map.Entry<String, String[]> e : src.entrySet()) {
        int[] cps = e.getKey().codePoints().toArray();
        String[] syl = e.getValue();
        for (int k = 0; k + 1 < cps.length; k++) {
          String bg = new String(cps, k, 2);
          for (int pos = 0; pos < 2; pos++) {
            if (readings(cps[k + pos]).size() > 1) {
              counts.computeIfAbsent(pos + bg, x -> new HashMap<>()).merge(syl[k + pos], 1,
                  Integer::sum);
            }
          }
        }
      }
    }
    Map<String, String> out = new HashMap<>(counts.size() * 2);
    for (Map.Entry<String, Map<String, Integer>> e : counts.entrySet()) {
      String best = null;
      int bestN = 0;
      int total = 0;
      for (Map.Entry<String, Integer> r : new java.util.TreeMap<>(e.getValue()).entrySet()) {
        total += r.getValue();
        if (r.getValue() > bestN) {
          bestN = r.getValue();
          best = r.getKey();
        }
      }
      out.put(e.getKey(), bestN == total ? best : "~" + best);
    }
    return out;
  }

  /** Length in characters of the longest word in the lexicon. */
  public int maxWordLength() {
    return maxWordLength;
  }

  /**
   * The citation (non-neutral) form of a reading of {@code cp}: a neutral-tone syllable is mapped
   * to the first reading of the character with the same letters and a full tone, if any.
   */
  public String citation(int cp, String reading) {
    if (PinyinSyllables.tone(reading) != 5) {
      return reading;
    }
    List<String> known = readings(cp);
    if (known.contains(reading)) {
      return reading;
    }
    String base = PinyinSyllables.base(reading);
    for (String r : known) {
      if (PinyinSyllables.base(r).equals(base) && PinyinSyllables.tone(r) != 5) {
        return r;
      }
    }
    return reading;
  }

  /** Candidate readings of a character: its readings plus the given extra ones. */
  public List<String> candidates(int cp, Iterable<String> extra) {
    Set<String> s = new LinkedHashSet<>(readings(cp));
    for (String e : extra) {
      s.add(e);
    }
    return new ArrayList<>(s);
  }
}
