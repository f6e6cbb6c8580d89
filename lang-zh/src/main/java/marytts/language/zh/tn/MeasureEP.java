package marytts.language.zh.tn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers with a Latin or symbol unit: 25kg → 二十五千克, 2 km → 两公里, 120m² → 一百二十平方米,
 * 10km/h → 每小时十公里 (a per-unit after / is read first with 每; 5.6L/100km → 每百公里五点六升), 38°C → 三十八摄氏度,
 * -3℃ → 零下三摄氏度 (a minus before a temperature is 零下, elsewhere 负), 30° → 三十度.
 * Data sizes and rates are read as people say them, not with the SI names: 16GB → 十六G, 2TB → 两T,
 * 500KB → 五百K, 20MB → 二十兆, 100Mbps → 一百兆 (吉字节, 太字节, 兆比特每秒 are never heard).
 * A number ending in k or w before the unit is scaled (3k → 三千, 300w → 三百万), and so is one
 * ending in 万/亿 (1.2万km → 一点二万公里). A lone 2 is 两
 * before a unit. Multi-letter units match in any case; one-letter units (m, g, s, h, t, L, W, V)
 * only as listed (A for amperes only right after a voltage: 5V2A → 五伏两安), and no unit may run into further Latin letters (5 mins is left alone, 5 mbps is
 * read).
 */
final class MeasureEP extends NumberPattern {

    private static final String[][] UNITS = {
        {"m/s²", "米每二次方秒"}, {"m/s2", "米每二次方秒"}, {"km/h", "公里", "每小时"}, {"kmh", "公里", "每小时"}, {"m/s", "米", "每秒"}, {"mph", "英里每小时"},
        {"rpm", "转每分"}, {"r/min", "转每分"}, {"mbps", "兆"}, {"kbps", "K"}, {"gbps", "G"},
        {"km²", "平方千米"}, {"km2", "平方千米"}, {"m²", "平方米"}, {"m2", "平方米"}, {"cm²", "平方厘米"},
        {"cm2", "平方厘米"}, {"mm²", "平方毫米"}, {"mm2", "平方毫米"}, {"m³", "立方米"}, {"m3", "立方米"},
        {"cm³", "立方厘米"}, {"cm3", "立方厘米"}, {"dm³", "立方分米"}, {"dm3", "立方分米"},
        {"km", "公里"}, {"cm", "厘米"}, {"mm", "毫米"}, {"dm", "分米"}, {"nm", "纳米"}, {"μm", "微米"},
        {"um", "微米"}, {"mi", "英里"}, {"ft", "英尺"}, {"yd", "码"},
        {"kg", "千克"}, {"mg", "毫克"}, {"μg", "微克"}, {"ug", "微克"}, {"lbs", "磅"}, {"lb", "磅"},
        {"oz", "盎司"}, {"ml", "毫升"}, {"cc", "毫升"},
        {"ms", "毫秒"}, {"μs", "微秒"}, {"us", "微秒"}, {"ns", "纳秒"}, {"min", "分钟"}, {"mins", "分钟"},
        {"hrs", "小时"}, {"hr", "小时"}, {"sec", "秒"},
        {"kw·h", "千瓦时"}, {"kwh", "千瓦时"}, {"kw", "千瓦"}, {"mw", "毫瓦"}, {"gw", "吉瓦"}, {"mah", "毫安时"}, {"ma", "毫安"},
        {"mv", "毫伏"}, {"kv", "千伏"}, {"ghz", "吉赫兹"}, {"mhz", "兆赫兹"}, {"khz", "千赫兹"},
        {"hz", "赫兹"}, {"db", "分贝"}, {"kcal", "千卡"}, {"kpa", "千帕"}, {"mpa", "兆帕"}, {"hpa", "百帕"},
        {"pa", "帕"}, {"mol", "摩尔"}, {"mmol", "毫摩尔"}, {"μmol", "微摩尔"}, {"umol", "微摩尔"},
        {"mmhg", "毫米汞柱"}, {"fps", "帧每秒"}, {"dl", "分升"}, {"ha", "公顷"}, {"tb", "T"}, {"gb", "G"}, {"mb", "兆"},
        {"kb", "K"}, {"°c", "摄氏度"}, {"ºc", "摄氏度"}, {"℃", "摄氏度"}, {"°f", "华氏度"}, {"℉", "华氏度"},
        {"°", "度"}, {"º", "度"}, {"n·m", "牛米"}, {"n.m", "牛米"},
        {"kΩ", "千欧"}, {"Ω", "欧姆"},
        // Latitude and longitude: 40°N = 北纬四十度.
        {"°n", "度", "北纬"}, {"°s", "度", "南纬"}, {"°e", "度", "东经"}, {"°w", "度", "西经"},
    };
    /** Case-sensitive one-letter units. */
    private static final String[][] SINGLE = {
        {"m", "米"}, {"g", "克"}, {"s", "秒"}, {"h", "小时"}, {"t", "吨"}, {"L", "升"}, {"l", "升"},
        {"W", "瓦"}, {"V", "伏"}, {"A", "安"},
    };
    private static final Map<String, String> PER = Map.ofEntries(
            Map.entry("h", "小时"), Map.entry("s", "秒"), Map.entry("min", "分钟"), Map.entry("d", "天"),
            Map.entry("km", "公里"), Map.entry("100km", "百公里"), Map.entry("m", "米"), Map.entry("kg", "千克"), Map.entry("ml", "毫升"),
            Map.entry("l", "升"), Map.entry("L", "升"), Map.entry("g", "克"), Map.entry("mg", "毫克"),
            Map.entry("mL", "毫升"), Map.entry("dL", "分升"), Map.entry("dl", "分升"), Map.entry("m³", "立方米"), Map.entry("m3", "立方米"),
            Map.entry("m²", "平方米"), Map.entry("m2", "平方米"), Map.entry("cm³", "立方厘米"),
            Map.entry("cm3", "立方厘米"), Map.entry("cm²", "平方厘米"), Map.entry("cm2", "平方厘米"));

