package marytts.language.zh.tn;

import java.util.regex.Matcher;

/**
 * The negative first end of a temperature range whose unit is written only once, after the
 * second end: -10~5℃ → 零下十到五摄氏度, -5--1°C → 零下五到零下一摄氏度. Without this the first end
 * would be read as a plain negative number (负十). The connector and the second end are left to
 * the math-symbol and measure patterns.
 */
final class TemperatureRangeEP extends NumberPattern {

    TemperatureRangeEP(NumberVerbalizer nv) {
        super(nv,
                "(?<![0-9A-Za-z)\\]年月日号点分秒%℃°])(?<![0-9][时万亿千百])-(\\d{1,4}(?:\\.\\d{1,3})?)"
                        + "(?=\\s?(?:[-~～到至])\\s?[-+]?\\d{1,4}(?:\\.\\d{1,3})?\\s?(?:℃|℉|°\\s?[CcFf]?|度|摄氏度))");
    }

    @Override
    public boolean mayStartWith(char c) {
        return c == '-';
    }

    @Override
    public String expand(Matcher m, String text) {
        return "零下" + nv.number(m.group(1));
    }
}
