package marytts.language.zh.tn;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Amounts with a currency symbol or ISO code: ¥12.50, $3, US$5, HK$10, €2, CNY 1.25, 100USD,
 * $3亿, and a symbol written after the amount (1.25$, 100€). The amount is read as a number (decimals digit by digit after 点, as in 一点二五元; a lone
 * 2 is 两: 两美元), then any 万/亿 multiplier, then the currency name (¥/￥ → 元, CNY/RMB →
 * 人民币). English scale words after a symbol amount multiply it ($1.5 million = 一百五十万美元, $5M,
 * $3bn); a currency word written after the symbol amount as well is said once (￥1000元 = 一千元).
 * Amounts followed by a Chinese currency word (12.5元) need no rule here: the cardinal
 * pattern reads them and leaves 元 in place.
 */
final class MoneyEP extends NumberPattern {

    static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("$", "美元"), Map.entry("US$", "美元"), Map.entry("HK$", "港元"),
            Map.entry("A$", "澳元"), Map.entry("C$", "加元"), Map.entry("NT$", "新台币"),
            Map.entry("S$", "新加坡元"), Map.entry("R$", "巴西雷亚尔"), Map.entry("J¥", "日元"), Map.entry("JP¥", "日元"),
            Map.entry("¥", "元"), Map.entry("€", "欧元"), Map.entry("£", "英镑"),
            Map.entry("₩", "韩元"), Map.entry("₹", "印度卢比"), Map.entry("₽", "卢布"), Map.entry("฿", "泰铢"),
            Map.entry("CNY", "人民币"), Map.entry("RMB", "人民币"), Map.entry("USD", "美元"),
            Map.entry("HKD", "港元"), Map.entry("AUD", "澳元"), Map.entry("CAD", "加元"),
            Map.entry("EUR", "欧元"), Map.entry("GBP", "英镑"), Map.entry("JPY", "日元"),
            Map.entry("KRW", "韩元"), Map.entry("SGD", "新加坡元"), Map.entry("TWD", "新台币"),
            Map.entry("CHF", "瑞士法郎"), Map.entry("INR", "印度卢比"), Map.entry("RUB", "卢布"),
            Map.entry("THB", "泰铢"));

    static final String CODES = "US\\$|HK\\$|A\\$|C\\$|NT\\$|S\\$|R\\$|JP¥|J¥|CNY|RMB|USD|HKD|AUD|CAD|EUR|GBP"
            + "|JPY|KRW|SGD|TWD|CHF|INR|RUB|THB";
    static final String AMOUNT = "(\\d{1,3}(?:,\\d{3})+|\\d{1,16})(?:\\.(\\d{1,12}))?";
    static final String MULT = "(?:\\s?(万亿|千万|百万|亿|万|千|百))?";

    /** Latin units after a slash: ¥12.8/kg = 十二点八元每千克. Han units (元/斤) need no rule. */
    private static final Map<String, String> PER = Map.ofEntries(
            Map.entry("kg", "千克"), Map.entry("g", "克"), Map.entry("t", "吨"), Map.entry("km", "公里"),
            Map.entry("m", "米"), Map.entry("m²", "平方米"), Map.entry("m2", "平方米"), Map.entry("m³", "立方米"),
            Map.entry("m3", "立方米"), Map.entry("ml", "毫升"), Map.entry("L", "升"), Map.entry("l", "升"),
            Map.entry("h", "小时"), Map.entry("min", "分钟"), Map.entry("s", "秒"), Map.entry("d", "天"),
            Map.entry("lb", "磅"), Map.entry("oz", "盎司"), Map.entry("kWh", "千瓦时"), Map.entry("kwh", "千瓦时"));
    private static final String PER_RE = "(?:/(kWh|kwh|kg|km|ml|min|lb|oz|m[²³23]|[gtmLlhsd])(?![A-Za-z0-9²³]))?";

    /** English scale words after a symbol amount: $1.5 million, $3.2bn, $5M, $20K (letters glued on). */
    private static final String SCALE = "(?:(\\s?(?:million|billion|trillion)|mn|bn|[mMbBkK])(?![A-Za-z0-9]))?";
    private static final Map<String, Integer> SCALES = Map.of(
            "million", 6, "mn", 6, "m", 6, "billion", 9, "bn", 9, "b", 9, "trillion", 12, "k", 3);
    /** A currency word written after a symbol amount as well (￥1000元): said once. */
    private static final String WORD = "(元|块|美元|欧元|英镑|日元|港元|港币|韩元|澳元|加元|卢布|人民币)?";

    MoneyEP(NumberVerbalizer nv) {
        super(nv,
                "(?<![A-Za-z])(?:(?<![0-9])(-))?(" + CODES + "|[$¥€£₩₹₽฿])\\s?" + AMOUNT + MULT + PER_RE + SCALE + WORD
                        + "|(?<![0-9.])" + AMOUNT + MULT + "(\\s?(?:" + CODES + ")(?![A-Za-z])|[$€£¥₩](?!\\s?\\d))");
    }

    @Override
    public String expand(Matcher m, String text) {
        boolean prefixed = m.group(2) != null;
        String code = prefixed ? m.group(2) : m.group(12).trim();
        String intPart = prefixed ? m.group(3) : m.group(9);
        String frac = prefixed ? m.group(4) : m.group(10);
        String mult = prefixed ? m.group(5) : m.group(11);
        String per = prefixed && m.group(6) != null ? "每" + PER.get(m.group(6)) : "";
        String scale = prefixed && m.group(7) != null ? m.group(7).trim() : null;
        String word = prefixed ? m.group(8) : null;
        String name = NAMES.get(code);
        if (name == null) {
            return null;
        }
        if (word != null) {
            name = word; // ￥1000元 = 一千元, not 一千元元
        }
        if (frac != null && frac.matches("0+")) {
            frac = null; // ￥3,500.00 = 三千五百元: whole units, the zero cents are not read
        }
        String amount = frac == null ? nv.quantity(intPart) : nv.decimal(intPart, frac);
        if (scale != null) {
            if (mult != null || !per.isEmpty()) {
                return null;
            }
            BigDecimal v = new BigDecimal(intPart.replace(",", "") + (frac == null ? "" : "." + frac))
                    .movePointRight(SCALES.get(scale.toLowerCase()));
            if (v.scale() > 0 && v.stripTrailingZeros().scale() > 0 || v.precision() > 16) {
                return null;
            }
            amount = nv.quantity(v.toBigInteger().toString()); // $1.5 million = 一百五十万美元
        }
        String sign = prefixed && m.group(1) != null ? "负" : "";
        return sign + amount + (mult == null ? "" : mult) + name + per;
    }
}
