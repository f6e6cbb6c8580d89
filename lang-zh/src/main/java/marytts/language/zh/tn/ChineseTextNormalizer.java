package marytts.language.zh.tn;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mandarin (zh_CN) text normalization: written forms of numbers, dates, times, money, phone
 * numbers, units, fractions, ranges and math symbols become the Chinese characters a native
 * speaker reads aloud; Latin letters and English words are kept.
 *
 * <p>How it works:
 * <ol>
 * <li>Full-width ASCII (digits, letters, symbols such as ％ ： ＋ ．) is folded to half-width; Chinese
 * sentence punctuation (，。！？；（）) is kept. Minus and dash look-alikes become '-'.</li>
 * <li>The text is cut into pieces at line breaks and sentence ends (and, for very long runs, at a
 * safe boundary), so a failure in one piece never affects another: a piece whose expansion throws
 * is returned unchanged.</li>
 * <li>Each piece is scanned left to right. At a position that can start a pattern (digit, ASCII
 * letter, or symbol) the patterns are tried in the order of {@link #patterns}; the first that
 * matches there and does not decline wins. Text in between is copied unchanged.</li>
 * </ol>
 *
 * <p>Ambiguity is resolved by the order below and by context words, documented in each pattern:
 * a/b is a date only when zero-padded or near a date word (DateEP), a score after a team name and
 * a space (ScoreEP), else a fraction (FractionEP); a:b is a time when it is a valid clock time and
 * no score/ratio word is near, else a ratio (ScoreEP, TimeEP); a-b is a date, phone number, score
 * (after a team), subtraction (inside an arithmetic expression) or else a range (MathSymbolEP).
 *
 * <p>Thread-safe and immutable: patterns hold only compiled regexes and the shared
 * {@link NumberVerbalizer}; matchers are created per call. All regexes use bounded or possessive
 * look-arounds, so the scan is linear in practice.
 */
public final class ChineseTextNormalizer {

    /** Pieces longer than this are cut at a boundary where no pattern can run across. */
    private static final int MAX_PIECE = 2000;

    private final List<ExpansionPattern> patterns;

    private static final org.apache.logging.log4j.Logger LOG =
            org.apache.logging.log4j.LogManager.getLogger(ChineseTextNormalizer.class);
    private final java.util.concurrent.atomic.AtomicLong fallbacks = new java.util.concurrent.atomic.AtomicLong();

    public ChineseTextNormalizer() {
        this(new NumberVerbalizer());
    }

    public ChineseTextNormalizer(NumberVerbalizer numbers) {
        this.patterns = defaultPatterns(numbers);
    }

    /**
     * The patterns in priority order (earlier wins at the same position). Why this order:
     * <ol>
     * <li>UrlEmailEP first: the numbers inside www.12306.cn or abc@163.com are read digit by digit
     * and the letters kept, before any other rule cuts the address apart.</li>
     * <li>SerialCodeEP: long letter-digit identifiers (91310000MA1FL12345) are read digit by
     * digit before any number rule takes one of their digit groups as a quantity.</li>
     * <li>LetterToLetterEP: B2B before any digit rule sees the 2.</li>
     * <li>MoneyRangeEP, then MoneyEP, before CodeEP and CardinalEP: CNY1.25, US$5 and HK$10 start
     * with letters; in $10-20 the currency belongs to both amounts.</li>
     * <li>IpAddressEP before DateEP and VersionEP: four dotted parts are an address.</li>
     * <li>PhoneEP before DateEP and MathSymbolEP: 010-64035547 is neither a date nor a range; its
     * context-only branch declines quantities (12306个), so it can safely run this early.</li>
     * <li>BloodPressureEP before DateEP and FractionEP: 140/90mmHg and 血压120/80 are two
     * readings, not a fraction.</li>
     * <li>EventDateEP before DateEP and the decimal readings: 5·12 and 3.15晚会 are event names
     * said digit by digit.</li>
     * <li>NumberNameEP before the number readings: 985高校 and 996工作制 are names said digit by
     * digit. FigureNumberEP before DateEP, ScoreEP and MathSymbolEP: 图3-1 is a label (三杠一), not
     * a date, score, range or subtraction.</li>
     * <li>SciNotationEP before DateEP, ScoreEP and the cardinal: in 1e-5 the 1 is a mantissa and
     * the - a minus sign of the exponent, not a range.</li>
     * <li>DateEP before VersionEP, ScoreEP, FractionEP and CardinalEP: 2008.08.08, 08/08 and
     * 2008-08 are dates, not versions, fractions, decimals or ranges.</li>
     * <li>VersionEP and CodeEP: v2.0.1, 3.10.2 and A380 before the cardinal splits them.</li>
     * <li>LicensePlateEP before CodeEP and CardinalEP: 沪A·12345 is said digit by digit even with
     * the dot.</li>
     * <li>VideoResolutionEP before MeasureEP and CardinalEP: 1080P is a format name, said digit
     * by digit.</li>
     * <li>ScoreEP before TimeEP and FractionEP: 比分 3:15, 中国1-2, 拉齐奥 2/2.</li>
     * <li>TimeEP: remaining valid a:b(:c).</li>
     * <li>PercentEP and MeasureEP before FractionEP and CardinalEP: the sign or unit after the
     * number changes the whole reading (百分之…, 零下…摄氏度, 每小时…公里); TemperatureRangeEP
     * then reads the negative first end of -10~5℃ as 零下十 before the cardinal says 负十.</li>
     * <li>VulgarFractionEP and FractionEP: ½ and 1½ before the cardinal claims the 1; remaining
     * a/b.</li>
     * <li>ChineseDateEP and OrdinalEP before CardinalEP: 2024年 is read digit by digit, 2月 and
     * 第2 with 二, not 两.</li>
     * <li>CardinalEP: every remaining digit run.</li>
     * <li>MathSymbolEP last: operators are read after their operands were claimed, so a '-' that
     * is part of a date, phone number, score or negative number never reaches it.</li>
     * </ol>
     */
    static List<ExpansionPattern> defaultPatterns(NumberVerbalizer nv) {
        return List.of(
                new UrlEmailEP(nv),
                new CompoundDurationEP(nv),
                new SerialCodeEP(nv),
                new LetterToLetterEP(),
                new MoneyRangeEP(nv),
                new MoneyEP(nv),
                new IpAddressEP(nv),
                new PhoneEP(nv),
                new BloodPressureEP(nv),
                new EventDateEP(nv),
                new NumberNameEP(nv),
                new FigureNumberEP(nv),
                new SciNotationEP(nv),
                new DateEP(nv),
                new VersionEP(nv),
                new LicensePlateEP(nv),
                new CodeEP(nv),
                new VideoResolutionEP(nv),
                new ScoreEP(nv),
                new ArcMinuteEP(nv),
                new TimeEP(nv),
                new PercentEP(nv),
                new MeasureEP(nv),
                new TemperatureRangeEP(nv),
                new VulgarFractionEP(nv),
                new FractionEP(nv),
                new ChineseDateEP(nv),
                new OrdinalEP(nv),
                new CardinalEP(nv),
                new MathSymbolEP(nv));
    }

    /** The patterns in priority order (read-only). */
    public List<ExpansionPattern> patterns() {
        return patterns;
    }

    /**
     * How many pieces of text were kept as written because a pattern failed on them. Each is logged
     * at WARN: such a failure is a bug in a pattern, which would otherwise show only as text left
     * unexpanded (a first version of a superscript rule turned 2&lt;=4 back into itself this way).
     */
    public long fallbacks() {
        return fallbacks.get();
    }

    private void fellBack(String piece, Throwable e) {
        fallbacks.incrementAndGet();
        String shown = piece.length() > 80 ? piece.substring(0, 80) + "..." : piece;
        LOG.warn("text normalization failed on \"{}\" ({}); the piece is kept as written", shown, e.toString());
    }

    /**
     * Returns the spoken form of {@code text}. Never throws; {@code null} gives "". Line breaks are
     * kept, so one input line gives one output line.
     */
    public String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String folded;
        try {
            folded = fold(text);
        } catch (RuntimeException e) {
            fellBack(text, e);
            folded = text;
        }
        if (folded.indexOf('%') >= 0) {
            // 三十% = 百分之三十: a percent sign after a number already written in Han numerals
            folded = HAN_PERCENT.matcher(folded).replaceAll("百分之$1");
        }
        StringBuilder out = new StringBuilder(folded.length() + folded.length() / 2);
        int start = 0;
        int n = folded.length();
        while (start < n) {
            int end = pieceEnd(folded, start);
            String piece = folded.substring(start, end);
            try {
                out.append(normalizePiece(piece));
            } catch (RuntimeException | StackOverflowError e) {
                fellBack(piece, e);
                out.append(piece);
            }
            start = end;
        }
        return out.toString();
    }

    private String normalizePiece(String s) {
        int n = s.length();
        Matcher[] matchers = new Matcher[patterns.size()];
        StringBuilder sb = new StringBuilder(n + 16);
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (!isTrigger(c)) {
                sb.append(c);
                i++;
                continue;
            }
            boolean done = false;
            for (int k = 0; k < matchers.length && !done; k++) {
                if (!patterns.get(k).mayStartWith(c)) {
                    continue;
                }
                Matcher m = matchers[k];
                if (m == null) {
                    m = patterns.get(k).pattern().matcher(s);
                    m.useTransparentBounds(true);
                    m.useAnchoringBounds(false);
                    matchers[k] = m;
                }
                m.region(i, n);
                if (m.lookingAt() && m.end() > i) {
                    String r = patterns.get(k).expand(m, s);
                    if (r != null) {
                        sb.append(r);
                        i = m.end();
                        done = true;
                    }
                }
            }
            if (!done) {
                if (isAsciiLetter(c)) {
                    // No pattern starts inside a Latin word: copy the whole word.
                    int j = i;
                    while (j < n && isAsciiLetter(s.charAt(j))) {
                        j++;
                    }
                    sb.append(s, i, j);
                    i = j;
                } else {
                    sb.append(c);
                    i++;
                }
            }
        }
        return sb.toString();
    }

    private static boolean isTrigger(char c) {
        return c >= '0' && c <= '9' || isAsciiLetter(c) || c < 128 && "+-=<>*~^/$(|".indexOf(c) >= 0
                || c >= 128 && ("±×÷≤≥≈≠²³⁰¹⁴⁵⁶⁷⁸⁹⁻√¥€£₩₹₽฿～∠△∞∵∴⊥∥".indexOf(c) >= 0 || VulgarFractionEP.CHARS.indexOf(c) >= 0);
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** End of the piece starting at {@code start}: after a line break or sentence end. */
    private static int pieceEnd(String s, int start) {
        int n = s.length();
        int limit = Math.min(n, start + MAX_PIECE);
        for (int i = start; i < limit; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '。' || c == '！' || c == '？' || c == '；') {
                return i + 1;
            }
        }
        if (limit == n) {
            return n;
        }
        // Long run without sentence ends: cut before a Han character or whitespace if one is near.
        for (int i = limit; i < Math.min(n, limit + 200); i++) {
            char c = s.charAt(i);
            if (Context.isHan(c) || Character.isWhitespace(c)) {
                return i;
            }
        }
        return limit;
    }

    /**
     * CJK compatibility unit signs (one character each: ㎡ ㎏ ㎞ ...) spelled out as the Latin units
     * the unit table knows (m², kg, km); circled numbers ① .. ⑳ as plain numbers.
     */
    private static final String[][] SQUARE_UNITS = {
        {"㎡", "m²"}, {"㎥", "m³"}, {"㎢", "km²"}, {"㎠", "cm²"}, {"㎟", "mm²"}, {"㎤", "cm³"}, {"㎦", "km³"},
        {"㎏", "kg"}, {"㎎", "mg"}, {"㎍", "μg"}, {"㎞", "km"}, {"㎝", "cm"}, {"㎜", "mm"}, {"㎚", "nm"},
        {"㎛", "μm"}, {"㎖", "ml"}, {"㎗", "dl"}, {"㏄", "cc"}, {"ℓ", "l"}, {"㎾", "kW"}, {"㎽", "mW"},
        {"㎿", "MW"}, {"㎐", "Hz"}, {"㎑", "kHz"}, {"㎒", "MHz"}, {"㎓", "GHz"}, {"㎳", "ms"}, {"㏈", "dB"},
        {"㎉", "kcal"}, {"㎸", "kV"}, {"㎷", "mV"}, {"㎃", "mA"}, {"㎅", "KB"}, {"㎆", "MB"}, {"㎇", "GB"},
        {"㎧", "m/s"}, {"㎨", "m/s²"}, {"㏊", "ha"}, {"㎪", "kPa"}, {"㎫", "MPa"}, {"㎩", "Pa"}, {"㏖", "mol"},
    };

    private static final String[] ROMAN = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};

    private static final Pattern HAN_PERCENT = Pattern.compile(
            "(?<![之零一二两三四五六七八九十百千点])([零一二两三四五六七八九十百千]+(?:点[零一二三四五六七八九]+)?)%");

    private static String spellSquareUnits(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String r = null;
            if (c >= '\u2460' && c <= '\u2473') {
                r = Integer.toString(c - '\u2460' + 1); // circled ① .. ⑳
                if (i + 1 < text.length() && (Character.isDigit(text.charAt(i + 1))
                        || text.charAt(i + 1) >= '\u2460' && text.charAt(i + 1) <= '\u2473')) {
                    r += " "; // ①② are two numbers, not 12
                }
            } else if (c >= '\u2160' && c <= '\u216B' || c >= '\u2170' && c <= '\u217B') {
                // Roman numeral signs Ⅰ .. Ⅻ (Ⅲ期, 第Ⅱ卷) are read as Han numerals, never 两
                r = ROMAN[(c >= '\u2170' ? c - '\u2170' : c - '\u2160')];
            } else if (c >= '\u3380' && c <= '\u33DF' || c == '\u2113') {
                for (String[] u : SQUARE_UNITS) {
                    if (u[0].charAt(0) == c) {
                        r = u[1];
                        break;
                    }
                }
            }
            if (r != null && sb == null) {
                sb = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (sb != null) {
                if (r != null) {
                    sb.append(r);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** Full-width ASCII to half-width (keeping Chinese sentence punctuation), dash look-alikes to '-'. */
    static String fold(String input) {
        String text = spellSquareUnits(input);
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char r = c;
            if ((c == '#' || c == '＃') && i > 0 && isDigitLike(text.charAt(i - 1))
                    && (i + 1 == text.length() || Context.isHan(text.charAt(i + 1)))) {
                r = '号'; // 1#楼 = 一号楼, 3#机组: the number sign after a number
            } else if (c >= '\uFF01' && c <= '\uFF5E' && "，。！？；（）：".indexOf(c) < 0) {
                r = (char) (c - 0xFEE0);
            } else if (c == '：' && i > 0 && i + 1 < text.length() && isDigitLike(text.charAt(i - 1))
                    && isDigitLike(text.charAt(i + 1))) {
                r = ':';
            } else if (c == '\uFFE5') {
                r = '¥';
            } else if (c == '\uFFE1') {
                r = '£';
            } else if (c == '\u2212' || c == '\u2013' || c == '\uFE63') {
                r = '-';
            } else if ((c == '\u2014' || c == '\u2015') && (betweenDigits(text, i) || afterUnitBeforeDigit(text, i)
                    || afterDigitBeforeDayPart(text, i))) {
                // An em dash between numbers is a range (2020—2022年), also after a date or time word
                // (11月1日—3日, 8时—18时) or before a day-part word and a time (9:00—下午5:00);
                // elsewhere it is punctuation.
                r = '-';
            } else if (c == '，' && betweenDigits(text, i) && thousandsGroupFollows(text, i + 1)) {
                // Full-width thousands separator (１，０００).
                r = ',';
            } else if (c >= '\u2080' && c <= '\u2089') {
                r = (char) ('0' + (c - '\u2080')); // subscript digits: CO₂ = CO2, H₂O
            } else if (c == '\u3007') {
                r = '零'; // 〇 (二〇二三年, 九〇后) is read 零
            } else if (c == '\u00B5') {
                r = '\u03BC'; // micro sign to Greek mu, as the unit table writes μg, μm
            } else if (c == '\u2236') {
                r = ':';
            } else if (c == '\uFF5E' || c == '\u301C') {
                r = '~';
            }
            if (r != c) {
                if (sb == null) {
                    sb = new StringBuilder(text);
                }
                sb.setCharAt(i, r);
            }
        }
        return sb == null ? text : sb.toString();
    }

    private static final Pattern DAY_PART_TIME = Pattern.compile(MathSymbolEP.NEXT_DAY + "[0-9０-９]");

    private static boolean afterDigitBeforeDayPart(String text, int i) {
        return i > 0 && isDigitLike(text.charAt(i - 1))
                && DAY_PART_TIME.matcher(text).region(i + 1, text.length()).lookingAt();
    }

    private static boolean afterUnitBeforeDigit(String text, int i) {
        return i > 0 && i + 1 < text.length() && "年月日号时点分秒℃%万亿".indexOf(text.charAt(i - 1)) >= 0
                && i >= 2 && isDigitLike(text.charAt(i - 2)) && isDigitLike(text.charAt(i + 1));
    }

    private static boolean betweenDigits(String text, int i) {
        return i > 0 && i + 1 < text.length() && isDigitLike(text.charAt(i - 1)) && isDigitLike(text.charAt(i + 1));
    }

    /** Exactly three digits start at {@code i} (not a fourth). */
    private static boolean thousandsGroupFollows(String text, int i) {
        for (int k = i; k < i + 3; k++) {
            if (k >= text.length() || !isDigitLike(text.charAt(k))) {
                return false;
            }
        }
        return i + 3 >= text.length() || !isDigitLike(text.charAt(i + 3));
    }

    private static boolean isDigitLike(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }
}
