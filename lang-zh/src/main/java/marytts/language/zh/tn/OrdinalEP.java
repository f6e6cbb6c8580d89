package marytts.language.zh.tn;

import java.util.regex.Matcher;

/** Ordinals after 第: 第2名 → 第二名, 第200位 → 第二百位 (never 两). */
final class OrdinalEP extends NumberPattern {

    OrdinalEP(NumberVerbalizer nv) {
        super(nv, DIGIT_FIRST, "(?<=第\\s?)(\\d{1,16})(?![0-9]|\\.\\d)");
    }

    @Override
    public String expand(Matcher m, String text) {
        return nv.ordinal(m.group(1));
    }
}
