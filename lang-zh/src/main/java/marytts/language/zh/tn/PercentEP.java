package marytts.language.zh.tn;

import java.util.regex.Matcher;

/**
 * Percent, per-mille and per-ten-thousand: 6.3% → 百分之六点三, 5‰ → 千分之五, -2% → 负百分之二.
 * In a range whose second end carries the sign (10~20%, 10-20%) the first end is read as a
 * percentage too (百分之十到百分之二十); the connector itself is read by the math-symbol pattern.
 */
final class PercentEP extends NumberPattern {

    PercentEP(NumberVerbalizer nv) {
        super(nv,
                "(?:(?<![0-9A-Za-z)\\]年月日号点分秒%℃°])(?<![0-9][时万亿千百])(-))?(?<![0-9.])(\\d{1,16}(?:\\.\\d{1,12})?)"
                        + "(?:\\s?([%‰‱])|(?=\\s?[-~]\\s?\\d{1,16}(?:\\.\\d{1,12})?\\s?([%‰‱])))");
    }

    @Override
    public boolean mayStartWith(char c) {
        return c >= '0' && c <= '9' || c == '-';
    }

    @Override
    public String expand(Matcher m, String text) {
        String sign = m.group(3) != null ? m.group(3) : m.group(4);
        String prefix = switch (sign) {
            case "‰" -> "千分之";
            case "‱" -> "万分之";
            default -> "百分之";
        };
        return (m.group(1) != null ? "负" : "") + prefix + nv.number(m.group(2));
    }
}
