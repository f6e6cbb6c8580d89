package marytts.language.zh.tn;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Blood pressure readings a/b (systolic over diastolic) are two numbers, not a fraction:
 * 140/90mmHg → 一百四十比九十毫米汞柱, 血压120/80 → 血压一百二十比八十. Taken only with the unit
 * mmHg (or 毫米汞柱) after it or 血压/高压/收缩压 shortly before it, and only for two- or
 * three-digit sides.
 */
final class BloodPressureEP extends NumberPattern {

    private static final List<String> BEFORE = List.of("血压", "收缩压", "舒张压", "高压");

    BloodPressureEP(NumberVerbalizer nv) {
        super(nv, DIGIT_FIRST,
                "(?<![0-9./])(\\d{2,3})\\s?/\\s?(\\d{2,3})(?![0-9./])(\\s?(?i:mmhg)(?![A-Za-z])|\\s?毫米汞柱)?");
    }

    @Override
    public String expand(Matcher m, String text) {
        String unit = m.group(3);
        if (unit == null && !Context.precededWithin(text, m.start(), 4, BEFORE)) {
            return null;
        }
        return nv.cardinal(m.group(1)) + "比" + nv.cardinal(m.group(2)) + (unit == null ? "" : "毫米汞柱");
    }
}
