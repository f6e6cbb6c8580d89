package marytts.language.zh.tn;

import java.util.Map;
import java.util.regex.Matcher;

/**
 * Unicode vulgar fraction characters: ½ → 二分之一, ¾ → 四分之三, and a whole number written
 * before one is a mixed number read with 又 (1½ → 一又二分之一).
 */
final class VulgarFractionEP extends NumberPattern {

    /** Character → {denominator, numerator}. */
    private static final Map<Character, String[]> FRACTIONS = Map.ofEntries(
            Map.entry('½', new String[] {"2", "1"}), Map.entry('⅓', new String[] {"3", "1"}),
            Map.entry('⅔', new String[] {"3", "2"}), Map.entry('¼', new String[] {"4", "1"}),
            Map.entry('¾', new String[] {"4", "3"}), Map.entry('⅕', new String[] {"5", "1"}),
            Map.entry('⅖', new String[] {"5", "2"}), Map.entry('⅗', new String[] {"5", "3"}),
            Map.entry('⅘', new String[] {"5", "4"}), Map.entry('⅙', new String[] {"6", "1"}),
            Map.entry('⅚', new String[] {"6", "5"}), Map.entry('⅐', new String[] {"7", "1"}),
            Map.entry('⅛', new String[] {"8", "1"}), Map.entry('⅜', new String[] {"8", "3"}),
            Map.entry('⅝', new String[] {"8", "5"}), Map.entry('⅞', new String[] {"8", "7"}),
            Map.entry('⅑', new String[] {"9", "1"}), Map.entry('⅒', new String[] {"10", "1"}));

    static final String CHARS = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒";

    VulgarFractionEP(NumberVerbalizer nv) {
        super(nv, "(?:(?<![0-9.])(\\d{1,12})\\s?)?([" + CHARS + "])");
    }

    @Override
    public boolean mayStartWith(char c) {
        return c >= '0' && c <= '9' || CHARS.indexOf(c) >= 0;
    }

    @Override
    public String expand(Matcher m, String text) {
        String[] f = FRACTIONS.get(m.group(2).charAt(0));
        String whole = m.group(1) == null ? "" : nv.cardinal(m.group(1)) + "又";
        return whole + nv.ordinal(f[0]) + "分之" + nv.cardinal(f[1]);
    }
}