    private static final Map<String, String[]> BY_KEY = new HashMap<>();

    /** The reading of a per-unit matched by {@link #PER_RE} (km = 公里, m² = 平方米). */
    static String perReading(String per) {
        return PER.get(per);
    }
    /** The unit alternation (longest first), shared with the power pattern of MathSymbolEP. */
    static final String UNIT_RE;
    /** The per-unit after a slash. */
    static final String PER_RE = "100km|h|s|min|d|km|cm[²³23]|m[²³23]|m|kg|mg|g|ml|mL|dL|dl|l|L";

    static {
        List<String> alts = new ArrayList<>();
        for (String[] u : UNITS) {
            BY_KEY.put(u[0], u);
            alts.add(u[0]);
        }
        for (String[] u : SINGLE) {
            BY_KEY.put(u[0], u);
        }
        alts.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder unitRe = new StringBuilder("(?i:");
        for (int i = 0; i < alts.size(); i++) {
            unitRe.append(i > 0 ? "|" : "").append(Pattern.quote(alts.get(i)));
        }
        unitRe.append(")|[mgshtLlWVA]");
        UNIT_RE = unitRe.toString();
    }

    MeasureEP(NumberVerbalizer nv) {
        super(nv,
                "(?:(?<![0-9A-Za-z)\\]年月日号点分秒%℃°²³])(?<![0-9][时万亿千百])([-+]))?(?<![0-9.])(\\d{1,3}(?:,\\d{3})+|\\d{1,16})(?:\\.(\\d{1,12}))?"
                        + "([kKwW](?=\\s?[A-Za-z°℃])|万亿|亿|万)??\\s?(" + UNIT_RE + ")"
                        + "(?:/(" + PER_RE + ")(?![A-Za-z0-9²³]))?"
                        + "(?:(?![A-Za-z0-9²³])|(?<=V)(?=\\d{1,2}(?:\\.\\d{1,2})?A(?![A-Za-z0-9])))");
    }

