package marytts.language.zh.tn;

import java.util.regex.Matcher;

/**
 * Scientific notation written with e or E (as calculators and programs print it): 1e-5 →
 * 一乘十的负五次方, 6.02E23 → 六点零二乘十的二十三次方, 3e+8 → 三乘十的八次方. The value is read as
 * the written-out form a×10ⁿ is read (6.02×10²³ = 六点零二乘十的二十三次方, see
 * {@link MathSymbolEP}); the letter e itself has no Chinese reading, and 一e负五 is only a spelling.
 * A unit may follow (1e-5mol/L = 一乘十的负五次方摩尔每升). Letters or digits directly before (0x1e5, abc1e5, #1e5) or after (1e5a) make it a code, not a
 * number.
 */
final class SciNotationEP extends NumberPattern {

    SciNotationEP(NumberVerbalizer nv) {
        super(nv, DIGIT_FIRST,
                "(?<![0-9A-Za-z.#_])(\\d{1,4}(?:\\.\\d{1,12})?)[eE]([-+−]?)(\\d{1,3})"
                        + "(?:(" + MeasureEP.UNIT_RE + ")(?:/(" + MeasureEP.PER_RE + "))?)?(?![0-9A-Za-z_²³]|\\.\\d)");
    }

    @Override
    public String expand(Matcher m, String text) {
        String exp = m.group(3).replaceFirst("^0+(?=\\d)", "");
        String sign = m.group(2).equals("-") || m.group(2).equals("−") ? "负" : "";
        String unit = m.group(4) == null ? "" : MeasureEP.suffixReading(m.group(4), m.group(5));
        if (unit == null) {
            return null;
        }
        // 1e-5mol/L = 一乘十的负五次方摩尔每升: the unit follows the whole power, as after 3×10^8m/s
        return nv.number(m.group(1)) + "乘十的" + sign + nv.ordinal(exp) + "次方" + unit;
    }
}
