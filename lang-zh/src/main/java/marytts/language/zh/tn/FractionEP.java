package marytts.language.zh.tn;

import java.util.regex.Matcher;

/**
 * Fractions a/b → b分之a (3/4 → 四分之三, -1/2 → 负二分之一), spaces around the slash allowed.
 * Runs after the date and score patterns, which claim 08/08 (zero-padded), 3/4 with a date word
 * near, and 拉齐奥 2/2. A zero or zero-padded denominator is not a fraction. A one-letter lowercase
 * variable over a number is a fraction too (x/2 → 二分之x). A unit right after a proper fraction is read
 * after it (1/2kg → 二分之一千克); after an improper one (220/110V) the text is two values, left to
 * the other patterns.
 */
final class FractionEP extends NumberPattern {

    private static final java.util.List<String> SEASON_WORDS = java.util.List.of("赛季", "学年", "财年", "年");

    FractionEP(NumberVerbalizer nv) {
        super(nv,
                "(?:(?<![0-9A-Za-z)\\]年月日号点分秒%℃°])(?<![0-9][时万亿千百])(-))?(?<![0-9./])(\\d{1,12}(?:\\.\\d{1,6})?)\\s?/\\s?(\\d{1,12})(?![0-9]|\\.\\d|/\\d)"
                        + "(?:(" + MeasureEP.UNIT_RE + ")(?:/(" + MeasureEP.PER_RE + "))?(?![A-Za-z0-9²³]))?"
                        + "|(?<![A-Za-z0-9./])([a-z])\\s?/\\s?([1-9]\\d{0,5})(?![0-9A-Za-z]|\\.\\d|/\\d)");
    }

    @Override
    public boolean mayStartWith(char c) {
        return c >= '0' && c <= '9' || c == '-' || c >= 'a' && c <= 'z';
    }

    @Override
    public String expand(Matcher m, String text) {
        if (m.group(6) != null) {
            return nv.ordinal(m.group(7)) + "分之" + m.group(6); // x/2 = 二分之x
        }
        String den = m.group(3);
        if (den.charAt(0) == '0') {
            return null;
        }
        String unit = "";
        if (m.group(4) != null) {
            unit = MeasureEP.suffixReading(m.group(4), m.group(5));
            if (unit == null || m.group(2).indexOf('.') < 0 && Long.parseLong(m.group(2)) > Long.parseLong(den)) {
                return null; // 220/110V: two values of one unit, not an improper fraction of volts
            }
        }
        if (m.group(2).matches("(?:19|20)\\d\\d") && Context.followedBy(text, m.end(), SEASON_WORDS)) {
            return null; // 2024/25赛季 is a season (ChineseDateEP)
        }
        return (m.group(1) != null ? "负" : "") + nv.ordinal(den) + "分之" + nv.number(m.group(2)) + unit;
    }
}
