package marytts.language.zh.pinyin;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps a numbered pinyin syllable to the zh_CN allophone set ({@code allophones.zh_CN.xml}): an
 * optional initial and a final spelled in its underlying form (yi → i, wu → u, yu → v, you/-iu →
 * iou, wei/-ui → uei, wen/-un → uen, yun/jun → vn, zi → ii, zhi → iii, yue → ve, yuan → van).
 */
public final class PhoneMapper {

  private static final List<String> INITIALS =
      List.of("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q",
          "x", "r", "z", "c", "s");

  /** Every final of the allophone set. */
  static final Set<String> FINALS =
      Set.of("a", "o", "e", "ee", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er",
          "i", "ii", "iii", "ia", "ie", "iao", "iou", "ian", "in", "iang", "ing", "iong", "u", "ua",
          "uo", "uai", "uei", "uan", "uen", "uang", "ueng", "v", "ve", "van", "vn");

  private static final Map<String, String> Y_FINALS =
      Map.ofEntries(Map.entry("yi", "i"), Map.entry("ya", "ia"), Map.entry("yo", "iou"),
          Map.entry("ye", "ie"), Map.entry("yao", "iao"), Map.entry("you", "iou"),
          Map.entry("yan", "ian"), Map.entry("yin", "in"), Map.entry("yang", "iang"),
          Map.entry("ying", "ing"), Map.entry("yong", "iong"), Map.entry("yu", "v"),
          Map.entry("yue", "ve"), Map.entry("yuan", "van"), Map.entry("yun", "vn"),
          Map.entry("wu", "u"), Map.entry("wa", "ua"), Map.entry("wo", "uo"),
          Map.entry("wai", "uai"), Map.entry("wei", "uei"), Map.entry("wan", "uan"),
          Map.entry("wen", "uen"), Map.entry("wang", "uang"), Map.entry("weng", "ueng"));

  /** Interjection syllables without a vowel letter of the set. */
  private static final Map<String, String> SPECIAL =
      Map.of("m", "u", "n", "en", "ng", "eng", "hm", "en", "hng", "eng", "ê", "ee", "r", "er");

  private PhoneMapper() {}

  /**
   * Returns {initial, final} for a syllable with or without tone digit; the initial is the empty
   * string for zero-initial syllables.
   *
   * @throws IllegalArgumentException if the syllable is not valid pinyin
   */
  public static String[] split(String syllable) {
    String s = PinyinSyllables.base(syllable.toLowerCase()).replace("ü", "v").replace("u:", "v");
    if (s.isEmpty()) {
      throw new IllegalArgumentException("empty pinyin syllable");
    }
    if (s.equals("ei") || s.equals("e")) {
      return new String[] {"", s};
    }
    if (s.startsWith("y") || s.startsWith("w")) {
      String f = Y_FINALS.get(s);
      if (f == null && s.startsWith("yv")) {
        f = Y_FINALS.get("yu" + s.substring(2));
      }
      if (f == null) {
        throw new IllegalArgumentException("not a pinyin syllable: " + syllable);
      }
      return new String[] {"", f};
    }
    String special = SPECIAL.get(s);
    if (special != null) {
      return new String[] {"", special};
    }
    String initial = "";
    for (String in : INITIALS) {
      if (s.startsWith(in) && s.length() > in.length()) {
        initial = in;
        break;
      }
    }
    String fin = s.substring(initial.length());
    switch (initial) {
      case "j":
      case "q":
      case "x":
        if (fin.startsWith("u")) {
          fin = "v" + fin.substring(1);
        }
        break;
      case "z":
      case "c":
      case "s":
        if (fin.equals("i")) {
          fin = "ii";
        }
        break;
      case "zh":
      case "ch":
      case "sh":
      case "r":
        if (fin.equals("i")) {
          fin = "iii";
        }
        break;
      default:
        break;
    }
    if (fin.equals("iu")) {
      fin = "iou";
    } else if (fin.equals("ui")) {
      fin = "uei";
    } else if (fin.equals("un")) {
      fin = "uen";
    } else if (fin.equals("vn") || fin.equals("ve") || fin.equals("van")) {
      // already underlying
    } else if (fin.equals("ue")) {
      fin = "ve";
    }
    if (!FINALS.contains(fin)) {
      throw new IllegalArgumentException("not a pinyin syllable: " + syllable);
    }
    return new String[] {initial, fin};
  }
}
