package marytts.language.zh.tn;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Date parts written with Chinese date words, and related calendar readings:
 * <ul>
 * <li>a four-digit year before 年 (or 年度/赛季), also as the first end of a year range
 * (2020~2023年): digit by digit, 二零二四年. A duration is read as a cardinal instead when a
 * quantity word comes before (近/约/长达/超过/历时/距今/历经/半衰期 1000年 = 一千年) or a history
 * word after (2000年的历史, 1000年之久); 2000多年 has 多 between
 * and never reaches this rule;</li>
 * <li>a month 1-12 before 月 and a day 1-31 before 日 or 号: cardinal with 二 (二月, 二号);</li>
 * <li>generations: a two-digit year ending in 0 or 5 before 后 (90后 = 九零后, 95后 = 九五后,
 * 00后 = 零零后, also 90後; a list shares the 后: 60、70后 = 六零、七零后), not before 后面/后来 and not after 第;</li>
 * <li>weekdays: 星期/周/礼拜 + 1-7 (星期3 = 星期三; 7 = 日 / 天);</li>
 * <li>era years after 公元/公元前 of any length (公元前221年 = 公元前二二一年);</li>
 * <li>English decades 1980s = 一九八零年代;</li>
 * <li>a year naming an event or edition, without 年: 2020东京奥运会, 2022北京冬奥会, 2024款, and a year before a quarter or half (2023Q3, 2024H1)
 * (digit by digit, as the year is said);</li>
 * <li>a year in the brackets of a document number: 国发〔2024〕3号 = 国发二零二四三号;</li>
 * <li>a two-digit year that a month or season follows: 98年3月 = 九八年三月, 24年底 = 二四年底
 * (20年前 stays a duration);</li>
 * <li>a season or school year written 2024/25赛季 (二零二四到二五赛季), and a year range with a
 * two-digit second end, 2019-20年 (二零一九到二零年).</li>
 * </ul>
 */
final class ChineseDateEP extends NumberPattern {

    private static final List<String> DURATION_BEFORE = List.of(
            "近", "约", "长达", "超过", "历时", "距今", "过去", "经过", "持续", "将近", "大约", "每",
            "持续了", "经历了", "历经", "用了", "花了", "已有", "半衰期", "半衰期为", "半衰期约", "寿命");
    /** After 年: the number counts years (5000年的历史, 1000年之久), not a calendar year. */
    private static final List<String> DURATION_AFTER = List.of("年的历史", "年历史", "年之久");

    ChineseDateEP(NumberVerbalizer nv) {
        super(nv, DIGIT_FIRST,
                "(?<![0-9.])(?:"
                        + "(\\d{4})(?=\\s?(?:[-~至到]\\s?\\d{4}\\s?)?(?:年|赛季))"   // 1 year
                        + "|(\\d{1,2})(?=\\s?月)"                                   // 2 month
                        + "|(\\d{1,2})(?=\\s?[日号])"                               // 3 day
                        + "|(?<!第)(\\d[05])(?=(?:\\s?[、/，,和与及或至到~-]\\s?\\d[05])*[后後](?![面来來者续續方边邊头頭]))"      // 4 generation (後 as written in traditional characters)
                        + "|(?<=星期|礼拜|周)([1-7])"                                 // 5 weekday
                        + "|(?<=(?:公元前|公元|西元)\\s?)(\\d{1,4})(?=\\s?年)"        // 6 era year
                        + "|([12]\\d{2}0)s(?![A-Za-z])"                      // 7 decade: 1980s
                        + "|((?:19|20)\\d{2})(?=\\s?\\p{IsHan}{0,4}(?:奥运|冬奥|残奥|亚运|全运|世运|大运|世界杯|欧洲杯|美洲杯|亚洲杯|世博|春晚|财年|款)|[QH][1-4](?![0-9]))" // 8 event year, quarter 2023Q3
                        + "|((?:19|20)\\d{2})\\s?[/~-]\\s?(\\d{2})(?=\\s?(?:赛季|学年|财年|年))"  // 9,10 season 2024/25, 2019-20年
                        + "|(?<=[〔【\\[［(（])((?:19|20)\\d{2})(?=[〕】\\]］)）])"  // 11 document year 国发〔2024〕3号
                        + "|(\\d{2})(?=年(?:\\d{1,2}月|[底初末春夏秋冬暑寒]|高考|毕业|入学|出生))" // 12 short year 98年3月
                        + ")(?![0-9]|\\.\\d)");
    }

    @Override
    public String expand(Matcher m, String text) {
        if (m.group(6) != null) {
            return nv.digits(m.group(6));
        }
        if (m.group(7) != null) {
            // 1980s: the decade, read like 一九八零年代; the s is consumed.
            return nv.digits(m.group(7)) + "年代";
        }
        if (m.group(8) != null) {
            // 2000人参加奥运会 is a count, not a year.
            return Context.quantityFollows(text, m.end()) ? null : nv.digits(m.group(8));
        }
        if (m.group(11) != null) {
            return nv.digits(m.group(11)); // 国发〔2024〕3号: the year of a document number
        }
        if (m.group(12) != null) {
            return nv.digits(m.group(12)); // 98年3月, 24年春节: a year said digit by digit
        }
        if (m.group(9) != null) {
            return nv.digits(m.group(9)) + "到" + nv.digits(m.group(10));
        }
        if (m.group(1) != null) {
            if (Context.precededBy(text, m.start(), DURATION_BEFORE) || Context.followedBy(text, m.end(), DURATION_AFTER)) {
                return null;
            }
            return nv.digits(m.group(1));
        }
        if (m.group(2) != null) {
            int v = Integer.parseInt(m.group(2));
            return v >= 1 && v <= 12 ? nv.ordinal(m.group(2).replaceFirst("^0", "")) : null;
        }
        if (m.group(3) != null) {
            int v = Integer.parseInt(m.group(3));
            return v >= 1 && v <= 31 ? nv.ordinal(m.group(3).replaceFirst("^0", "")) : null;
        }
        if (m.group(4) != null) {
            return nv.digits(m.group(4));
        }
        String d = m.group(5);
        if (d.equals("7")) {
            return text.startsWith("周", m.start() - 1) ? "日" : "天";
        }
        return nv.cardinal(d);
    }
}
