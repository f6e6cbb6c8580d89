package marytts.language.zh.tn;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Scores and ratios read with 比: 3:2 → 三比二, 1:1000 → 一比一千.
 *
 * <p>Choice rules (this pattern runs before times, fractions and ranges):
 * <ul>
 * <li>a:b with a colon is a ratio when it cannot be a clock time (minutes not exactly two digits,
 * hour above 24 or minutes above 59: 3:2, 78:96, 1:1000), or when a score/ratio word is near
 * (比分, 比例, 比率, 赔率, 战胜, 击败, 宽高比 ... before; 战胜, 获胜, 的比分, an aspect ratio's 竖屏,
 * 横屏, 画幅 ... after: 9:16竖屏 = 九比十六竖屏; not 屏幕 or 画面, which a clock time can precede). Otherwise it is
 * left to the time pattern (12:30 = 十二点三十分). A decimal side makes it a ratio (1.05:1), except
 * a race time m:ss.xx (1:45.32 = 一分四十五秒三二) with no ratio word near.
 * Words that only name a match (比赛, 主场) do not outweigh a time signalled by 在/于 or
 * 开始/举行 (比赛将在19:35开始).</li>
 * <li>a-b with a hyphen is a score only after a team or sports context: a country or a word
 * ending in 队 directly before it, a sports word (比分, 比赛, 战胜, 爆冷 ...) shortly before, or a
 * Han name (not a function word such as 在, 约, 第, 的) directly before a one- or two-digit a-b that
 * ends the clause (拜仁 3-1), a result word right after it (2-3不敌, 3-1取胜, 以2-1领先), or equal
 * sides (1-1, 0-0: a range from a number to itself is never written). A name before and 胜/负 plus
 * another name after is a result even though 胜 and 负 can count games (湖人108-102胜勇士).
 * Otherwise - between numbers is a range (3-5个 = 三到五个) or, in arithmetic, 减.</li>
 * <li>a/b with a slash is a score only when it follows a Han name and a space and ends the clause
 * (拉齐奥 2/2); otherwise it is a fraction or a date.</li>
 * </ul>
 */
final class ScoreEP extends NumberPattern {

    private static final List<String> SCORE_BEFORE = List.of(
            "比分", "比例", "比率", "赔率", "比赛", "战胜", "击败", "打败", "负于", "战平", "打平", "逆转",
            "爆冷", "主场", "客场", "半场", "全场", "决赛", "联赛", "获胜", "取胜", "力克", "险胜", "大胜",
            "比值", "配比", "混合比", "定格在", "宽高比", "长宽比", "纵横比", "屏幕比",
            "英超", "中超", "西甲", "德甲", "意甲", "法甲", "欧冠", "亚冠", "世界杯", "欧洲杯", "亚洲杯");
    /**
     * Words that only say "this is about a match" (比赛, 主场...): a valid clock time near them is
     * still a time when it is the match's time (比赛将在19:35开始, 于20:00).
     */
    private static final List<String> WEAK_SCORE_BEFORE = List.of(
            "比赛", "主场", "客场", "半场", "全场", "决赛", "联赛");
    private static final List<String> TIME_BEFORE = List.of("在", "于", "从", "到", "至", "时间", "晚", "早");
    private static final List<String> TIME_AFTER = List.of(
            "开始", "开赛", "开球", "开打", "举行", "进行", "结束", "之前", "以前", "之后", "以后", "前", "后",
            "左右", "起", "点");
    private static final List<String> SCORE_AFTER = List.of(
            "战胜", "击败", "打败", "获胜", "取胜", "力克", "险胜", "大胜", "胜出", "落败", "告负", "的比分",
            "比分", "的比例", "的比率", "比例", "的优势", "不敌", "惜败", "负于", "战平", "打平", "完胜",
            "横扫", "轻取", "竖屏", "横屏", "宽屏", "全面屏", "画幅");
    /** Result words after a hyphenated a-b (2-3不敌, 3-1胜): a score, not a range. */
    private static final List<String> RESULT_AFTER = List.of(
            "不敌", "惜败", "负于", "战平", "打平", "逆转", "完胜", "横扫", "晋级", "淘汰对手", "轻取", "拿下",
            "领先", "落后", "告捷", "收官", "取胜", "获胜", "战胜", "击败", "大胜", "险胜", "力克", "击退", "胜出",
            "惨败", "大败", "憾负", "惜负", "逼平", "闷平", "小胜", "小负", "零封", "绝杀", "力压", "狂胜", "痛击",
            "胜", "负", "赢", "输");
    /** The result words of two or more characters, checked before the quantity test (4-0大胜). */
    private static final List<String> RESULT_WORDS = RESULT_AFTER.stream().filter(w -> w.length() > 1).toList();
    private static final List<String> TEAMS = List.of(
            "队", "中国", "日本", "韩国", "朝鲜", "美国", "英国", "法国", "德国", "意大利", "西班牙", "葡萄牙",
            "荷兰", "比利时", "巴西", "阿根廷", "乌拉圭", "智利", "墨西哥", "加拿大", "澳大利亚", "新西兰",
            "俄罗斯", "乌克兰", "波兰", "瑞典", "挪威", "丹麦", "芬兰", "瑞士", "奥地利", "克罗地亚",
            "塞尔维亚", "土耳其", "伊朗", "伊拉克", "沙特", "卡塔尔", "泰国", "越南", "印度", "印尼",
            "马来西亚", "新加坡", "菲律宾", "埃及", "尼日利亚", "喀麦隆", "加纳", "塞内加尔", "摩洛哥",
            "突尼斯", "希腊", "捷克", "匈牙利", "苏格兰", "威尔士", "爱尔兰", "哥伦比亚", "秘鲁", "厄瓜多尔",
            "国足", "女足", "男足", "女排", "男排", "男篮", "女篮", "国奥", "联", "城", "FC");