    private static String[] unit(String unitWritten) {
        String[] u = BY_KEY.get(unitWritten.length() == 1 ? unitWritten : unitWritten.toLowerCase());
        return u != null ? u : BY_KEY.get(unitWritten);
    }

    /**
     * The unit read after its number, per-unit last (米每秒): for a number that is itself an
     * expression (3×10^8m/s), where a leading 每秒 would split it. Null for an unknown unit.
     */
    static String suffixReading(String unitWritten, String perWritten) {
        String[] u = unit(unitWritten);
        if (u == null) {
            return null;
        }
        if (u.length > 2 && !u[2].startsWith("每")) {
            return null; // 40°N: a latitude, not a measure after a power
        }
        String per = perWritten != null ? "每" + PER.getOrDefault(perWritten, perWritten)
                : u.length > 2 ? u[2] : "";
        return u[1] + per; // km/h as one unit: 公里每小时
    }

    @Override
    public boolean mayStartWith(char c) {
        return c >= '0' && c <= '9' || c == '-' || c == '+';
    }

    @Override
    public String expand(Matcher m, String text) {
        String unitWritten = m.group(5);
        String[] u = unit(unitWritten);
        if (u == null) {
            return null;
        }
        if (unitWritten.length() == 1 && Character.isUpperCase(unitWritten.charAt(0)) && !unitWritten.equals("A")
                && m.start() > 0 && isLatinLetter(text.charAt(m.start() - 1))) {
            return null; // a model name: 奥迪A6L, 宝马X5M (L, M glued to a letter-number code are not units)
        }
        if (unitWritten.equals("W") && m.group(6) == null && m.end() < text.length() && text.charAt(m.end()) == '+') {
            return null; // 10W+ (月销10W+) is 十万加: W as the 万 scale letter, not watts
        }
        if (unitWritten.equals("A") && !(m.start() > 0 && text.charAt(m.start() - 1) == 'V')) {
            return null; // amperes only in a charger rating 5V2A; 3A景区, 5A级 are grades
        }
        if (unitWritten.equals("s") && m.group(3) == null && m.group(2).matches("[12]\\d{2}0")) {
            return null; // 1980s is a decade (ChineseDateEP), not seconds
        }
        String scale = m.group(4);
        boolean temperature = u[1].endsWith("氏度");
        String num;
        if (m.group(3) != null) {
            num = nv.decimal(m.group(2), m.group(3));
        } else if (scale != null || temperature) {
            // A temperature is a reading on a scale, not a count: 零下二摄氏度.
            num = nv.cardinal(m.group(2));
        } else {
            num = nv.quantity(m.group(2));
        }
        if (scale != null) {
            if (num.equals("二")) {
                num = "两"; // 2万km = 两万公里, as 20000 is read 两万
            }
            num += scale.length() > 1 || Context.isHan(scale.charAt(0)) ? scale
                    : Character.toLowerCase(scale.charAt(0)) == 'k' ? "千" : "万";
        }
        String sign = "";
        if ("-".equals(m.group(1))) {
            sign = temperature ? "零下" : "负";
        } else if ("+".equals(m.group(1))) {
            sign = temperature ? "零上" : "正";
        }
        if (sign.length() > 0 && !temperature && m.group(6) == null && u[1].equals("千克")
                && Context.followedBy(text, m.end(), List.of("级"))) {
            // Weight classes: -48kg级 = 四十八千克级, +100kg级 = 一百千克以上级 (the sign is no minus)
            return num + u[1] + ("正".equals(sign) ? "以上" : "");
        }
        String per = u.length > 2 ? u[2] : null;
        if (m.group(6) != null) {
            per = "每" + PER.getOrDefault(m.group(6), m.group(6));
        }
        return (per == null ? "" : per) + sign + num + u[1];
    }

    private static boolean isLatinLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }
}
