package marytts.language.zh.tn;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Context-word look-ups around a match (pure functions over the text; no state).
 */
final class Context {

    private Context() {
    }

    /**
     * Measure words and units after which a lone 2 is read 两 (两个, 两年, 两公里). Deliberately
     * missing: 两 (2两 = 二两; 时 is in: 凌晨2时 = 凌晨两时), 月 (2月 = 二月), 号/日 (dates), 楼/路/级/班 (names and ranks). 胜/负/败 count games: 3局2胜 = 三局两胜; 金/银/铜 count medals: 3金2银 = 三金两银.
     */
    static final List<String> MEASURE_WORDS = List.of(
            "个月", "个", "位", "名", "年", "天", "次", "件", "人", "只", "条", "张", "本", "台", "辆",
            "家", "种", "份", "场", "项", "岁", "小时", "点", "分钟", "秒", "周", "星期", "礼拜", "倍",
            "层", "双", "对", "块", "杯", "碗", "瓶", "句", "声", "步", "遍", "回", "艘", "架", "部", "所",
            "座", "间", "套", "匹", "头", "棵", "颗", "支", "枝", "首", "篇", "段", "节", "门", "把",
            "根", "片", "排", "批", "组", "轮", "届", "期", "集", "页", "笔", "票", "封", "朵", "粒",
            "滴", "口", "道", "扇", "顶", "副", "幅", "串", "束", "堆", "群", "类", "样", "成", "百",
            "千", "万", "亿", "公里", "公斤", "千克", "克", "斤", "米", "千米", "厘米", "毫米", "吨",
            "升", "毫升", "元", "角", "毛", "美元", "欧元", "英镑", "日元", "港元", "栋", "幢", "餐",
            "顿", "局", "盘", "趟", "眼", "圈", "代", "季", "亩", "平方", "立方", "分钱", "块钱", "室", "厅",
            "卫", "居", "勺", "匙", "番", "盒", "袋", "包", "箱", "桶", "罐", "盆", "壶", "盏", "枚", "例",
            "起", "股", "户", "处", "株", "剂", "针", "季度", "英寸", "英尺", "英里", "平米", "公顷", "毫克",
            "微克", "秒钟", "刻钟", "帧", "节课", "拳", "脚", "枪", "球", "里", "寸", "尺", "丈", "公分", "分米", "码", "磅", "盎司", "晚", "夜", "宿", "时",
            "大", "小", "胜", "负", "败", "金", "银", "铜", "海里", "光年", "焦耳", "卡路里", "伏特", "汤匙", "茶匙", "瓣", "撮");

    /**
     * Words that start with a measure word but are no count after a number: 2年级 = 二年级 (a
     * rank), 3.15晚会 (an event name), not 两年级; 2大于1 and 2小区 are no count (2大优势, 2小碗 are:
     * 两大优势, 两小碗).
     */
    static final List<String> NOT_QUANTITY = List.of(
            "年级", "晚会", "晚上", "晚间", "晚饭", "晚餐", "晚报", "晚点", "夜间", "夜里", "夜晚", "夜市", "夜场",
            "宿舍", "时代", "时期", "大于", "大促", "大学", "大道", "大街", "大厦", "大楼", "大桥", "大会", "大队", "大区",
            "小于", "小区", "小学", "小队", "小组", "元旦", "元宵", "金额", "金属", "金融", "金价", "银行", "银价", "铜价");

    /** True if {@code text} at {@code pos} (after optional spaces) starts with one of the words. */
    static boolean followedBy(String text, int pos, List<String> words) {
        int i = skipSpaces(text, pos);
        for (String w : words) {
            if (text.startsWith(w, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if one of the words ends within {@code window} characters before {@code pos}
     * (the characters in between may be anything, e.g. 是/为/：).
     */
    static boolean precededWithin(String text, int pos, int window, List<String> words) {
        int from = Math.max(0, pos - window - 8);
        String before = text.substring(from, pos);
        for (String w : words) {
            int k = before.lastIndexOf(w);
            if (k >= 0 && before.length() - (k + w.length()) <= window) {
                return true;
            }
        }
        return false;
    }

    /** True if one of the words starts within {@code window} characters after {@code pos}. */
    static boolean followedWithin(String text, int pos, int window, List<String> words) {
        int to = Math.min(text.length(), pos + window + 8);
        String after = text.substring(pos, to);
        for (String w : words) {
            int k = after.indexOf(w);
            if (k >= 0 && k <= window) {
                return true;
            }
        }
        return false;
    }

    /** True if the words directly before {@code pos} (ignoring spaces) end with one of them. */
    static boolean precededBy(String text, int pos, List<String> words) {
        int i = pos;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        for (String w : words) {
            if (i >= w.length() && text.startsWith(w, i - w.length())) {
                return true;
            }
        }
        return false;
    }

    /** True if a measure word follows, possibly after a range (2-3个) or 多/余/几. */
    static boolean quantityFollows(String text, int pos) {
        int i = skipSpaces(text, pos);
        if (i + 1 < text.length() && "-~～到至".indexOf(text.charAt(i)) >= 0) {
            int j = skipSpaces(text, i + 1);
            int k = j;
            while (k < text.length() && k - j < 20 && (Character.isDigit(text.charAt(k)) || text.charAt(k) == '.')) {
                k++;
            }
            if (k > j) {
                i = skipSpaces(text, k);
            }
        }
        if (i < text.length() && "多余几".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return followedBy(text, i, MEASURE_WORDS) && !followedBy(text, i, NOT_QUANTITY);
    }

    /** Words of an address after a building number: 2栋1单元, 3幢402, 5号楼2单元. */
    private static final Pattern ADDRESS_AFTER =
            Pattern.compile("(?:栋|幢|座|号楼)\\s?[0-9]");

    /**
     * True if a building word and another number follow (2栋1单元 = 二栋一单元, an address, not
     * two buildings).
     */
    static boolean addressFollows(String text, int pos) {
        return ADDRESS_AFTER.matcher(text).region(skipSpaces(text, pos), text.length()).lookingAt();
    }

    static int skipSpaces(String text, int pos) {
        int i = pos;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    static boolean isHan(char c) {
        return c >= '\u4e00' && c <= '\u9fff' || c >= '\u3400' && c <= '\u4dbf';
    }

    /** The line (between line breaks) containing the match consists only of the match. */
    static boolean standsAlone(String text, int start, int end) {
        for (int i = start - 1; i >= 0 && text.charAt(i) != '\n'; i--) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        for (int i = end; i < text.length() && text.charAt(i) != '\n'; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
