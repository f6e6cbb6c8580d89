package marytts.language.zh.tn;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Math and range symbols next to numbers: + 加, = 等于, × and * 乘, ÷ 除 (the reading used by the
 * reference data), &lt; 小于, &gt; 大于, ≤ and &lt;= 小于等于, ≥ and &gt;= 大于等于, ≠ 不等于, ≈ 约等于,
 * ± 正负, √ 根号, ∠ 角, △ 三角形, ∞ 无穷大, ∵ 因为, ∴ 所以, ⊥ 垂直于, ∥ 平行于, ^n 的n次方, ² 的平方, ³ 的立方,
 * other superscript exponents (10²³, 10⁻¹⁹) 的n次方 (also after a two-letter product after an operator: E=mc²), |x| next to an operator x的绝对值; 1920x1080 乘; 元/斤 每.
 *
 * <p>Choice rule for - and ~ between two numbers (dates, phone numbers, scores and negative
 * numbers were claimed by earlier patterns): ~ is always a range (到). - is 减 when the
 * surrounding run of digits and operators also holds =, +, ×, ÷, *, &lt; or &gt; (5-3=2 =
 * 五减三等于二) or when the left integer is larger (5-3 = 五减三: ranges go upwards); otherwise
 * it is a range (3-5个 = 三到五个, 2-3 = 二到三, 3米-5米 = 三米到五米; also before a next-day word:
 * 22:00-次日6:00 = 二十二点到次日六点).
 *
 * <p>Comparison and arithmetic signs are read only when a digit (or for = a letter or bracket)
 * stands next to them, so arrows, emoticons and markup outside numbers stay untouched.
 */
final class MathSymbolEP extends NumberPattern {

    private static final String OPERATORS = "=+×÷*<>≤≥≈≠";
    /** 22:00-次日6:00, 9:00-下午5:00: the end of a time range after a day or day-part word. */
    /** Han units after a number before a range dash: 3米-5米, 5元-10元, 3岁-6岁 (到, not 负). */
    static final String HAN_UNIT = "(?:[米斤克吨元岁倍层]|公里|千米|公斤|千克|厘米|毫米|平米)";
    private static final java.util.regex.Pattern HAN_UNIT_BEFORE =
            java.util.regex.Pattern.compile("[0-9]" + HAN_UNIT + "\\s?$");
    static final String NEXT_DAY = "(?:次日|翌日|次晨|第二天|隔天|上午|下午|中午|晚上|早上|凌晨|傍晚|夜里|晚)";

    MathSymbolEP(NumberVerbalizer nv) {
        super(nv,
                "[∠△∞∵∴⊥∥]|±(?=\\s?\\d)|<=|>=|[≤≥≠≈=<>×÷+*]|[-~～](?=\\s?-?\\d|" + NEXT_DAY + "\\d|Q[1-4](?![0-9]))|(?<=\\d\\s?)[xX](?=\\s?\\d)"
                        + "|(?<=[0-9)A-Za-z])\\^(-?\\d{1,3})(?:(" + MeasureEP.UNIT_RE + ")(?:/(" + MeasureEP.PER_RE + "))?(?![A-Za-z0-9²³]))?|(?<=[0-9)]|(?<![A-Za-z])[A-Za-z]|[=+×*÷(][a-z]{2})(?:[²³](?![⁰¹²³⁴-⁹])|⁻?[⁰¹²³⁴-⁹]{2,3}|⁻[⁰¹²³⁴-⁹]|[⁰⁴-⁹])"
                        + "(?:(?<=\\d⁻?[⁰¹²³⁴-⁹]{1,3})(?<sunit>" + MeasureEP.UNIT_RE + ")(?:/(?<sper>" + MeasureEP.PER_RE + "))?(?![A-Za-z0-9²³]))?"
                        + "|\\|(?=[-−]?(?:\\d+(?:\\.\\d+)?|[A-Za-z])\\|)|(?<=\\|[-−]?(?:\\d{1,15}(?:\\.\\d{1,15})?|[A-Za-z]))\\|"
                        + "|√(?=\\s?[0-9(])|(?<=[\\u4e00-\\u9fff0-9A-Za-z²³])/(?=[\\u4e00-\\u9fff])"
                        + "|(?<=[\\u4e00-\\u9fff])/(?<hanper>" + MeasureEP.PER_RE + ")(?![A-Za-z0-9²³])");
    }

