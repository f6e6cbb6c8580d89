package marytts.language.zh.tn;

import java.util.regex.Matcher;

/**
 * Numbers of figures, tables, equations and exercises written chapter-hyphen-item: 图3-1 →
 * 图三杠一, 表2-3 → 表二杠三, 式（4-12） → 式（四杠十二）. Neither a range nor a subtraction: the
 * hyphen is read 杠, each side as a number.
 *
 * <p>School classes written grade-hyphen-class before 班 (5-1班 = 五一班, 高二3-2班): said as the
 * grade and the class numbers one after the other, the hyphen silent, as in 三(2)班 = 三二班.
 */
final class FigureNumberEP extends NumberPattern {

    FigureNumberEP(NumberVerbalizer nv) {
        super(nv, DIGIT_FIRST,
                "(?<=(?:图|表|式|附图|附表|公式|例|例题|习题|练习|图表|插图)[（(]?)(\\d{1,2})-(\\d{1,3})(?![0-9]|\\.\\d|[-/]\\d)"
                        + "|(?<![0-9.:/-])([1-9]|1[0-2])-(\\d{1,2})(?=\\s?班)");
    }

    @Override
    public String expand(Matcher m, String text) {
        if (m.group(3) != null) {
            return nv.ordinal(m.group(3)) + nv.ordinal(m.group(4)); // 5-1班 = 五一班
        }
        return nv.ordinal(m.group(1)) + "杠" + nv.ordinal(m.group(2));
    }
}
