package marytts.language.zh.tn;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date parts written with Chinese date words, and related calendar readings:
 * <ul>
 * <li>a four-digit year before 年 (or 年度/赛季), also as the first end of a year range
 * (2020~2023年): digit by digit, 二零二四年. A duration is read as a cardinal instead when a
 * quantity word comes before (近/约/长达/超过/历时/距今 1000年 = 一千年); 2000多年 has 多 between
 * and never reaches this rule;</li>
 * <li>a month 1-12 before 月 and a day 1-31 before 日 or 号: cardinal with 二 (二月, 二号);</li>
 * <li>generations: a two-digit multiple of ten before 后 (90后 = 九零后, 00后 = 零零后);</li>
 * <li>weekdays: 星期/周/礼拜 + 1-7 (星期3 = 星期三; 7 = 日 / 天).</li>
 * </ul>
 */
final class ChineseDateEP implements ExpansionPattern {

    private static final List<String> DURATION_BEFORE = List.of(
            "近", "约", "长达", "超过", "历时", "距今", "过去", "经过", "持续", "将近", "大约", "每");

    private final NumberVerbalizer nv;
    private final Pattern pattern = Pattern.compile(
            "(?<![0-9.])(?:"
                    + "(\\d{4})(?=\\s?(?:[-~至到]\\s?\\d{4}\\s?)?(?:年|赛季))"   // 1 year
                    + "|(\\d{1,2})(?=\\s?月)"                                   // 2 month
                    + "|(\\d{1,2})(?=\\s?[日号])"                               // 3 day
                    + "|(\\d0)(?=后)"                                            // 4 generation
                    + "|(?<=星期|礼拜|周)([1-7])"                                 // 5 weekday
                    + ")(?![0-9]|\\.\\d)");

    ChineseDateEP(NumberVerbalizer nv) {
        this.nv = nv;
    }

    @Override
    public boolean mayStartWith(char c) {
        return c >= '0' && c <= '9';
    }

    @Override
    public Pattern pattern() {
        return pattern;
    }

    @Override
    public String expand(Matcher m, String text) {
        if (m.group(1) != null) {
            if (Context.precededBy(text, m.start(), DURATION_BEFORE)) {
                return null;
            }
            return nv.digits(m.group(1));
        }
        if (m.group(2) != null) {
            int v = Integer.parseInt(m.group(2));
            return v >= 1 && v <= 12 ? nv.ordinal(m.group(2).replaceFirst("^0", "")) : null;
        }
        if (m.group(3) != null) {
            int v = Integer.parseInt(m.group(3));
            return v >= 1 && v <= 31 ? nv.ordinal(m.group(3).replaceFirst("^0", "")) : null;
        }
        if (m.group(4) != null) {
            return nv.digits(m.group(4));
        }
        String d = m.group(5);
        if (d.equals("7")) {
            return text.startsWith("周", m.start() - 1) ? "日" : "天";
        }
        return nv.cardinal(d);
    }
}