    @Override
    public boolean mayStartWith(char c) {
        return !(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'w') && !(c >= 'A' && c <= 'W') && c != 'y' && c != 'z' && c != 'Y' && c != 'Z';
    }

    @Override
    public String expand(Matcher m, String text) {
        String s = m.group().trim();
        int start = m.start();
        int end = m.end();
        char prev = prevNonSpace(text, start);
        char next = nextNonSpace(text, end);
        boolean digitPrev = Character.isDigit(prev) || prev == ')' || prev == '%' || scaledNumberBefore(text, start);
        boolean digitNext = Character.isDigit(next) || next == '(' || next == '|' && absoluteBarAt(text, Context.skipSpaces(text, end), true);
        digitPrev |= prev == '|' && absoluteBarAt(text, start, false);
        if (m.group("hanper") != null) {
            // 5万元/m² = 五万元每平方米, 3元/km: a Latin per-unit after a Han word
            return "每" + MeasureEP.perReading(m.group("hanper"));
        }
        if (m.group(1) != null) {
            String e = m.group(1);
            String unit = m.group(2) == null ? "" : MeasureEP.suffixReading(m.group(2), m.group(3));
            if (unit == null) {
                return null;
            }
            // 3×10^8m/s = 三乘十的八次方米每秒: the unit follows the whole power.
            return "的" + (e.startsWith("-") ? "负" + nv.ordinal(e.substring(1)) : nv.ordinal(e)) + "次方" + unit;
        }
        if (s.equals("|")) {
            return absoluteValue(m, text);
        }
        String unitAfterPower = "";
        if (m.group("sunit") != null) {
            // 3×10⁸m/s = 三乘十的八次方米每秒: the unit follows the whole power.
            unitAfterPower = MeasureEP.suffixReading(m.group("sunit"), m.group("sper"));
            if (unitAfterPower == null) {
                return null;
            }
            s = s.substring(0, s.length() - m.group("sunit").length() - (m.group("sper") == null ? 0 : m.group("sper").length() + 1)).trim();
        }
        if (s.chars().allMatch(c -> c == '⁻' || SUPERSCRIPTS.indexOf(c) >= 0)) {
            // 10²³ = 十的二十三次方, 10⁻¹⁹ = 十的负十九次方, x⁴ = x的四次方
            if (s.equals("²") || s.equals("³")) {
                return (s.equals("²") ? "的平方" : "的立方") + unitAfterPower;
            }
            boolean negative = s.charAt(0) == '⁻';
            StringBuilder e = new StringBuilder();
            for (char c : (negative ? s.substring(1) : s).toCharArray()) {
                e.append(SUPERSCRIPTS.indexOf(c));
            }
            return "的" + (negative ? "负" : "") + nv.ordinal(e.toString()) + "次方" + unitAfterPower;
        }
        switch (s) {
            case "∠":
                return "角";
            case "△":
                return "三角形";
            case "∞":
                return "无穷大";
            case "∵":
                return "因为";
            case "∴":
                return "所以";
            case "⊥":
                return "垂直于";
            case "∥":
                return "平行于";
            case "±":
                return "正负";
            case "²":
                return "的平方";
            case "³":
                return "的立方";
            case "√":
                return "根号";
            case "/":
                // 元/斤, 8/斤, 3kg/袋; not a Latin word before a Han one (TCP/协议).
                return Character.isDigit(prev) || Context.isHan(prev) || measureBefore(text, start) ? "每" : null;
            case "x":
            case "X":
                return "乘";
            case "~":
            case "～":
                return digitPrev || prev == '年' || prev == '月' || prev == '日' || prev == '点'
                        || prev == '时' && start >= 2 && Character.isDigit(text.charAt(start - 2))
                        || measureBefore(text, start) ? "到" : null;
            case "-":
                if (variableBefore(text, start) && mathContext(text, start)) {
                    return "减"; // 2x-1=0: a one-letter variable in an equation
                }
                if ((prev == '²' || prev == '³' || SUPERSCRIPTS.indexOf(prev) >= 0) && (mathContext(text, start)
                        || !measureBefore(text, start) || powerBefore(text, start))) {
                    return "减"; // x²-4=0, 3²-1, x³-1: after an exponent (not a unit such as m²: 5m²-10m²)
                }
                if (measureBefore(text, start)) {
                    return "到"; // 30°C-35°C, 3kg-5kg: a range between two measures
                }
                if (!(digitPrev || "℃°年月日号点分秒".indexOf(prev) >= 0
                        || HAN_UNIT_BEFORE.matcher(text.substring(Math.max(0, start - 4), start)).find()
                        || (prev == '时' || prev == '万' || prev == '亿' || prev == '千' || prev == '百') && start >= 2
                        && Character.isDigit(text.charAt(start - 2)))) {
                    return null;
                }
                if (!Character.isDigit(next) && next != '-') {
                    return "到"; // 22:00-次日6:00, Q1-Q3: only a day or day-part word or a quarter can follow here
                }
                return next == '-' || mathContext(text, start) || descending(text, start) || equalsSoon(text, end)
                        || spacedMinus(text, start, end) || negativeLeft(text, start) ? "减" : "到";
            default:
                break;
        }
        boolean operandNear = digitPrev || digitNext || Character.isDigit(prev) || Character.isDigit(next)
                || (variableBefore(text, start) || productTermBefore(text, start)) && variableOrNumberAfter(text, end);
        if (s.equals("=")) {
            operandNear |= Character.isLetter(prev) && prev < 128 || Character.isLetter(next) && next < 128
                    || prev == ')' || next == '(' || next == '-';
        }
        if (!operandNear) {
            return null;
        }
        switch (s) {
            case "+":
                if (digitPrev && !digitNext && Context.quantityFollows(text, end)) {
                    return "多"; // 100+个国家 = 一百多个国家
                }
                // Unary plus only where no operand stands before it (+5, =+3); x+1, 2x+3 and
                // 8GB+256GB (a measure before it) add.
                return digitPrev || variableBefore(text, start) || productTermBefore(text, start) || measureBefore(text, start) ? "加" : "正";
            case "=":
                return "等于";
            case "×":
            case "*":
                return "乘";
            case "÷":
                return "除";
            case "<":
                return "小于";
            case ">":
                return "大于";
            case "<=":
            case "≤":
                return "小于等于";
            case ">=":
            case "≥":
                return "大于等于";
            case "≠":
                return "不等于";
            case "≈":
                return "约等于";
            default:
                return null;
        }
    }