    /** Function words after which a-b is a range, not a score (在1-2之间, 第1-2, 约3-5). */
    private static final String NOT_NAMES = "在为是约的第于从到共有和或及至每近等达了这那各前后上下内外间于占";

    /** Words after a-b that make it a range or a date part, not a score against a team. */
    private static final List<String> NOT_AFTER = List.of(
            "月", "日", "号", "之间", "以上", "以下", "左右", "不等", "楼", "层", "级", "期", "集", "章", "节",
            "岁", "度", "倍", "成", "折", "元", "块", "分", "年", "名");

    ScoreEP(NumberVerbalizer nv) {
        super(nv, DIGIT_FIRST,
                "(?<![0-9.:/-])(?:"
                        + "(\\d{1,4}(?:\\.\\d{1,4})?)\\s?:\\s?(\\d{1,5}(?:\\.\\d{1,4})?)(?![0-9]|:\\d|\\.\\d)" // 1,2 colon
                        + "|(\\d{1,3})\\s?-\\s?(\\d{1,3})(?![0-9]|[-.:/]\\d)"   // 3,4 hyphen
                        + "|(\\d{1,2})/(\\d{1,2})(?![0-9]|[-.:/]\\d)"           // 5,6 slash
                        + "|(\\d{1,4}(?:\\.\\d{1,4})?(?::\\d{1,4}(?:\\.\\d{1,4})?){2,5})(?![0-9]|:\\d|\\.\\d)"  // 7 chain 3:2:1, 7.1:38.3:54.6
                        + ")");
    }

