package marytts.language.zh.tn;

import java.util.regex.Matcher;

/**
 * Durations written as a chain of Latin unit letters, and English ordinal suffixes:
 * <ul>
 * <li>1h30min → 一小时三十分钟, 2h15m → 两小时十五分钟, 1h20m30s → 一小时二十分钟三十秒,
 * 3min20s / 3m20s → 三分钟二十秒 (m between hours or before seconds is minutes, not metres);</li>
 * <li>1st, 2nd, 3rd, 4th ... → 第一, 第二, 第三, 第四 (only with the suffix that fits the number).</li>
 * </ul>
 * A single unit (2h, 30min) is left to the measure pattern.
 */
final class CompoundDurationEP extends NumberPattern {

    CompoundDurationEP(NumberVerbalizer nv) {
        super(nv, DIGIT_FIRST,
                "(?<![0-9A-Za-z.])(?:(\\d{1,3})\\s?(?:h|hr|hrs)\\s?(\\d{1,2})\\s?(?:min|mins|m)(?:\\s?(\\d{1,2})\\s?(?:s|sec))?"
                        + "|(\\d{1,3})\\s?(?:min|m)\\s?(\\d{1,2})\\s?(?:s|sec)"
                        + "|(\\d{1,4})(st|nd|rd|th))(?![A-Za-z0-9])");
    }

    @Override
    public String expand(Matcher m, String text) {
        if (m.group(1) != null) {
            String s = nv.quantity(m.group(1)) + "小时" + nv.cardinal(m.group(2)) + "分钟";
            return m.group(3) == null ? s : s + nv.cardinal(m.group(3)) + "秒";
        }
        if (m.group(4) != null) {
            return nv.quantity(m.group(4)) + "分钟" + nv.cardinal(m.group(5)) + "秒";
        }
        String n = m.group(6);
        int v = Integer.parseInt(n);
        String expected = v % 100 >= 11 && v % 100 <= 13 ? "th"
                : v % 10 == 1 ? "st" : v % 10 == 2 ? "nd" : v % 10 == 3 ? "rd" : "th";
        if (!expected.equalsIgnoreCase(m.group(7))) {
            return null;
        }
        return "第" + nv.ordinal(n);
    }
}