    /** Superscript digits in the order of their values (index = digit). */
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /**
     * Bars around a number or a one-letter variable: |−5| = 负五的绝对值. Only next to an operator
     * (|−5|=5, 3+|x|, ≥|a|), so table and separator bars stay as they are. The opening bar is
     * dropped, the closing one reads 的绝对值.
     */
    private static String absoluteValue(Matcher m, String text) {
        int open = m.start();
        if (BAR_CONTENT.matcher(text).region(m.end(), text.length()).lookingAt()) {
            // the opening bar: |−5| ... (the content and the closing bar follow)
            int close = text.indexOf('|', m.end());
            return operatorNear(text, open, close + 1) ? "" : null;
        }
        int start = text.lastIndexOf('|', open - 1);
        return start >= 0 && operatorNear(text, start, open + 1) ? "的绝对值" : null;
    }

    /**
     * A power ends right before {@code pos}: superscripts after a digit, a bracket or a one-letter
     * variable (10², x³, (a+b)²), not after a unit (5m²).
     */
    private static boolean powerBefore(String text, int pos) {
        int i = pos;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        while (i > 0 && (text.charAt(i - 1) == '⁻' || SUPERSCRIPTS.indexOf(text.charAt(i - 1)) >= 0)) {
            i--;
        }
        if (i == 0 || i == pos) {
            return false;
        }
        char c = text.charAt(i - 1);
        return Character.isDigit(c) || c == ')' || isAsciiLetter(c) && (i < 2 || !isAsciiLetter(text.charAt(i - 2)) && !Character.isDigit(text.charAt(i - 2)));
    }

