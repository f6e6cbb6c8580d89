package marytts.language.zh.tn;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Any remaining number: optional minus (负, only when not preceded by a digit or letter, so 1-2
 * is not negative), integer part with optional thousands commas, optional decimals (read digit by
 * digit after 点), optional k/w scale letter (3k = 三千, 300w = 三百万). A lone 2 followed by a
 * measure word, possibly across a range or 多/余/几 (2个, 2-3天), is 两; a leading 2 before
 * 百/千/万/亿 is 两 (200 = 两百). Integers with a leading zero (007) or more than sixteen digits
 * are read digit by digit. This is the last digit pattern: it matches every digit run.
 */
final class CardinalEP implements ExpansionPattern {

    private final NumberVerbalizer nv;
    private final Pattern pattern = Pattern.compile(
            "(?:(?<![0-9A-Za-z)\\]年月日号点分秒%℃°])([-−]))?(?<![0-9])(\\d{1,3}(?:,\\d{3})+(?![0-9])|\\d+)(?:\\.(\\d+))?"
                    + "([kKwW](?![A-Za-z]))?");

    CardinalEP(NumberVerbalizer nv) {
        this.nv = nv;
    }

    @Override
    public boolean mayStartWith(char c) {
        return c >= '0' && c <= '9' || c == '-' || c == '−';
    }

    @Override
    public Pattern pattern() {
        return pattern;
    }

    @Override
    public String expand(Matcher m, String text) {
        String intPart = m.group(2);
        String frac = m.group(3);
        String scale = m.group(4);
        String sign = m.group(1) != null ? "负" : "";
        String core;
        if (frac != null) {
            core = nv.decimal(intPart, frac);
        } else if (scale == null && Context.quantityFollows(text, m.end())) {
            core = nv.quantity(intPart);
        } else {
            core = nv.cardinal(intPart);
        }
        if (scale != null) {
            core += Character.toLowerCase(scale.charAt(0)) == 'k' ? "千" : "万";
        }
        return sign + core;
    }
}
