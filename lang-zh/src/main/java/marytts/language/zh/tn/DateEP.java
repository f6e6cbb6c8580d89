package marytts.language.zh.tn;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Numeric dates with -, / or . separators. Years are read digit by digit (二零二四年), months and
 * days as cardinals (三月五日). Accepted shapes, all validated (month 1-12, day 1-31, year
 * 1000-2999; 2024-13-45 is not a date and falls through to the other patterns):
 * <ul>
 * <li>yyyy-m-d, yyyy/m/d, yyyy.mm.dd;</li>
 * <li>dd-mm-yyyy (day first, the common non-US order; years 1900-2099 only; a first part above
 * 12 is always the day, a second part above 12 makes the order month-day);</li>
 * <li>yyyy-mm and mm-yyyy (month with two digits: 2008-08, 08/2008; with a point only for years
 * 1900-2099, as 1000.01 is a decimal);</li>
 * <li>ranges of year-months with the same separator on both sides, rising (1965.03-1970.07,
 * 2020.9-2024.6 = 二零二零年九月到二零二四年六月);</li>
 * <li>ranges of full dates, the second later and possibly without its year or year and month
 * (2023.11.23-2023.11.25, 2023.11.23-11.25, 2023-11-23~25);</li>
 * <li>yyyymmdd without separators, only right after a date word (生产日期：20231123, 有效期至20251231);</li>
 * <li>year ranges 1990-2000 (both 4-digit years, rising): 一九九零到二零零零;</li>
 * <li>mm-dd without a year, only when it cannot be an ordinary number: a part is zero-padded
 * (08/08, 08.08) or, with - and /, a date word is near: 日期, 生日, 截至, 定于, 今天 ... before it,
 * or 起, 开始, 当天, 上午, 晚上, 举行 ... after it. Otherwise 3/4 stays for the fraction pattern
 * (四分之三) and 3-4 for the range reading (三到四). With the . separator only the zero-padded
 * month form (08.08) is a date, never 8.08 (a decimal).</li>
 * </ul>
 */
final class DateEP extends NumberPattern {

    private static final List<String> DATE_BEFORE = List.of(
            "日期", "生日", "截至", "截止", "定于", "将于", "于", "今天", "明天", "昨天", "时间", "自", "从");
    private static final List<String> DATE_AFTER = List.of(
            "起", "开始", "截止", "当天", "上午", "下午", "晚上", "凌晨", "早上", "中午", "举行", "举办", "召开",
            "开幕", "发布", "出发", "星期", "周一", "周二", "周三", "周四", "周五", "周六", "周日", "至今");

    /** After yyyy.m (one-digit month): a year-month of a CV line or a timeline (2024.3至今, 2019.9入学). */
    private static final List<String> YM_AFTER = List.of(
            "起", "至今", "以来", "开始", "入学", "毕业", "入职", "离职", "加入", "发布", "上线", "出版", "成立", "截止", "数据");

    /** Words before a date written yyyymmdd without separators. */
    private static final List<String> COMPACT_DATE_BEFORE = List.of(
            "日期", "生日", "有效期至", "有效期", "截止", "截至", "出生于", "生于", "签发", "到期");

    DateEP(NumberVerbalizer nv) {
        super(nv, DIGIT_FIRST,
                "(?<![0-9.,/:-])(?:"
                        + "(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})[-~](?:(\\d{4})\\2)?(?:(\\d{1,2})\\2)?(\\d{1,2})" // 1-7 ymd range
                        + "|(\\d{4})([-/.])(\\d{1,2})\\9(\\d{1,2})"       // 8-11 ymd
                        + "|(\\d{1,2})([-/.])(\\d{1,2})\\13(\\d{4})"       // 12-15 dmy
                        + "|(\\d{4})\\s?[-~]\\s?(\\d{4})(?=\\s|$|[^0-9年]|年度)" // 16,17 year range (年 handled elsewhere)
                        + "|(\\d{4})([-/.])(\\d{1,2})"                    // 18-20 ym
                        + "|(\\d{2})([-/.])(\\d{4})"                      // 21-23 my
                        + "|(\\d{1,2})([-/.])(\\d{1,2})"                  // 24-26 md
                        + "|(\\d{4})([-/.])(\\d{1,2})\\s?([-~])\\s?(\\d{4})\\28(\\d{1,2})" // 27-32 ym range
                        + "|((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])" // 33-35 compact ymd after a date word
                        + ")(?![0-9]|\\.\\d|[-/:]\\d)");
    }

