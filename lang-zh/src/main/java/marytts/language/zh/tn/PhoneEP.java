package marytts.language.zh.tn;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Telephone numbers and other digit strings read digit by digit, with 1 read 幺 (as on the phone).
 *
 * <p>Recognised by shape alone: mainland mobile numbers (11 digits starting 13-19, optionally
 * +86 and grouped 3-4-4), landlines with a 0 area code (010-64035547, 0571-8888 6666, 010 6512 3456, (0755)12345678, also
 * +86-10-12345678, with an extension after -, 转 or ext: ...转8001) and 400/800 service numbers. Any other run of 3 to 24 digits
 * (an order number 订单号2023112300156 has thirteen) is read this way only with context:
 * a phone/code word shortly before it (电话, 拨打, 尾号, 编号, 卡号, 房间, 航班 ...), a phone word
 * right after it (打电话, 咨询, 报警 ...), a room/bus/flight/road word after it (302室, 301路, 318国道), or a
 * well-known service number (110, 119, 12306, 12315, 10086 ...) standing alone on its
 * line or after 打/给/叫 (打120); the five-digit ones (10086是中国移动客服) anywhere but before a
 * measure word or after 第. A run followed by a measure word (12306个) is never a phone number,
 * except a room number: three or more digits before 室/房间 (302室, while 3室2厅 counts rooms) or
 * three or four digits right after 楼/单元/栋 (2楼302). Model numbers after 波音/空客/型号 are read
 * digit by digit too (波音747). After such a word, hyphenated codes are read digit by digit as well
 * (取件码5-2-1033). A card number in groups of four (6222 0202 0000 1234 567) is read digit by
 * digit after such a word or when it has four or more groups; so is a number of five or more digits
 * after No. (No.20240305001).
 */
final class PhoneEP extends NumberPattern {

    private static final List<String> BEFORE = List.of(
            "电话", "手机", "座机", "热线", "拨打", "拨", "致电", "呼叫", "号码", "尾号", "编号", "卡号",
            "账号", "帐号", "单号", "工号", "学号", "车牌", "房间", "房号", "邮编", "验证码", "密码", "分机",
            "QQ", "qq", "微信", "身份证", "证号", "航班", "车次", "公交", "传真", "Tel", "TEL", "tel",
            "波音", "空客", "型号", "门牌", "代码", "区号", "编码", "序列号", "订单号", "会员号", "客服",
            "备", "备案号", "许可证号", "执照号", "注册号", "运单号", "快递单号", "批号", "文号",
            "PIN码", "取件码", "取餐码", "邀请码", "兑换码", "激活码", "识别码", "校验码", "动态码", "提取码",
            "券码", "国道", "省道", "县道");
    private static final List<String> AFTER = List.of(
            "打电话", "打个电话", "来电", "热线", "咨询", "报警", "求助", "投诉", "举报", "查询");
    private static final List<String> ROOM_AFTER = List.of("室", "房间", "号房", "路公交", "路车", "路", "次列车", "次航班",
            "国道", "省道", "县道");
    /** Service numbers read as digits after 打/给/叫 (打120). */
    private static final Set<String> SERVICE = Set.of(
            "110", "119", "120", "122", "12306", "12315", "12345", "12369", "10086", "10010");
    /** Service numbers that are read as digits even alone on a line (110 is rarely a quantity). */
    private static final Set<String> SERVICE_ALONE = Set.of(
            "110", "119", "12306", "12315", "12369", "10086");
    /** A three- or four-digit number right after a floor, unit or building is a room number. */
    private static final List<String> AFTER_BUILDING = List.of("楼", "单元", "栋", "幢", "座");
    /** A room number has three or more digits (302室); 3室 is a count of rooms. */
    private static final List<String> ROOM = List.of("室", "房间", "号房", "会议室", "教室", "办公室", "实验室", "病房", "宿舍");
    /** Number signs before a long number: No.20240305001 is an order number, read digit by digit. */
    private static final List<String> NUMBER_SIGN = List.of("No.", "NO.", "no.", "No", "NO", "№");

