package marytts.language.zh.tn;

import java.util.regex.Matcher;

/**
 * Ranges of amounts written with a currency symbol or code before the first amount: $10-20 →
 * 十到二十美元 (the currency said once, at the end), $10-$20 and ¥100~¥200 → 十美元到二十美元 (said
 * with each amount, as written). A multiplier stays with its amount (¥1万-2万 = 一万到两万元), and a
 * currency word written after the range is said instead of the symbol's name (¥100-200元). An
 * arithmetic expression ($100-$20=$80) is left to the other patterns.
 */
final class MoneyRangeEP extends NumberPattern {

    MoneyRangeEP(NumberVerbalizer nv) {
        super(nv,
                "(?<![A-Za-z0-9])(" + MoneyEP.CODES + "|[$¥€£₩₹₽฿])\\s?" + MoneyEP.AMOUNT + MoneyEP.MULT
                        + "\\s?[-~～]\\s?(\\1)?\\s?" + MoneyEP.AMOUNT + MoneyEP.MULT
                        + "(?![0-9]|\\.\\d|\\s?[=+×÷*/])(元|美元|欧元|英镑|日元|港元|韩元|澳元|加元|卢布)?");
    }

    @Override
    public boolean mayStartWith(char c) {
        return c >= 'A' && c <= 'Z' || "$¥€£₩₹₽฿".indexOf(c) >= 0;
    }

    @Override
    public String expand(Matcher m, String text) {
        String name = m.group(9) != null ? m.group(9) : MoneyEP.NAMES.get(m.group(1));
        if (name == null) {
            return null;
        }
        String first = amount(m.group(2), m.group(3), m.group(4));
        String second = amount(m.group(6), m.group(7), m.group(8));
        return first + (m.group(5) != null ? name : "") + "到" + second + name;
    }

    private String amount(String intPart, String frac, String mult) {
        String a = frac == null || frac.matches("0+") ? nv.quantity(intPart) : nv.decimal(intPart, frac);
        return mult == null ? a : a + mult;
    }
}