    @Override
    public String expand(Matcher m, String text) {
        if (m.group(8) != null) {
            return ymd(m.group(8), m.group(10), m.group(11));
        }
        if (m.group(12) != null) {
            if (!modernYear(m.group(15))) {
                return null; // 5-2-1033 is a code, not a day-month-year
            }
            int a = Integer.parseInt(m.group(12));
            int b = Integer.parseInt(m.group(14));
            if (a > 12 || b <= 12) {
                return ymd(m.group(15), m.group(14), m.group(12));
            }
            return ymd(m.group(15), m.group(12), m.group(14));
        }
        if (m.group(16) != null) {
            int y1 = Integer.parseInt(m.group(16));
            int y2 = Integer.parseInt(m.group(17));
            if (!validYear(m.group(16)) || !validYear(m.group(17)) || y2 <= y1 || followedByUnit(text, m.end())) {
                return null;
            }
            return nv.digits(m.group(16)) + "到" + nv.digits(m.group(17));
        }
        if (m.group(18) != null) {
            String sep = m.group(19);
            String mon = m.group(20);
            boolean monthWord = Context.followedBy(text, m.end(), List.of("月"));
            // 2024.3起 = from March 2024: 起 also counts incidents (3起), but never with a fraction
            boolean from = Context.followedBy(text, m.end(), List.of("起")) && !Context.followedBy(text, m.end(), List.of("起事", "起案", "起交通"));
            if (!validYear(m.group(18)) || !validMonth(mon) || followedByUnit(text, m.end()) && !from) {
                return null;
            }
            if (sep.equals(".") && (!modernYear(m.group(18)) || mon.length() != 2 && !monthWord
                    && !Context.precededWithin(text, m.start(), 2, DATE_BEFORE) && !Context.followedWithin(text, m.end(), 1, YM_AFTER))) {
                // 2024.3 is a year-month only with a date word near (截至2024.3, 2024.3月, 2024.3至今);
                // otherwise a decimal (增长2024.3)
                return null;
            }
            // 2024.3月底: the written 月 follows and is kept, so it is not said twice
            return nv.digits(m.group(18)) + "年" + nv.cardinal(trim(mon)) + (monthWord ? "" : "月");
        }
        if (m.group(21) != null) {
            String mon = m.group(21);
            if (!validYear(m.group(23)) || !validMonth(mon) || mon.charAt(0) != '0' && !mon.startsWith("1")
                    || followedByUnit(text, m.end())) {
                return null;
            }
            return nv.digits(m.group(23)) + "年" + nv.cardinal(trim(mon)) + "月";
        }
        if (m.group(27) != null) {
            // 1965.03-1970.07, 2020.9-2024.6 (a CV line): two year-months, the second later
            String y1 = m.group(27);
            String y2 = m.group(31);
            String m1 = m.group(29);
            String m2 = m.group(32);
            if (!validYear(y1) || !validYear(y2) || !validMonth(m1) || !validMonth(m2)
                    || Integer.parseInt(y1) * 12 + Integer.parseInt(m1) >= Integer.parseInt(y2) * 12 + Integer.parseInt(m2)) {
                return null;
            }
            return nv.digits(y1) + "年" + nv.cardinal(trim(m1)) + "月到"
                    + nv.digits(y2) + "年" + nv.cardinal(trim(m2)) + "月";
        }
        if (m.group(1) != null) {
            return ymdRange(m);
        }
        if (m.group(33) != null) {
            // 生产日期：20231123 = 二零二三年十一月二十三日; elsewhere eight digits are a number or a code
            return Context.precededWithin(text, m.start(), 2, COMPACT_DATE_BEFORE)
                    ? ymd(m.group(33), m.group(34), m.group(35)) : null;
        }
        String mon = m.group(24);
        String sep = m.group(25);
        String day = m.group(26);
        if (!validMonth(mon) || !validDay(day) || followedByUnit(text, m.end())
                || Context.followedBy(text, m.end(), List.of("月", "日", "号"))) {
            return null; // 3-5月 is a range of months, 1-3日 a range of days
        }
        boolean padded = mon.length() == 2 && mon.charAt(0) == '0' || day.length() == 2 && day.charAt(0) == '0';
        if (sep.equals(".")) {
            if (!(mon.length() == 2 && mon.charAt(0) == '0' && day.length() == 2)) {
                return null;
            }
        } else if (!padded && !(Context.precededWithin(text, m.start(), 2, DATE_BEFORE)
                || Context.followedWithin(text, m.end(), 1, DATE_AFTER))) {
            return null;
        }
        return nv.cardinal(trim(mon)) + "月" + nv.cardinal(trim(day)) + "日";
    }

