package marytts.language.zh.tn;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Numbers that are names, said digit by digit: the university programmes 985 and 211 before a
 * school or programme word (985高校 = 九八五高校, 211工程, 985、211院校 = 九八五二幺幺院校 with 211 read
 * 二幺幺 as it is spoken), a working-hours scheme before 工作制 (996工作制 = 九九六工作制, 955工作制) and
 * a mail provider before 邮箱 (163邮箱 = 幺六三邮箱, 126邮箱).
 * Elsewhere 985 and 211 are ordinary numbers (985个, 共211人).
 */
final class NumberNameEP extends NumberPattern {

    private static final List<String> SCHOOL_WORDS = List.of(
            "高校", "大学", "院校", "学校", "名校", "工程", "计划", "学历", "毕业", "本科", "硕士", "博士", "重点",
            "双一流");
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
