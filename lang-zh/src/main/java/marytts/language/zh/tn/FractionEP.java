package marytts.language.zh.tn;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fractions a/b → b分之a (3/4 → 四分之三, -1/2 → 负二分之一), spaces around the slash allowed.
 * Runs after the date and score patterns, which claim 08/08 (zero-padded), 3/4 with a date word
 * near, and 拉齐奥 2/2. A zero or zero-padded denominator is not a fraction.
 */
final class FractionEP implements ExpansionPattern {

    private static final java.util.List<String> SEASON_WORDS = java.util.List.of("赛季", "学年", "财年", "年");

    private final NumberVerbalizer nv;
    private final Pattern pattern = Pattern.compile(
            "(?:(?<![0-9A-Za-z)\\]年月日号点分秒%℃°])(-))?(?<![0-9./])(\\d{1,12}(?:\\.\\d{1,6})?)\\s?/\\s?(\\d{1,12})(?![0-9]|\\.\\d|/\\d)");

    FractionEP(NumberVerbalizer nv) {
        this.nv = nv;
    }

    @Override
    public boolean mayStartWith(char c) {
        return c >= '0' && c <= '9' || c == '-';
    }

    @Override
    public Pattern pattern() {
        return pattern;
    }

    @Override
    public String expand(Matcher m, String text) {
        String den = m.group(3);
        if (den.charAt(0) == '0') {
            return null;
        }
        if (m.group(2).matches("(?:19|20)\\d\\d") && Context.followedBy(text, m.end(), SEASON_WORDS)) {
            return null; // 2024/25赛季 is a season (ChineseDateEP)
        }
        return (m.group(1) != null ? "负" : "") + nv.ordinal(den) + "分之" + nv.number(m.group(2));
    }
}