    /** An equals sign follows within a few characters (5元-3元=2元: a subtraction, not a range). */
    private static boolean equalsSoon(String text, int pos) {
        for (int i = pos; i < text.length() && i < pos + 8; i++) {
            char c = text.charAt(i);
            if (c == '=') {
                return true;
            }
            if (c == '，' || c == ',' || c == '。' || c == '-' || c == '~') {
                return false;
            }
        }
        return false;
    }

    /** An absolute-value bar opens at {@code pos} ({@code opening}) or closes right before it. */
    private static boolean absoluteBarAt(String text, int pos, boolean opening) {
        if (opening) {
            return BAR_CONTENT.matcher(text).region(pos + 1, text.length()).lookingAt();
        }
        int i = pos;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        int open = text.lastIndexOf('|', i - 2);
        return open >= 0 && BAR_CONTENT.matcher(text).region(open + 1, text.length()).lookingAt();
    }

    /** What may stand between the bars of an absolute value, with the closing bar. */
    private static final java.util.regex.Pattern BAR_CONTENT =
            java.util.regex.Pattern.compile("[-−]?(?:\\d+(?:\\.\\d+)?|[A-Za-z])\\|");

    private static boolean operatorNear(String text, int start, int end) {
        char before = prevNonSpace(text, start);
        char after = nextNonSpace(text, end);
        return OPERATORS.indexOf(before) >= 0 || OPERATORS.indexOf(after) >= 0 || before == '-' || after == '-'
                || text.startsWith("等于", Context.skipSpaces(text, end)) || before == '于' && start >= 2 && text.charAt(start - 2) == '等'
                || text.startsWith("的值", Context.skipSpaces(text, end)) || Context.precededBy(text, start, List.of("求", "计算", "化简"));
    }

    /** 10w+, 5k+, 3万+: a number with a scale letter or 万/亿 ends right before {@code pos}. */
    private static boolean scaledNumberBefore(String text, int pos) {
        int i = pos;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        return i >= 2 && "wWkK万亿".indexOf(text.charAt(i - 1)) >= 0 && Character.isDigit(text.charAt(i - 2))
                && (i < 3 || !isAsciiLetter(text.charAt(i - 3)));
    }

    /** A number with a Latin or symbol unit (30°C, 3kg, 5m², 80km/h) ends right before {@code pos}. */
    private static boolean measureBefore(String text, int pos) {
        int i = pos;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        int unitEnd = i;
        while (i > 0 && unitEnd - i < 8 && (isAsciiLetter(text.charAt(i - 1)) || "°℃℉²³/".indexOf(text.charAt(i - 1)) >= 0)) {
            i--;
        }
        return i < unitEnd && i > 0 && Character.isDigit(text.charAt(i - 1));
    }

    /**
     * A one-letter algebra variable (x, a, possibly squared: a²) ends right before {@code pos};
     * a longer Latin word (iPhone+iPad, C++) is not an operand.
     */
    private static boolean variableBefore(String text, int pos) {
        int i = pos;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        while (i > 0 && (text.charAt(i - 1) == '²' || text.charAt(i - 1) == '³' || text.charAt(i - 1) == ')')) {
            i--;
        }
        return i > 0 && isAsciiLetter(text.charAt(i - 1)) && (i < 2 || !isAsciiLetter(text.charAt(i - 2)));
    }

