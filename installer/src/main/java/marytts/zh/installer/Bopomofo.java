package marytts.zh.installer;

import java.util.Map;
import java.util.Set;

import marytts.language.zh.frontend.PinyinSpelling;

/**
 * Names of the gcin-voice syllable folders ({@code /usr/share/gcin/ogg/<bopomofo><digit>}) to
 * numbered pinyin: {@code ㄓㄨㄥ} → {@code zhong1}, {@code ㄐㄩㄝ2} → {@code jue2}. The digit is
 * gcin's, not pinyin's: none = tone 1, {@code 2}/{@code 3}/{@code 4} = tones 2-4, {@code 1} = the
 * neutral tone (5). Bare {@code ㄓ ㄔ ㄕ ㄖ ㄗ ㄘ ㄙ} are the syllables zhi chi shi ri zi ci si; the
 * other bare initials ({@code ㄅ} … {@code ㄒ}) are letter names, not syllables, and map to null,
 * except {@code ㄇ1}/{@code ㄉ1}, gcin's short spellings of me5/de5. Syllables outside the zh_CN
 * phone set (such as {@code ㄧㄛ} yo, {@code ㄧㄞ} yai, bare {@code ㄝ} ê) also map to null. The same
 * table as {@code voices/zh-demo/common.py} (which trained the demo voice on these recordings);
 * the pinyin spelling is the front end's ({@link PinyinSpelling}).
 */
final class Bopomofo {
    private static final Map<Character, String> INITIALS = Map.ofEntries(Map.entry('ㄅ', "b"), Map.entry('ㄆ', "p"),
            Map.entry('ㄇ', "m"), Map.entry('ㄈ', "f"), Map.entry('ㄉ', "d"), Map.entry('ㄊ', "t"), Map.entry('ㄋ', "n"),
            Map.entry('ㄌ', "l"), Map.entry('ㄍ', "g"), Map.entry('ㄎ', "k"), Map.entry('ㄏ', "h"), Map.entry('ㄐ', "j"),
            Map.entry('ㄑ', "q"), Map.entry('ㄒ', "x"), Map.entry('ㄓ', "zh"), Map.entry('ㄔ', "ch"),
            Map.entry('ㄕ', "sh"), Map.entry('ㄖ', "r"), Map.entry('ㄗ', "z"), Map.entry('ㄘ', "c"), Map.entry('ㄙ', "s"));
    /** Bopomofo rhymes to the underlying finals of allophones.zh_CN.xml. */
    private static final Map<String, String> FINALS = Map.ofEntries(Map.entry("ㄚ", "a"), Map.entry("ㄛ", "o"),
            Map.entry("ㄜ", "e"), Map.entry("ㄝ", "ee"), Map.entry("ㄞ", "ai"), Map.entry("ㄟ", "ei"),
            Map.entry("ㄠ", "ao"), Map.entry("ㄡ", "ou"), Map.entry("ㄢ", "an"), Map.entry("ㄣ", "en"),
            Map.entry("ㄤ", "ang"), Map.entry("ㄥ", "eng"), Map.entry("ㄦ", "er"), Map.entry("ㄧ", "i"),
            Map.entry("ㄧㄚ", "ia"), Map.entry("ㄧㄝ", "ie"), Map.entry("ㄧㄠ", "iao"), Map.entry("ㄧㄡ", "iou"),
            Map.entry("ㄧㄢ", "ian"), Map.entry("ㄧㄣ", "in"), Map.entry("ㄧㄤ", "iang"), Map.entry("ㄧㄥ", "ing"),
            Map.entry("ㄨ", "u"), Map.entry("ㄨㄚ", "ua"), Map.entry("ㄨㄛ", "uo"), Map.entry("ㄨㄞ", "uai"),
            Map.entry("ㄨㄟ", "uei"), Map.entry("ㄨㄢ", "uan"), Map.entry("ㄨㄣ", "uen"), Map.entry("ㄨㄤ", "uang"),
            Map.entry("ㄨㄥ", "ueng"), Map.entry("ㄩ", "v"), Map.entry("ㄩㄝ", "ve"), Map.entry("ㄩㄢ", "van"),
            Map.entry("ㄩㄣ", "vn"), Map.entry("ㄩㄥ", "iong"));
    private static final Set<String> RETROFLEX = Set.of("zh", "ch", "sh", "r");
    private static final Set<String> DENTAL = Set.of("z", "c", "s");

    private Bopomofo() {
    }

    /** Numbered pinyin ({@code zhi1}, {@code ju3}, {@code de5}) of a gcin folder name, or null. */
    static String toPinyin(String name) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        String body = name;
        int tone = 1;
        char last = name.charAt(name.length() - 1);
        if (last >= '0' && last <= '9') {
            body = name.substring(0, name.length() - 1);
            switch (last) {
            case '1': tone = 5; break;
            case '2': tone = 2; break;
            case '3': tone = 3; break;
            case '4': tone = 4; break;
            default: return null;
            }
        }
        if (body.isEmpty()) {
            return null;
        }
        if (tone == 5 && (body.equals("ㄇ") || body.equals("ㄉ"))) {
            body = body + "ㄜ"; // gcin's short spellings of me5, de5
        }
        String initial = INITIALS.getOrDefault(body.charAt(0), "");
        String rest = initial.isEmpty() ? body : body.substring(1);
        String fin;
        if (rest.isEmpty()) {
            if (RETROFLEX.contains(initial)) {
                fin = "iii";
            } else if (DENTAL.contains(initial)) {
                fin = "ii";
            } else {
                return null; // a letter name
            }
        } else {
            fin = FINALS.get(rest);
            if (fin == null) {
                return null;
            }
            if (fin.equals("ueng") && !initial.isEmpty()) {
                fin = "ong";
            }
            if (fin.equals("ee") && initial.isEmpty()) {
                return null; // bare ê: PinyinSyllable does not read it back
            }
        }
        return PinyinSpelling.spell(initial, fin) + tone;
    }
}
