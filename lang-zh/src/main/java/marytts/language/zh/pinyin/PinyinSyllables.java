package marytts.language.zh.pinyin;

import java.text.Normalizer;

/**
 * Small pure helpers for numbered pinyin syllables such as {@code lv4} or {@code ma5}: tone
 * extraction, tone replacement, conversion from tone marks and Han detection.
 */
public final class PinyinSyllables {

  private static final String MARKED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
  private static final String PLAIN = "aaaaeeeeiiiioooouuuuvvvv";

  private PinyinSyllables() {}

  /** Tone digit 1-5 of a numbered syllable; 5 when there is no digit. */
  public static int tone(String syllable) {
    if (syllable.isEmpty()) {
      return 5;
    }
    char last = syllable.charAt(syllable.length() - 1);
    return last >= '1' && last <= '5' ? last - '0' : 5;
  }

  /** The syllable without its tone digit. */
  public static String base(String syllable) {
    if (syllable.isEmpty()) {
      return syllable;
    }
    char last = syllable.charAt(syllable.length() - 1);
    return last >= '0' && last <= '9' ? syllable.substring(0, syllable.length() - 1) : syllable;
  }

  /** The same syllable with another tone. */
  public static String withTone(String syllable, int tone) {
    return base(syllable) + tone;
  }

  /**
   * Converts one tone-marked syllable ({@code lǜ}, {@code ma}, {@code nǚ}) to the numbered form
   * ({@code lv4}, {@code ma5}, {@code nv3}). Already numbered syllables are normalised.
   */
  public static String fromMarks(String marked) {
    String s = Normalizer.normalize(marked.trim(), Normalizer.Form.NFC).toLowerCase();
    StringBuilder out = new StringBuilder(s.length() + 1);
    int tone = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      int k = MARKED.indexOf(ch);
      if (k >= 0) {
        out.append(PLAIN.charAt(k));
        tone = k % 4 + 1;
      } else if (ch == 'ü') {
        out.append('v');
      } else if (ch == ':') {
        // u: spelling of ü
        if (out.length() > 0 && out.charAt(out.length() - 1) == 'u') {
          out.setCharAt(out.length() - 1, 'v');
        }
      } else if (ch >= '0' && ch <= '5') {
        tone = ch == '0' ? 5 : ch - '0';
      } else if (ch == 'ê') {
        out.append('e');
      } else {
        out.append(ch);
      }
    }
    if (tone == 0) {
      tone = 5;
    }
    return out.append(tone).toString();
  }

  /** True for CJK unified ideographs (all extensions) and compatibility ideographs, plus 〇. */
  public static boolean isHan(int cp) {
    if (cp == 0x3007) {
      return true;
    }
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
        && Character.isLetter(cp);
  }
}
