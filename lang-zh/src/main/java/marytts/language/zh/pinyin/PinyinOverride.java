package marytts.language.zh.pinyin;

import marytts.language.zh.frontend.PinyinSyllable;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Validates a user-given pinyin reading of a piece of Han text, as in SSML
 * {@code <phoneme alphabet="pinyin" ph="chong2 xin1">重新</phoneme>} or a user dictionary entry.
 *
 * <p>Accepted: one syllable per Han character, separated by whitespace; a tone digit 1-5 at the
 * end (0 or no digit = neutral, written 5) or tone marks (chóng xīn); ü written ü, v or u:; any
 * letter case. Returned syllables are in the project's lexical form: lowercase, tone digit, ü as
 * {@code v} ({@code lv4}). An erhua 儿 may be written {@code r5} (merged into the preceding
 * syllable) or {@code er5}.
 */
public final class PinyinOverride {

  /** Letters of a syllable (with marks, ü, u:, ê) and an optional final tone digit. */
  private static final Pattern SHAPE =
      Pattern.compile("[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêɑ:]+[0-5]?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final String MARKED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";

  private PinyinOverride() {}

  /**
   * Parses {@code ph} as the reading of {@code text}.
   *
   * @param ph space-separated pinyin syllables
   * @param text the Han characters they read (whitespace ignored)
   * @return numbered syllables, one per Han character of {@code text}
   * @throws IllegalArgumentException with a message naming the offending syllable or the count
   *     mismatch when {@code ph} is not a valid reading of {@code text}
   */
  public static List<String> parse(String ph, String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("pinyin override: no text to read");
    }
    int[] cps = text.codePoints()
        .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)).toArray();
    for (int cp : cps) {
      if (!PinyinSyllables.isHan(cp)) {
        throw new IllegalArgumentException("pinyin override: text \"" + text
            + "\" contains a non-Han character '" + new String(Character.toChars(cp)) + "'");
      }
    }
    List<String> syllables = syllables(ph);
    if (syllables.size() != cps.length) {
      throw new IllegalArgumentException("pinyin override: \"" + ph + "\" has "
          + syllables.size() + " syllable(s) but \"" + text + "\" has " + cps.length
          + " Han character(s)");
    }
    return syllables;
  }

  /**
   * Parses a space-separated pinyin string without checking it against a text.
   *
   * @throws IllegalArgumentException if it is empty or a syllable is not valid pinyin
   */
  public static List<String> syllables(String ph) {
    if (ph == null || ph.isBlank()) {
      throw new IllegalArgumentException("pinyin override: empty pinyin");
    }
    List<String> out = new ArrayList<>();
    for (String raw : ph.trim().split("\\s+")) {
      out.add(syllable(raw));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * One syllable in numbered form ({@code lǜ} → {@code lv4}, {@code ma} → {@code ma5}).
   *
   * @throws IllegalArgumentException if it is not a valid pinyin syllable
   */
  public static String syllable(String raw) {
    String s = Normalizer.normalize(raw.trim(), Normalizer.Form.NFC);
    if (!SHAPE.matcher(s).matches()) {
      throw new IllegalArgumentException("pinyin override: \"" + raw
          + "\" is not a pinyin syllable (letters, then an optional tone digit 0-5)");
    }
    int marks = 0;
    int markTone = 0;
    for (int i = 0; i < s.length(); i++) {
      int k = MARKED.indexOf(Character.toLowerCase(s.charAt(i)));
      if (k >= 0) {
        marks++;
        markTone = k % 4 + 1;
      }
    }
    char last = s.charAt(s.length() - 1);
    boolean digit = last >= '0' && last <= '5';
    if (marks > 1) {
      throw new IllegalArgumentException("pinyin override: \"" + raw + "\" has more than one tone mark");
    }
    if (marks == 1 && digit && (last == '0' ? 5 : last - '0') != markTone) {
      throw new IllegalArgumentException("pinyin override: \"" + raw
          + "\" has a tone mark and a different tone digit");
    }
    String numbered = PinyinSyllables.fromMarks(s.replace('ɑ', 'a'));
    if (numbered.equals("r5")) {
      return numbered; // erhua suffix
    }
    try {
      PinyinSyllable.parse(numbered);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("pinyin override: \"" + raw + "\" is not a pinyin syllable");
    }
    return numbered;
  }
}