    /**
     * A product of two one-letter variables (kx, ab) ends right before {@code pos}, in an equation
     * (an = follows or precedes in the same clause): y=kx+b = y等于kx加b.
     */
    private static boolean productTermBefore(String text, int pos) {
        int i = pos;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        while (i > 0 && (text.charAt(i - 1) == '²' || text.charAt(i - 1) == '³')) {
            i--; // ax²+bx+c
        }
        if (i < 2 || !isLowerAscii(text.charAt(i - 1)) || !isLowerAscii(text.charAt(i - 2))
                || i >= 3 && isAsciiLetter(text.charAt(i - 3))) {
            return false;
        }
        int from = Math.max(0, i - 12);
        int to = Math.min(text.length(), pos + 12);
        return text.substring(from, to).indexOf('=') >= 0;
    }

    private static boolean isLowerAscii(char c) {
        return c >= 'a' && c <= 'z';
    }

    /**
     * A one-letter variable, a number or a bracket starts right after {@code pos}; in an equation
     * also a two-letter product (bx in y=ax²+bx+c).
     */
    private static boolean variableOrNumberAfter(String text, int pos) {
        int i = Context.skipSpaces(text, pos);
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        if (Character.isDigit(c) || c == '(' || c == '-') {
            return true;
        }
        return isAsciiLetter(c) && (i + 1 >= text.length() || !isAsciiLetter(text.charAt(i + 1))
                || isLowerAscii(c) && isLowerAscii(text.charAt(i + 1)) && (i + 2 >= text.length() || !isAsciiLetter(text.charAt(i + 2)))
                && text.indexOf('=') >= 0);
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** "1 - 2": a minus with a space on both sides is an operator; ranges are written tight (3-5). */
    private static boolean spacedMinus(String text, int start, int end) {
        return start > 0 && text.charAt(start - 1) == ' ' && end < text.length() && text.charAt(end) == ' ';
    }

    /** -1-2: a range does not start at a bare negative number, so the second minus subtracts. */
    private static boolean negativeLeft(String text, int pos) {
        int i = pos;
        while (i > 0 && (Character.isDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
            i--;
        }
        return i < pos && i > 0 && text.charAt(i - 1) == '-'
                && (i < 2 || !Character.isLetterOrDigit(text.charAt(i - 2)));
    }

    /** a-b with a > b (two plain integers) is a subtraction: ranges go upwards. */
    private static boolean descending(String text, int pos) {
        int i = pos;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        int a0 = i;
        while (a0 > 0 && Character.isDigit(text.charAt(a0 - 1)) && i - a0 < 15) {
            a0--;
        }
        int j = Context.skipSpaces(text, pos + 1);
        int b1 = j;
        while (b1 < text.length() && Character.isDigit(text.charAt(b1)) && b1 - j < 15) {
            b1++;
        }
        if (a0 == i || b1 == j || a0 > 0 && (text.charAt(a0 - 1) == '.' || text.charAt(a0 - 1) == '-'
                || text.charAt(a0 - 1) == ':')
                || b1 < text.length() && text.charAt(b1) == '.') {
            return false;
        }
        return Long.parseLong(text.substring(a0, i)) > Long.parseLong(text.substring(j, b1));
    }

    /** Looks through the expression around {@code pos} for another arithmetic operator. */
    private static boolean mathContext(String text, int pos) {
        for (int i = pos - 1, n = 0; i >= 0 && n < 40; i--, n++) {
            char c = text.charAt(i);
            if (OPERATORS.indexOf(c) >= 0) {
                return true;
            }
            if (!isExpressionChar(c)) {
                break;
            }
        }
        for (int i = pos + 1, n = 0; i < text.length() && n < 40; i++, n++) {
            char c = text.charAt(i);
            if (OPERATORS.indexOf(c) >= 0) {
                return true;
            }
            if (!isExpressionChar(c)) {
                break;
            }
        }
        return false;
    }

    private static boolean isExpressionChar(char c) {
        return Character.isDigit(c) || c == ' ' || c == '.' || c == '-' || c == '(' || c == ')' || c == '/';
    }

    private static char prevNonSpace(String text, int pos) {
        int i = pos - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 ? text.charAt(i) : '\0';
    }

    private static char nextNonSpace(String text, int pos) {
        int i = Context.skipSpaces(text, pos);
        return i < text.length() ? text.charAt(i) : '\0';
    }
}
