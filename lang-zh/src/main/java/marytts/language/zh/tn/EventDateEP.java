package marytts.language.zh.tn;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Dates used as the name of an event, written month·day or month.day: 5·12汶川地震 → 五一二汶川地震,
 * 9·11 → 九一一, 3.15晚会 → 三一五晚会, 5.1劳动节 → 五一劳动节, 5.1放假 → 五一放假 (but 10.1 is 十一, 11.11 双十一). Such names are said digit by digit;
 * a holiday on a date with a two-digit part is read as the date (12.25圣诞节 = 十二月二十五日圣诞节).
 * The middle dot is only used this way, so it always qualifies; with a full stop the text could
 * be a decimal (5.12元), and with a slash a fraction (3/15消费者权益日 is an event, 3/15 alone a
 * fraction), so an event word must follow (晚会, 事件, 地震, 劳动节 ...). Written without a separator
 * (618大促, 520表白, 911事件) only a few event words qualify.
 */
final class EventDateEP extends NumberPattern {

    private static final List<String> EVENT_AFTER = List.of(
            "劳动节", "国际劳动节", "晚会", "事件", "事变", "地震", "大地震", "暴雨", "特大", "惨案", "运动", "购物节", "大促",
            "狂欢", "纪念日", "消费者", "洪水", "火灾", "大火", "爆炸", "空难", "事故", "案", "国际", "黄金周",
            "小长假", "假期", "节", "元旦", "公祭日", "平安夜", "跨年", "除夕", "读书日", "环境日", "地球日",
            "宣传日", "爱耳日", "爱眼日", "无烟日", "大促", "表白", "促销", "年中", "活动", "专场", "放假", "调休", "国庆", "长假");

    /**
     * Dates with a two-digit part that are names said digit by digit before any event word
     * (3.15晚会, 6.18大促, 5.20表白, 9.11事件); other such dates before a holiday word are read as
     * dates (12.25圣诞节 = 十二月二十五日圣诞节).
     */
    private static final List<String> DIGIT_NAMES = List.of(
            "3.15", "6.18", "5.20", "5.12", "9.11", "9.18", "1.28", "12.9", "5.30", "7.20", "8.12", "7.23");

    /** Days never named by their digits (1.1元旦, 6.5世界环境日): read as dates even with one-digit parts. */
    private static final List<String> DATE_NAMED = List.of(
            "元旦", "读书日", "环境日", "地球日", "宣传日", "爱耳日", "爱眼日", "无烟日", "公祭日", "平安夜");

    /** Disasters, incidents and movements are named by their date's digits (7.21暴雨, 8.15事件). */
    private static final List<String> HISTORY_AFTER = List.of(
            "事件", "事变", "地震", "暴雨", "特大", "惨案", "运动", "洪水", "火灾", "大火", "爆炸", "空难", "事故", "案",
            "购物节", "大促", "促销", "狂欢", "消费者", "表白", "纪念日");

    /** Event words right after a bare 618 or 520 (no separator). */
    private static final List<String> BARE_EVENT_AFTER = List.of(
            "大促", "购物节", "表白", "促销", "狂欢", "年中大促", "电商节", "节日", "纪念日", "晚会", "事件",
            "恐怖袭击", "恐袭");

    private static final List<String> UNIT_AFTER = List.of("级", "度", "分", "万", "亿", "倍", "%", "米");

    EventDateEP(NumberVerbalizer nv) {
        super(nv, DIGIT_FIRST,
                "(?<![0-9.·/])(?:(\\d{1,2})([.·•・/])(\\d{1,2})(?![0-9]|[.·•・/]\\d)"
                        + "|([1-9]|1[0-2])([0-3]\\d)(?![0-9.,]))");
    }

    @Override
    public String expand(Matcher m, String text) {
        if (m.group(4) != null) {
            // 618大促, 520表白, 1111购物节: a bare month-day number before an event word.
            int day = Integer.parseInt(m.group(5));
            if (day < 1 || day > 31 || !Context.followedBy(text, m.end(), BARE_EVENT_AFTER)
                    || Context.quantityFollows(text, m.end())) {
                return null;
            }
            return nv.digits(m.group(4) + m.group(5));
        }
        int mon = Integer.parseInt(m.group(1));
        int day = Integer.parseInt(m.group(3));
        if (mon < 1 || mon > 12 || day < 1 || day > 31) {
            return null;
        }
        if ((m.group(2).equals(".") || m.group(2).equals("/")) && (!Context.followedWithin(text, m.end(), 4, EVENT_AFTER)
                || Context.quantityFollows(text, m.end()) || Context.followedBy(text, m.end(), UNIT_AFTER))) {
            return null; // 5.8级地震 is a magnitude, 5.12元 a price
        }
        if (mon == 10 && day == 1) {
            return "十一"; // 10.1国庆, 10.1放假: the National Day holiday is called 十一, not 一零一
        }
        if (mon == day && (mon == 11 || mon == 12)) {
            return mon == 11 ? "双十一" : "双十二"; // 11.11购物节, 12.12大促
        }
        String key = mon + "." + day;
        if ((mon >= 10 || day >= 10 || Context.followedWithin(text, m.end(), 4, DATE_NAMED))
                && !DIGIT_NAMES.contains(key) && Context.followedWithin(text, m.end(), 4, EVENT_AFTER)
                && !Context.followedWithin(text, m.end(), 4, HISTORY_AFTER)) {
            // 12.25圣诞节, 2.14情人节, 9.10教师节: a holiday on a date is not named by its digits
            // (only one-digit pairs are: 五一, 六一, 三八), so it is read as the date. A middle-dot
            // date without such a word stays a name (10·24 = 一零二四).
            return nv.ordinal(m.group(1).replaceFirst("^0", "")) + "月" + nv.ordinal(m.group(3).replaceFirst("^0", "")) + "日";
        }
        return nv.digits(m.group(1)) + nv.digits(m.group(3));
    }
}
