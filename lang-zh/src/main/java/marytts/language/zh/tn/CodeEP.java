package marytts.language.zh.tn;

import java.util.regex.Matcher;

/**
 * Codes made of capital letters and three or more digits (flight MU5735, train G1234, aircraft
 * A380, C919; not a ranking TOP100), also with a space after two to four capitals when no count
 * word follows (显卡RTX 4090, HTTP 404; not ATM 500元) or exactly three digits after a capitalised
 * product word that does not continue an English phrase (Office 365, Xbox 360, Boeing 747; not
 * Top 100, Fortune 500), processor models with a hyphen (i7-13700K, R7-7840HS), and lower-case letters glued to three or
 * more digits (密码abc123): letters stay Latin, digits are read one by one with 1 as 幺. Shorter digit parts
 * (G20, F1) are left to the cardinal pattern. Standard numbers after a standards body (ISO 9001,
 * GB/T 19001-2016) are read digit by digit at any length, with the year after - or :. Protection
 * ratings IP68, IPX7 are two separate digits. ITU-T recommendation numbers (H.264, G.711: one
 * letter of the series, a point, three digits) are read with 点 and digit by digit, and so are
 * book and serial numbers after ISBN/ISSN (hyphens not read). Indicator abbreviations (AQI, CPI,
 * BMI ...) are followed by a value, which the cardinal pattern reads (AQI 156 = AQI一百五十六).
 */
final class CodeEP extends NumberPattern {

    /** Standards bodies whose numbers are read digit by digit (ISO 9001, GB/T 19001-2016). */
    private static final String STANDARDS = "ISO|IEC|GB/T|GB|GJB|IEEE|RFC|ASTM|DIN|JIS|EN";
    /** Count words after a number: then a spaced "word 123" is a quantity, not a model (ATM 500元). */
    private static final String COUNT_WORDS = "元块个人万亿千百%％次年月日号岁";
    /**
     * Indicator abbreviations whose number is a value, not a model (AQI 156 = AQI一百五十六,
     * CPI 102, BMI 24): never read as a code.
     */
    private static final String METRICS = "AQI|CPI|PPI|PMI|GDP|GNP|BMI|KPI|IQ|EQ|FPS|DPI|PPM|RPM|ROE|ROI|DAU|MAU|SPF";

    CodeEP(NumberVerbalizer nv) {
        super(nv, "(?<![A-Za-z0-9])(?:(?!TOP|(?:" + METRICS + ")\\s?\\d)([A-Z]{1,3}-?|(?!(?:" + STANDARDS + "|ISBN|ISSN) )[A-Z]{2,4} (?=\\d{3,4}(?!\\s?[0-9"
                + COUNT_WORDS + "]))"
                + "|(?<![A-Za-z,] )(?!(?:Top|Level|Page|Vol|Room|Fortune|Lot|Day|Days|Chapter|Section|Part|Step|Episode|Season|Week|Year|Number|Item|Gate|Line|Bus|Route|Floor|Unit|Total|Only|About|Over|Under|Just) )[A-Z][a-z]{2,9} (?=\\d{3}(?![0-9]|\\.\\d|\\s?[0-9A-Za-z"
                + COUNT_WORDS + "]))"
                + "|[a-z][A-Za-z]+(?=\\d{3,20}(?![A-Za-z])))(\\d{3,20}(?:-\\d{2,8}(?![A-Za-z]))*)(?![0-9]|\\.\\d)"
                + "|(" + STANDARDS + ")[\\s-]?(\\d{1,6})(?:[-:](\\d{4}))?(?![0-9]|\\.\\d)"
                + "|(IP)([0-9X]{2})(?![0-9A-Za-z.])"
                + "|([HGVTXQ])\\.(\\d{3})(?![0-9]|\\.\\d)"
                + "|(ISBN|ISSN)(?:-1[03])?[:：]?\\s?(\\d[\\d-]{6,15}[\\dXx])(?![0-9A-Za-z])"
                + "|([A-Za-z]{1,2})(\\d)-(\\d{4,5})([A-Z]{1,3})(?![A-Za-z0-9]))");
    }

    @Override
    public boolean mayStartWith(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    @Override
    public String expand(Matcher m, String text) {
        if (m.group(12) != null) {
            // Processor models: i7-13700K = i七幺三七零零K, R7-7840HS (series, then the model number
            // digit by digit; the hyphen is not read and is no range).
            return m.group(12) + nv.digits(m.group(13)) + nv.digits(m.group(14), true) + m.group(15);
        }
        if (m.group(10) != null) {
            // ISBN 978-7-111-12345-6: digit by digit, the hyphens not read, a final X kept.
            return m.group(10) + nv.digitsKeepingTheRest(m.group(11).replace("-", ""), true);
        }
        if (m.group(8) != null) {
            // ITU-T recommendations and codecs: H.264 = H点二六四, G.711 = G点七幺幺.
            return m.group(8) + "点" + nv.digits(m.group(9), true);
        }
        if (m.group(6) != null) {
            // Ingress protection ratings: IP68 = IP六八 (two separate digits, X kept).
            StringBuilder sb = new StringBuilder("IP");
            for (char c : m.group(7).toCharArray()) {
                sb.append(c == 'X' ? "X" : nv.digits(String.valueOf(c)));
            }
            return sb.toString();
        }
        if (m.group(3) != null) {
            // Standards: ISO 9001, GB/T 19001-2016 (number and year digit by digit).
            return m.group(3) + nv.digits(m.group(4), true) + (m.group(5) == null ? "" : nv.digits(m.group(5)));
        }
        // MU5735, A-380 (the hyphen is not read), RTX 4090, abc123, HT-2024-001 (further hyphenated
        // digit groups belong to the code): letters kept, digits one by one
        return m.group(1).replace("-", "") + nv.digits(m.group(2).replace("-", ""), true);
    }
}
