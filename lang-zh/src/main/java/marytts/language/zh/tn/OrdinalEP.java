package marytts.language.zh.tn;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Ordinals after 第: 第2名 → 第二名, 第200位 → 第二百位 (never 两). */
final class OrdinalEP implements ExpansionPattern {

    private final NumberVerbalizer nv;
    private final Pattern pattern = Pattern.compile("(?<=第\\s?)(\\d{1,16})(?![0-9]|\\.\\d)");

    OrdinalEP(NumberVerbalizer nv) {
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
        return nv.ordinal(m.group(1));
    }
}
