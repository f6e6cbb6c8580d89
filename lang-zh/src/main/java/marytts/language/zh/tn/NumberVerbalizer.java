package marytts.language.zh.tn;

/**
 * Reads digit strings as Chinese numerals. Immutable and thread-safe; one instance is shared by
 * all patterns of a {@link ChineseTextNormalizer} (injected, never reached through statics).
 *
 * <p>Reading rules:
 * <ul>
 * <li>Cardinals are grouped by 万 and 亿 (10^4, 10^8, recursively: 10^12 = 一万亿, 10^16 = 一亿亿).
 * A single 零 stands for any run of zeros between two non-zero digits of a group, and a lower group
 * that does not fill its four places gets a leading 零 (10001 = 一万零一, 101111 = 十万一千一百一十一).
 * A leading 一十 is read 十 (10 = 十, 110000 = 十一万), inside a number it stays (1011 = 一千零一十一).</li>
 * <li>两 vs 二: a leading 2 directly before 百, 千, 万 or 亿 is read 两 (200 = 两百, 2万 = 两万);
 * the number 2 alone is 二 unless the caller reads it as a quantity before a measure word
 * ({@link #quantity}). Digit-by-digit readings, decimals after the point and ordinals use 二.</li>
 * <li>Integers longer than {@value #MAX_CARDINAL_DIGITS} digits, and integers with a leading zero,
 * are read digit by digit.</li>
 * </ul>
 */
public final class NumberVerbalizer {

    /** Longest integer read as a cardinal; longer ones are read digit by digit. */
    public static final int MAX_CARDINAL_DIGITS = 16;

    private static final String DIGITS = "零一二三四五六七八九";
    private static final String[] SMALL_UNITS = {"", "十", "百", "千"};

    /**
     * Every digit of {@code s} read digit by digit (1 as 幺 if {@code yao}), everything else kept in
     * place: plates and serial codes such as 沪A12345.
     */
    public String digitsKeepingTheRest(CharSequence s, boolean yao) {
        StringBuilder sb = new StringBuilder(s.length() * 2);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                sb.append(digits(String.valueOf(c), yao));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Digit by digit, 1 read 一 (or 幺 if {@code yao}); non-digits are dropped. */
    public String digits(CharSequence s, boolean yao) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(yao && c == '1' ? '幺' : DIGITS.charAt(c - '0'));
            }
        }
        return sb.toString();
    }

    /** Digit by digit with 一 for 1. */
    public String digits(CharSequence s) {
        return digits(s, false);
    }

    /**
     * Cardinal reading of an unsigned integer written with ASCII digits (commas are ignored).
     * Leading 2 before 百/千/万/亿 becomes 两.
     */
    public String cardinal(String raw) {
        String d = stripCommas(raw);
        if (d.isEmpty()) {
            return "";
        }
        if (d.length() > 1 && d.charAt(0) == '0') {
            return digits(d);
        }
        if (d.length() > MAX_CARDINAL_DIGITS) {
            return digits(d);
        }
        long n = Long.parseLong(d);
        if (n == 0) {
            return "零";
        }
        String s = read(n);
        if (s.startsWith("一十")) {
            s = s.substring(1);
        }
        if (s.length() > 1 && s.charAt(0) == '二' && "百千万亿".indexOf(s.charAt(1)) >= 0) {
            s = "两" + s.substring(1);
        }
        return s;
    }

    /** Like {@link #cardinal} but the number 2 on its own is read 两 (before a measure word). */
    public String quantity(String raw) {
        String d = stripCommas(raw);
        if (d.equals("2")) {
            return "两";
        }
        return cardinal(d);
    }

    /** Cardinal reading where 2 before 百/千/万/亿 stays 二 (ordinals: 第两百 is wrong). */
    public String ordinal(String raw) {
        String s = cardinal(raw);
        return s.startsWith("两") ? "二" + s.substring(1) : s;
    }

    /**
     * A decimal number: integer part as cardinal, fraction digit by digit after 点.
     *
     * @param intPart digits before the point (may be empty = 0)
     * @param fracPart digits after the point, or null/empty for an integer
     */
    public String decimal(String intPart, String fracPart) {
        String i = intPart == null || intPart.isEmpty() ? "零" : cardinal(intPart);
        if (fracPart == null || fracPart.isEmpty()) {
            return i;
        }
        return i + "点" + digits(fracPart);
    }

    /** Parses an optional sign, integer part (with commas) and decimal part: "-1,234.50". */
    public String number(String written) {
        String s = written.trim();
        String sign = "";
        if (s.startsWith("-") || s.startsWith("−")) {
            sign = "负";
            s = s.substring(1);
        } else if (s.startsWith("+")) {
            sign = "正";
            s = s.substring(1);
        }
        int dot = s.indexOf('.');
        if (dot < 0) {
            return sign + cardinal(s);
        }
        return sign + decimal(s.substring(0, dot), s.substring(dot + 1));
    }

    private static String stripCommas(String raw) {
        return raw.indexOf(',') >= 0 ? raw.replace(",", "") : raw;
    }

    /** n >= 1. */
    private String read(long n) {
        if (n >= 100_000_000L) {
            return split(n, 100_000_000L, "亿");
        }
        if (n >= 10_000L) {
            return split(n, 10_000L, "万");
        }
        return section((int) n);
    }

    private String split(long n, long unit, String unitName) {
        long hi = n / unit;
        long lo = n % unit;
        StringBuilder sb = new StringBuilder(read(hi)).append(unitName);
        if (lo > 0) {
            if (lo < unit / 10) {
                sb.append('零');
            }
            sb.append(read(lo));
        }
        return sb.toString();
    }

    /** 1..9999. */
    private String section(int n) {
        StringBuilder sb = new StringBuilder();
        boolean pendingZero = false;
        for (int place = 3; place >= 0; place--) {
            int p = (int) Math.pow(10, place);
            int digit = (n / p) % 10;
            if (digit == 0) {
                if (sb.length() > 0) {
                    pendingZero = true;
                }
                continue;
            }
            if (pendingZero) {
                sb.append('零');
                pendingZero = false;
            }
            sb.append(DIGITS.charAt(digit)).append(SMALL_UNITS[place]);
        }
        return sb.toString();
    }
}