    /**
     * 2023.11.23-2023.11.25, 2023.11.23-11.25, 2023-11-23~25: a full date, then a later date in
     * the same separator that may leave out the year, or the year and month.
     */
    private String ymdRange(Matcher m) {
        String y1 = m.group(1);
        String m1 = m.group(3);
        String d1 = m.group(4);
        String y2 = m.group(5);
        String m2 = m.group(6);
        String d2 = m.group(7);
        String first = ymd(y1, m1, d1);
        if (first == null || y2 != null && m2 == null || !validDay(d2) || m2 != null && !validMonth(m2)
                || y2 != null && !validYear(y2)) {
            return null;
        }
        int from = (Integer.parseInt(y1) * 12 + Integer.parseInt(m1)) * 31 + Integer.parseInt(d1);
        int to = ((y2 == null ? Integer.parseInt(y1) : Integer.parseInt(y2)) * 12
                + (m2 == null ? Integer.parseInt(m1) : Integer.parseInt(m2))) * 31 + Integer.parseInt(d2);
        if (to <= from) {
            return null;
        }
        String second = y2 != null ? ymd(y2, m2, d2)
                : m2 != null ? nv.cardinal(trim(m2)) + "月" + nv.cardinal(trim(d2)) + "日"
                : nv.cardinal(trim(d2)) + "日";
        return first + "到" + second;
    }

    private String ymd(String y, String mon, String d) {
        if (!validYear(y) || !validMonth(mon) || !validDay(d)) {
            return null;
        }
        return nv.digits(y) + "年" + nv.cardinal(trim(mon)) + "月" + nv.cardinal(trim(d)) + "日";
    }

    private static boolean followedByUnit(String text, int end) {
        int i = Context.skipSpaces(text, end);
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c == '%' || Character.isLetter(c) && !Context.isHan(c) || Context.quantityFollows(text, end);
    }

    private static String trim(String s) {
        return s.length() > 1 && s.charAt(0) == '0' ? s.substring(1) : s;
    }

    /** 1900-2099: a year written yyyy.mm (2008.08; 1000.01 is a decimal) or dd-mm-yyyy. */
    private static boolean modernYear(String y) {
        int v = Integer.parseInt(y);
        return v >= 1900 && v <= 2099;
    }

    private static boolean validYear(String y) {
        int v = Integer.parseInt(y);
        return v >= 1000 && v <= 2999;
    }

    private static boolean validMonth(String m) {
        int v = Integer.parseInt(m);
        return v >= 1 && v <= 12;
    }

    private static boolean validDay(String d) {
        int v = Integer.parseInt(d);
        return v >= 1 && v <= 31;
    }
}
