package marytts.language.zh.tn;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Any remaining number: optional minus (负, only when not preceded by a digit, a letter or an
 * exponent, so 1-2 and x²-4 are not negative), integer part with optional thousands commas, optional decimals (read digit by
 * digit after 点), optional k/w scale letter (3k = 三千, 300w = 三百万; not before a digit: 2K24 is a name). A lone 2 followed by a
 * measure word, possibly across a range or 多/余/几 (2个, 2-3天), is 两; a leading 2 before
 * 百/千/万/亿 is 两 (200 = 两百). A building number in an address is no count: 2栋1单元 = 二栋一单元.
 * Five or more digits before 万 make one number with it (140967万 = 十四亿零九百六十七万).
 * Integers with a leading zero (007) or more than sixteen digits
 * are read digit by digit. This is the last digit pattern: it matches every digit run.
 */
final class CardinalEP extends NumberPattern {

    /**
     * Chinese model names written with a hyphen (歼-20, 东风-41, 长征-5, also the Russian families
     * 苏-27, 米格-29, 图-160, 安-225, 卡-52): the hyphen is not a minus sign.
     */
    private static final List<String> MODEL_PREFIXES = List.of(
            "歼", "运", "轰", "直", "武直", "东风", "红旗", "长征", "鹰击", "霹雳", "巨浪", "歼轰", "强", "预警",
            "苏", "米格", "伊尔", "图", "安", "卡");
    /** After 4K/8K these words mean a display resolution, not 4000 (月薪8K = 八千). */
    private static final List<String> RESOLUTION_WORDS = List.of(
            "电视", "屏", "视频", "分辨率", "画质", "超清", "高清", "显示", "投影", "蓝光", "影片", "HDR", "120", "60");

    /**
     * Before a bare 2K/4K/5K/8K these words mean a display resolution too (这台电视支持4K,
     * 分辨率达到8K); after the number they are {@link #RESOLUTION_WORDS}.
     */
    private static final List<String> RESOLUTION_BEFORE = List.of(
            "电视", "屏", "视频", "分辨率", "画质", "显示", "投影", "相机", "摄像", "拍摄", "录制", "播放", "支持");

    /** After 18K/24k these words mean karat gold, not thousands. */
    private static final List<String> GOLD_WORDS = List.of("金", "纯金", "白金", "黄金", "玫瑰金", "足金");

    /** Currency words after an amount. */
    private static final List<String> CURRENCY_WORDS = List.of(
            "元", "美元", "欧元", "英镑", "日元", "港元", "港币", "澳元", "加元", "韩元", "卢布", "块", "人民币", "美金");

    CardinalEP(NumberVerbalizer nv) {
        super(nv,
                "(?:(?<![0-9A-Za-z)\\]年月日号点分秒%℃°²³⁰¹⁴-⁹])(?<![0-9][时万亿千百])(?<![0-9]" + MathSymbolEP.HAN_UNIT + ")([-−]))?(?<![0-9])(\\d{1,3}(?:,\\d{3})+(?![0-9])|\\d+)(?:\\.(\\d+))?"
                        + "([kKwW](?![A-Za-z0-9]))?(?:(?<=\\d{5})(万)(?!亿))?");
    }

    @Override
    public boolean mayStartWith(char c) {
        return c >= '0' && c <= '9' || c == '-' || c == '−';
    }

    @Override
    public String expand(Matcher m, String text) {
        String intPart = m.group(2);
        String frac = m.group(3);
        String scale = m.group(4);
        String sign = m.group(1) != null && !Context.precededBy(text, m.start(), MODEL_PREFIXES) ? "负" : "";
        if (m.group(5) != null) {
            // 140967万 = 十四亿零九百六十七万: five or more digits before 万 are read as one number
            return sign + (frac == null ? nv.cardinal(intPart.replace(",", "") + "0000")
                    : nv.decimal(intPart, frac) + "万");
        }
        if (!sign.isEmpty() && scale == null && m.end() < text.length() && text.charAt(m.end()) == '度'
                && !text.startsWith("度数", m.end())) {
            sign = "零下"; // -5度: a temperature written with the Han degree, like -5℃
        }
        if ("K".equals(scale) && frac == null && (Context.followedBy(text, m.end(), RESOLUTION_WORDS)
                || intPart.matches("[2458]") && Context.precededWithin(text, m.start(), 8, RESOLUTION_BEFORE))) {
            return sign + nv.cardinal(intPart) + "K";
        }
        if (scale != null && (scale.equals("K") || scale.equals("k")) && frac == null
                && Context.followedBy(text, m.end(), GOLD_WORDS)) {
            return sign + nv.cardinal(intPart) + scale; // 18K金 = 十八K金: karats, not 18000
        }
        if (scale != null && Character.toLowerCase(scale.charAt(0)) == 'k' && intPart.length() <= 4
                && !intPart.contains(",") && (frac == null || frac.length() <= 3)) {
            // 15k = 15000 = 一万五千, 1.5k = 一千五百: thousands folded into the Chinese myriads
            String f = frac == null ? "" : frac;
            String value = (intPart + f + "000".substring(f.length())).replaceFirst("^0+(?=\\d)", "");
            return sign + nv.cardinal(value);
        }
        if (frac != null && scale == null && frac.matches("0+") && Context.followedBy(text, m.end(), CURRENCY_WORDS)) {
            frac = null; // 12.00元 = 十二元: whole units, the zero cents are not read
        }
        String core;
        if (frac == null && scale == null && intPart.length() == 2 && afterSeconds(text, m.start())) {
            return sign + nv.digits(intPart); // 9秒58, 1米85: the smaller unit, said digit by digit
        }
        if (frac != null) {
            core = nv.decimal(intPart, frac);
        } else if (scale == null && !afterLatinLetter(text, m.start())
                && (Context.quantityFollows(text, m.end()) && !Context.addressFollows(text, m.end())
                || pointsFollow(text, m.start(), m.end()))) {
            core = nv.quantity(intPart);
        } else {
            core = nv.cardinal(intPart);
        }
        if (scale != null && intPart.length() > 4) {
            core += scale; // 13900K is a model suffix, not 13900 thousand
        } else if (scale != null) {
            if (core.equals("二")) {
                core = "两"; // 2k = 两千, 2w = 两万
            }
            core += Character.toLowerCase(scale.charAt(0)) == 'k' ? "千" : "万";
        }
        return sign + core;
    }

    /** Right after digits and 秒 or 米 (a race time 9秒58, a height 1米85). */
    private static boolean afterSeconds(String text, int start) {
        return start >= 2 && (text.charAt(start - 1) == '秒' || text.charAt(start - 1) == '米')
                && Character.isDigit(text.charAt(start - 2));
    }

    /** CO2排放, Mate2个: a number glued to a Latin word is part of a name, not a count. */
    private static boolean afterLatinLetter(String text, int start) {
        if (start == 0) {
            return false;
        }
        char c = text.charAt(start - 1);
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * 得了2分 = 两分 (points, cents, minutes), but 8点2分 = 八点二分 is a clock reading and 2分之1
     * a fraction.
     */
    private static boolean pointsFollow(String text, int start, int end) {
        if (end >= text.length() || text.charAt(end) != '分' || text.startsWith("分之", end)) {
            return false;
        }
        int i = start;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        return i == 0 || text.charAt(i - 1) != '点' && text.charAt(i - 1) != '时';
    }
}
