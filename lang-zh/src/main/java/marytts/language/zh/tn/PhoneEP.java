package marytts.language.zh.tn;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Telephone numbers and other digit strings read digit by digit, with 1 read 幺 (as on the phone).
 *
 * <p>Recognised by shape alone: mainland mobile numbers (11 digits starting 13-19, optionally
 * +86 and grouped 3-4-4), landlines with a 0 area code (010-64035547, (0755)12345678) and
 * 400/800 service numbers. Any other run of 3 to 12 digits is read this way only with context:
 * a phone/code word shortly before it (电话, 拨打, 尾号, 编号, 卡号, 房间, 航班 ...), a phone word
 * right after it (打电话, 咨询, 报警 ...), a room/bus/flight word after it (302室, 301路), or a
 * well-known service number (110, 119, 12306, 12315, 10086 ...) standing alone on its
 * line or after 打/给/叫 (打120). A run followed by a measure word (12306个) is never a phone number.
 */
final class PhoneEP implements ExpansionPattern {

    private static final List<String> BEFORE = List.of(
            "电话", "手机", "座机", "热线", "拨打", "拨", "致电", "呼叫", "号码", "尾号", "编号", "卡号",
            "账号", "帐号", "单号", "工号", "学号", "车牌", "房间", "房号", "邮编", "验证码", "密码", "分机",
            "QQ", "qq", "微信", "身份证", "证号", "航班", "车次", "公交", "传真", "Tel", "TEL", "tel");
    private static final List<String> AFTER = List.of(
            "打电话", "打个电话", "来电", "热线", "咨询", "报警", "求助", "投诉", "举报", "查询");
    private static final List<String> ROOM_AFTER = List.of("室", "房间", "号房", "路公交", "路车", "路", "次列车", "次航班");
    /** Service numbers read as digits after 打/给/叫 (打120). */
    private static final Set<String> SERVICE = Set.of(
            "110", "119", "120", "122", "12306", "12315", "12345", "12369", "10086", "10010");
    /** Service numbers that are read as digits even alone on a line (110 is rarely a quantity). */
    private static final Set<String> SERVICE_ALONE = Set.of(
            "110", "119", "12306", "12315", "12345", "12369", "10086", "10010");

    private final NumberVerbalizer nv;
    private final Pattern pattern = Pattern.compile(
            "(?<![0-9])(?:"
                    + "(\\+86[- ]?)?(1[3-9]\\d(?:[- ]?\\d{4}){2})"          // 1,2 mobile
                    + "|(0\\d{2,3}-\\d{7,8}(?:-\\d{1,5})?)"                // 3 landline
                    + "|\\((0\\d{2,3})\\)\\s?(\\d{7,8})"                  // 4,5 landline with parentheses
                    + "|([48]00-?\\d{3}-?\\d{4})"                         // 6 service
                    + "|(\\d{3,12})"                                      // 7 context-dependent
                    + ")(?![0-9]|\\.\\d)");

    PhoneEP(NumberVerbalizer nv) {
        this.nv = nv;
    }

    @Override
    public boolean mayStartWith(char c) {
        return c >= '0' && c <= '9' || c == '+' || c == '(';
    }

    @Override
    public Pattern pattern() {
        return pattern;
    }

    @Override
    public String expand(Matcher m, String text) {
        if (m.group(2) != null) {
            return (m.group(1) != null ? "加八六" : "") + nv.digits(m.group(2), true);
        }
        if (m.group(3) != null) {
            return nv.digits(m.group(3), true);
        }
        if (m.group(4) != null) {
            return nv.digits(m.group(4), true) + nv.digits(m.group(5), true);
        }
        if (m.group(6) != null) {
            return nv.digits(m.group(6), true);
        }
        String d = m.group(7);
        int start = m.start();
        int end = m.end();
        if (Context.quantityFollows(text, end)) {
            return null;
        }
        if (end < text.length() && (text.charAt(end) == '%' || Character.isLetter(text.charAt(end))
                && !Context.isHan(text.charAt(end)))) {
            return null;
        }
        if (Context.precededWithin(text, start, 3, BEFORE)
                || Context.followedWithin(text, end, 1, AFTER)
                || Context.followedBy(text, end, ROOM_AFTER)
                || SERVICE_ALONE.contains(d) && Context.standsAlone(text, start, end)
                || SERVICE.contains(d) && Context.precededBy(text, start, List.of("打", "给", "叫"))) {
            return nv.digits(d, true);
        }
        return null;
    }
}
