package marytts.language.zh.tn;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Numbers that are names, said digit by digit: the university programmes 985 and 211 before a
 * school or programme word (985高校 = 九八五高校, 211工程, 985、211院校 = 九八五二幺幺院校 with 211 read
 * 二幺幺 as it is spoken), a working-hours scheme before 工作制 (996工作制 = 九九六工作制, 955工作制) and
 * a mail provider before 邮箱 (163邮箱 = 幺六三邮箱, 126邮箱).
 * An HTTP status 400-409 or 500-509 after 返回/状态码/报错/页面显示 or before 错误/页面/Not Found is
 * a code too (API返回了404 = 四零四, 502错误), but not before a count word (返回404个).
 * Elsewhere 985 and 211 are ordinary numbers (985个, 共211人).
 */
final class NumberNameEP extends NumberPattern {

    private static final List<String> SCHOOL_WORDS = List.of(
            "高校", "大学", "院校", "学校", "名校", "工程", "计划", "学历", "毕业", "本科", "硕士", "博士", "重点",
            "双一流");
    /** Before or after an HTTP status (4xx, 5xx) these words make it a code said digit by digit. */
    private static final List<String> STATUS_BEFORE = List.of(
            "返回", "状态码", "错误码", "报错", "页面显示", "网页显示", "提示", "HTTP", "http");
    private static final List<String> STATUS_AFTER = List.of(
            "错误", "页面", "报错", "Not", "not", "Error", "error", "Forbidden", "Bad", "Internal", "Service");
    private static final String JOINERS = "、/和与及或";

    NumberNameEP(NumberVerbalizer nv) {
        super(nv, DIGIT_FIRST, "(?<![0-9.])(?:(985|211)|(\\d{3}))(?![0-9]|\\.\\d)");
    }

    @Override
    public String expand(Matcher m, String text) {
        int end = m.end();
        if (m.group(2) != null) {
            if (Context.followedBy(text, end, List.of("邮箱"))) {
                return nv.digits(m.group(2), true); // 163邮箱 = 幺六三邮箱: a mail provider's name
            }
            if (m.group(2).matches("[45]0\\d") && !Context.quantityFollows(text, end)
                    && (Context.followedBy(text, end, STATUS_AFTER) || Context.precededWithin(text, m.start(), 2, STATUS_BEFORE))) {
                return nv.digits(m.group(2)); // API返回了404, 404页面, 502 Bad Gateway: an HTTP status
            }
            return Context.followedBy(text, end, List.of("工作制")) ? nv.digits(m.group(2)) : null;
        }
        int i = Context.skipSpaces(text, end);
        if (i < text.length() && JOINERS.indexOf(text.charAt(i)) >= 0) {
            int j = Context.skipSpaces(text, i + 1); // 985、211高校: the first name before the second
            if (text.startsWith("985", j) || text.startsWith("211", j)) {
                i = j + 3;
            }
        }
        if (!Context.followedBy(text, i, SCHOOL_WORDS) || Context.quantityFollows(text, end)) {
            return null;
        }
        return m.group(1).equals("211") ? "二幺幺" : "九八五";
    }
}
