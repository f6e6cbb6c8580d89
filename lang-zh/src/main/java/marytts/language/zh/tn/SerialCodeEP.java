package marytts.language.zh.tn;

import java.util.regex.Matcher;

/**
 * Long identifiers that interleave digits and Latin letters (a business licence number
 * 91310000MA1FL12345, a serial number SN20240315A0012): eight or more letters and digits with at
 * least two separate digit groups and two letters (1280x720 is a size, read by the math pattern). Letters stay Latin, digits are said one by one (with 1 as 幺),
 * as nobody reads 91310000 there as a quantity. A number followed by a unit (10000mAh) or a model
 * name with one digit group (iPhone15Pro) has one digit group and is left to the other patterns.
 */
final class SerialCodeEP extends NumberPattern {

    SerialCodeEP(NumberVerbalizer nv) {
        super(nv,
                "(?<![A-Za-z0-9.\\-])(?=[A-Za-z0-9]{8,40}+(?![A-Za-z0-9.\\-]))"
                        + "(?=[A-Za-z]*+\\d++[A-Za-z]++\\d)(?=(?:[0-9]*+[A-Za-z]){2})([A-Za-z0-9]{8,40}+)");
    }

    @Override
    public boolean mayStartWith(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    @Override
    public String expand(Matcher m, String text) {
        return nv.digitsKeepingTheRest(m.group(1), true);
    }
}