    PhoneEP(NumberVerbalizer nv) {
        super(nv,
                "(?<![0-9])(?:"
                        + "(\\+86[- ]?)?(1[3-9]\\d(?:[- ]?\\d{4}){2}|1[3-9]\\d{2}[- ]\\d{4}[- ]\\d{3})"          // 1,2 mobile
                        + "|((?:\\+86[- ]?0?\\d{2,3}[- ]|0\\d{2,3}-|0\\d{2,3} (?=\\d{3,4} ?\\d{4}(?![0-9])))(?:\\d{7,8}|\\d{3,4}[- ]\\d{4})(?:(?:-|转|\\s?ext\\.?\\s?)\\d{1,5})?)" // 3 landline
                        + "|\\((0\\d{2,3})\\)\\s?(\\d{7,8})"                  // 4,5 landline with parentheses
                        + "|([48]00[- ]?\\d{3}[- ]?\\d{4})"                         // 6 service
                        + "|(?=\\d{4} \\d{4} \\d{4})(\\d{4}(?: \\d{4}){2,5}(?: \\d{1,4})?)"   // 7 card number in groups of four
                        + "|(\\d{3,24})"                                      // 8 context-dependent
                        + "|(\\d{1,6}(?:-\\d{1,6}){1,4})"                       // 9 hyphenated code, context only
                        + ")(?![0-9]|\\.\\d)");
    }

    @Override
    public boolean mayStartWith(char c) {
        return c >= '0' && c <= '9' || c == '+' || c == '(';
    }

    @Override
    public String expand(Matcher m, String text) {
        if (m.group(2) != null) {
            return (m.group(1) != null ? "加八六" : "") + nv.digits(m.group(2), true);
        }
        if (m.group(3) != null) {
            String d = m.group(3);
            String cc = d.startsWith("+86") ? "加八六" : "";
            String body = cc.isEmpty() ? d : d.substring(3);
            int ext = Math.max(body.indexOf('转'), body.toLowerCase().indexOf("ext"));
            if (ext >= 0) {
                // Extension: 转 is spoken, "ext" becomes 转 too.
                return cc + nv.digits(body.substring(0, ext), true) + "转" + nv.digits(body.substring(ext), true);
            }
            return cc + nv.digits(body, true);
        }
        if (m.group(4) != null) {
            return nv.digits(m.group(4), true) + nv.digits(m.group(5), true);
        }
        if (m.group(6) != null) {
            return nv.digits(m.group(6), true);
        }
        if (m.group(7) != null) {
            // 6222 0202 0000 1234 567: a bank card in groups of four (three or more groups), digit by
            // digit, the spaces kept as pauses; a list of four-digit numbers has commas or 、 between them.
            return Context.precededWithin(text, m.start(), 3, BEFORE) || m.group(7).length() >= 19
                    ? nv.digitsKeepingTheRest(m.group(7), true) : null;
        }
        if (m.group(9) != null) {
            // 取件码5-2-1033: a hyphenated code after a code word, digit by digit (the hyphens are
            // not read, as in phone numbers); one part of three or more digits, so 9-18 stays a range.
            String g = m.group(9);
            return g.matches(".*\\d{3}.*") && Context.precededWithin(text, m.start(), 3, BEFORE)
                    ? nv.digits(g, true) : null;
        }
        String d = m.group(8);
        int start = m.start();
        int end = m.end();
        if (d.length() >= 5 && Context.precededBy(text, start, NUMBER_SIGN)) {
            return nv.digits(d, true); // No.20240305001
        }
        if (d.length() >= 3 && Context.followedBy(text, end, ROOM)) {
            return nv.digits(d, true);
        }
        if (Context.quantityFollows(text, end)) {
            return null;
        }
        if (d.length() <= 4 && Context.precededBy(text, start, AFTER_BUILDING)) {
            return nv.digits(d, true); // 2楼302, 2单元301: a room number
        }
        if (end < text.length() && (text.charAt(end) == '%' || Character.isLetter(text.charAt(end))
                && !Context.isHan(text.charAt(end)))) {
            return null;
        }
        if (Context.precededWithin(text, start, 3, BEFORE)
                || Context.followedWithin(text, end, 1, AFTER)
                || Context.followedBy(text, end, ROOM_AFTER)
                || SERVICE_ALONE.contains(d) && (Context.standsAlone(text, start, end)
                        || d.length() == 5 && !Context.precededBy(text, start, List.of("第")))
                || SERVICE.contains(d) && Context.precededBy(text, start, List.of("打", "给", "叫"))) {
            return nv.digits(d, true);
        }
        return null;
    }
}
