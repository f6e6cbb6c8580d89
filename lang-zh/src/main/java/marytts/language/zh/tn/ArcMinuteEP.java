package marytts.language.zh.tn;

import java.util.regex.Matcher;

/**
 * Degree-minute-second notation with prime marks, as in coordinates and angles, and the same
 * marks on durations in sports results:
 * <ul>
 * <li>30°15' → 三十度十五分, 120°30'15" → 一百二十度三十分十五秒 (also with ′ and ″);</li>
 * <li>minutes and seconds alone, 3'45" → 三分四十五秒, 2′30.5″ → 两分三十点五秒.</li>
 * </ul>
 * A degree sign without a following minute is left to the temperature and measure patterns, and
 * a lone apostrophe (a quote) is not taken: the minute mark needs a degree before it or a seconds
 * mark after the next number.
 */
final class ArcMinuteEP extends NumberPattern {

    private static final String NUM = "(\\d{1,3}(?:\\.\\d+)?)";

    ArcMinuteEP(NumberVerbalizer nv) {
        super(nv, DIGIT_FIRST,
                "(?<![0-9.])(?:" + NUM + "°\\s?(\\d{1,2}(?:\\.\\d+)?)['′](?:\\s?(\\d{1,2}(?:\\.\\d+)?)[\"″])?"
                        + "|(\\d{1,3})['′]\\s?(\\d{1,2}(?:\\.\\d+)?)[\"″])");
    }

    @Override
    public String expand(Matcher m, String text) {
        if (m.group(1) != null) {
            String s = nv.number(m.group(1)) + "度" + nv.number(m.group(2)) + "分";
            return m.group(3) == null ? s : s + nv.number(m.group(3)) + "秒";
        }
        return quantity(m.group(4)) + "分" + quantity(m.group(5)) + "秒";
    }

    private String quantity(String n) {
        return n.indexOf('.') >= 0 ? nv.number(n) : nv.quantity(n);
    }
}