    @Override
    public String expand(Matcher m, String text) {
        int start = m.start();
        int end = m.end();
        boolean context = Context.precededWithin(text, start, 4, SCORE_BEFORE)
                || Context.followedWithin(text, end, 1, SCORE_AFTER);
        if (m.group(7) != null) {
            // A chain of three or more parts: a ratio (3:2:1 = 三比二比一) unless it is h:mm:ss.
            String[] parts = m.group(7).split(":");
            if (parts.length == 3 && m.group(7).indexOf('.') < 0 && parts[0].length() <= 2 && parts[1].length() == 2 && parts[2].length() == 2
                    && Integer.parseInt(parts[0]) <= 24 && Integer.parseInt(parts[1]) <= 59
                    && Integer.parseInt(parts[2]) <= 59) {
                return null;
            }
            StringBuilder sb = new StringBuilder();
            for (String p : parts) {
                sb.append(sb.length() > 0 ? "比" : "").append(nv.number(p));
            }
            return sb.toString();
        }
        if (m.group(1) != null) {
            String h = m.group(1);
            String min = m.group(2);
            if (!context && h.matches("\\d{1,2}") && min.matches("[0-5]\\d\\.\\d{1,3}") && Integer.parseInt(h) <= 59) {
                // A race time m:ss.xx (1:45.32 = 一分四十五秒三二): a ratio's second side has no
                // two-digit integer part with hundredths.
                String[] sec = min.split("\\.");
                return (Integer.parseInt(h) == 0 ? "" : nv.quantity(h) + "分") + nv.cardinal(sec[0].replaceFirst("^0(?=\\d)", "")) + "秒" + nv.digits(sec[1]);
            }
            boolean clock = h.indexOf('.') < 0 && min.indexOf('.') < 0 && h.length() <= 2 && min.length() == 2 && Integer.parseInt(h) <= 24
                    && Integer.parseInt(min) <= 59;
            if (clock && (!context || weakOnly(text, start, end))) {
                return null;
            }
            return ratio(m.group(1), m.group(2));
        }
        if (m.group(3) != null && m.group(3).length() <= 2 && m.group(4).length() <= 2 && previousItemIsScore(text, start)) {
            return ratio(m.group(3), m.group(4)); // set scores in a list: 6-4、3-6、7-6 = 六比四、三比六、七比六
        }
        if (m.group(3) != null && Context.followedBy(text, end, RESULT_WORDS)) {
            return ratio(m.group(3), m.group(4)); // 4-0大胜, 2-1力克: 大 and 胜 alone could be counts
        }
        if (m.group(3) != null && teamBeatsTeam(text, start, end, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)))) {
            return ratio(m.group(3), m.group(4));
        }
        if (Context.quantityFollows(text, end) || followedByLatinOrPercent(text, end)) {
            return null;
        }
        if (m.group(3) != null) {
            if (Context.followedBy(text, end, List.of("月", "号", "之间", "以上", "以下", "左右", "不等"))
                    || Context.followedBy(text, end, List.of("日")) && !Context.followedBy(text, end, List.of("日本"))) {
                return null; // 世界杯3-5月举行: a range of months, even after a sports word
            }
            if (Context.precededBy(text, start, TEAMS) || Context.precededWithin(text, start, 4, SCORE_BEFORE)
                    || Context.followedBy(text, end, RESULT_AFTER)) {
                return ratio(m.group(3), m.group(4));
            }
            // a-a (1-1, 0-0) is no range and no useful subtraction: a drawn score.
            if (m.group(3).equals(m.group(4)) && m.group(3).length() <= 2 && !Context.precededBy(text, start, List.of("第"))) {
                return ratio(m.group(3), m.group(4));
            }
            // A name (Han word, not a function word) right before a short a-b that ends the clause.
            boolean nameBefore = start >= 2 && Context.isHan(prevNonSpace(text, start))
                    && NOT_NAMES.indexOf(prevNonSpace(text, start)) < 0;
            boolean clauseEnd = end >= text.length() || !Context.isHan(text.charAt(end)) && !Character.isLetterOrDigit(text.charAt(end))
                    || Context.followedWithin(text, end, 1, SCORE_AFTER);
            if (nameBefore && clauseEnd && m.group(3).length() <= 2 && m.group(4).length() <= 2 && !nextPairCounts(text, end)) {
                return ratio(m.group(3), m.group(4));
            }
            // Team a-b team (皇马2-1巴萨, 勇士120-115湖人): a name on both sides, no space-free
            // function word before and no measure word after (the quantity check above).
            int after = Context.skipSpaces(text, end);
            boolean nameAfter = after < text.length() && Context.isHan(text.charAt(after))
                    && NOT_NAMES.indexOf(text.charAt(after)) < 0 && !Context.followedBy(text, after, NOT_AFTER);
            if (nameBefore && nameAfter) {
                return ratio(m.group(3), m.group(4));
            }
            return null;
        }
        boolean spaceAfterHan = start >= 2 && text.charAt(start - 1) == ' ' && Context.isHan(text.charAt(start - 2));
        boolean clauseEnd = end >= text.length() || !Context.isHan(text.charAt(end)) || context;
        if ((spaceAfterHan || Context.precededBy(text, start, TEAMS)) && clauseEnd || context) {
            return ratio(m.group(5), m.group(6));
        }
        return null;
    }

    /** A list separator and a hyphenated pair right after a match: 、6-8 in 3-5、6-8小时. */
    private static final java.util.regex.Pattern NEXT_PAIR =
            java.util.regex.Pattern.compile("\\s?[、，,]\\s?\\d{1,3}\\s?-\\s?\\d{1,3}(?![0-9])");

    /** True if the next item of a list of pairs counts something (每天3-5、6-8小时): ranges, not scores. */
    private static boolean nextPairCounts(String text, int end) {
        Matcher nm = NEXT_PAIR.matcher(text).region(end, text.length());
        return nm.lookingAt() && (Context.quantityFollows(text, nm.end()) || followedByLatinOrPercent(text, nm.end()));
    }

    /** The longest list of set scores followed back to its first item. */
    private static final int MAX_SETS = 7;

    /** A hyphenated pair and a list separator right before a match: 6-4、 in 6-4、3-6. */
    private static final java.util.regex.Pattern PREVIOUS_PAIR =
            java.util.regex.Pattern.compile("(?<![0-9.:/-])\\d{1,3}\\s?-\\s?\\d{1,3}\\s?[、，,]\\s?$");

    /**
     * True if the item before this one in a list (6-4、3-6, 21-15，18-21) is a hyphenated pair that
     * reads as a score: the set scores of one match are listed together, so once the first is a
     * score (after a sports word or a name) the others are too, whichever side is larger.
     */
    private boolean previousItemIsScore(String text, int start) {
        // Walk back to the first pair of the list (at most MAX_SETS items: a match has at most
        // five sets, and the bound keeps a long hostile list linear), then judge that one.
        int first = -1;
        int pos = start;
        for (int i = 0; i < MAX_SETS; i++) {
            Matcher pm = PREVIOUS_PAIR.matcher(text).region(Math.max(0, pos - 12), pos);
            pm.useTransparentBounds(true);
            if (!pm.find()) {
                break;
            }
            first = pm.start();
            pos = first;
        }
        if (first < 0 || PREVIOUS_PAIR.matcher(text).region(Math.max(0, pos - 12), pos).useTransparentBounds(true).find()) {
            return false;
        }
        Matcher prev = pattern().matcher(text).region(first, text.length());
        prev.useTransparentBounds(true);
        if (!prev.lookingAt() || prev.group(3) == null) {
            return false;
        }
        String r = expand(prev, text);
        return r != null && r.contains("比");
    }

    /**
     * True if the only score word near a valid clock time is a weak one (比赛...) and the time
     * reading is signalled by 在/于 before or 开始/举行 after.
     */
    private static boolean weakOnly(String text, int start, int end) {
        List<String> strong = SCORE_BEFORE.stream().filter(w -> !WEAK_SCORE_BEFORE.contains(w)).toList();
        if (Context.precededWithin(text, start, 4, strong) || Context.followedWithin(text, end, 1, SCORE_AFTER)) {
            return false;
        }
        return Context.precededBy(text, start, TIME_BEFORE) || Context.followedBy(text, end, TIME_AFTER);
    }

    /**
     * Team a-b 胜/负 team (湖人108-102胜勇士, 湖人3-2负于): a one-character result word right after
     * the score and a Han name before it. 胜 and 负 also count games (3局2胜), so this is checked
     * before the quantity test: after a name and before another name they are the result.
     */
    private static boolean teamBeatsTeam(String text, int start, int end, int a, int b) {
        char before = prevNonSpace(text, start);
        if (!Context.isHan(before) || NOT_NAMES.indexOf(before) >= 0 || Context.precededBy(text, start, List.of("局", "场", "盘"))) {
            return false;
        }
        int i = Context.skipSpaces(text, end);
        if (i >= text.length() || "胜负赢输".indexOf(text.charAt(i)) < 0) {
            return false;
        }
        // The score of a win is written winner first (108-102胜), of a loss loser first (2-3负):
        // 30-40胜 is a range of wins.
        boolean win = text.charAt(i) == '胜' || text.charAt(i) == '赢';
        if (win ? a < b : a > b) {
            return false;
        }
        if (text.startsWith("负于", i) || text.startsWith("胜出", i) || i + 1 >= text.length()
                || !Context.isHan(text.charAt(i + 1)) && !Character.isLetterOrDigit(text.charAt(i + 1))) {
            return true; // 3-2负于, 3-2胜出, 湖人3-2胜。
        }
        char next = text.charAt(i + 1);
        return Context.isHan(next) && NOT_NAMES.indexOf(next) < 0 && !Context.followedBy(text, i + 1, Context.MEASURE_WORDS);
    }

    private static char prevNonSpace(String text, int pos) {
        int i = pos - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 ? text.charAt(i) : '\0';
    }

    private String ratio(String a, String b) {
        // Ratios may have decimals (1.05:1); plain integers read as cardinals (1:1000).
        return nv.number(a) + "比" + nv.number(b);
    }

    private static boolean followedByLatinOrPercent(String text, int end) {
        if (end >= text.length()) {
            return false;
        }
        char c = text.charAt(end);
        return c == '%' || c == '‰' || c == '℃' || c == '°' || (c < 128 && Character.isLetter(c));
    }
}
