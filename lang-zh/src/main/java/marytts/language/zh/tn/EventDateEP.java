package marytts.language.zh.tn;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Dates used as the name of an event, written month·day or month.day: 5·12汶川地震 → 五一二汶川地震,
 * 9·11 → 九一一, 3.15晚会 → 三一五晚会, 5.1劳动节 → 五一劳动节, 5.1放假 → 五一放假 (but 10.1 is 十一). Such names are said digit by digit.
 * The middle dot is only used this way, so it always qualifies; with a full stop the text could
 * be a decimal (5.12元), and with a slash a fraction (3/15消费者权益日 is an event, 3/15 alone a
 * fraction), so an event word must follow (晚会, 事件, 地震, 劳动节 ...). Written without a separator
 * (618大促, 520表白, 911事件) only a few event words qualify.
 */
final class EventDateEP extends NumberPattern {

    private static final List<String> EVENT_AFTER = List.of(
            "劳动节", "国际劳动节", "晚会", "事件", "地震", "大地震", "暴雨", "特大", "惨案", "运动", "购物节", "大促",
            "狂欢", "纪念日", "消费者", "洪水", "火灾", "大火", "爆炸", "空难", "事故", "案", "国际", "黄金周",
            "小长假", "假期", "节", "大促", "表白", "促销", "年中", "活动", "专场", "放假", "调休", "国庆", "长假");

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
        return nv.digits(m.group(1)) + nv.digits(m.group(3));
    }
}
