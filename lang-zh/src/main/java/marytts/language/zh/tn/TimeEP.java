package marytts.language.zh.tn;

import java.util.regex.Matcher;

/**
 * Clock times h:mm and h:mm:ss (full-width colons are folded before): 12:30 → 十二点三十分,
 * 5:02 → 五点零二分, 11:00 → 十一点, 8:05:30 → 八点零五分三十秒, hour 2 → 两点. A following
 * am/a.m./pm/p.m. becomes a leading 上午/下午 (中午 and 凌晨 for the hour 12: 12:30 pm = 中午十二点三十分). Hours above 24, minutes or seconds above 59 are not
 * times (the score pattern reads them as ratios). A bare hour 1-12 with am/pm is a time too: 5pm →
 * 下午五点. Spoken forms like 上午9点 need no rule here: the
 * cardinal pattern reads 9点 as 九点 and leaves 上午 in place. After 配速 (a running pace) m:ss is
 * minutes and seconds: 配速5:30 = 五分三十秒. An h:mm:ss after 用时/耗时/成绩 or before 的成绩/完赛
 * is an elapsed time: 用时2:03:45 = 两小时零三分四十五秒 (m:ss stays a clock time there, since 用时3:45
 * could be hours or minutes).
 */
final class TimeEP extends NumberPattern {

    TimeEP(NumberVerbalizer nv) {
        super(nv, DIGIT_FIRST,
                "(?<![0-9.:])(\\d{1,2})(?::(\\d{2})(?::(\\d{2}))?)?(?![0-9]|:\\d)"
                        + "(?:\\s?([aApP])\\.?[mM]\\.?(?![A-Za-z0-9]))?");
    }

    @Override
    public String expand(Matcher m, String text) {
        int h = Integer.parseInt(m.group(1));
        if (m.group(2) == null && (m.group(4) == null || h < 1 || h > 12)) {
            return null; // a bare hour only with am/pm after it: 5pm, 10 a.m.
        }
        int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int sec = m.group(3) == null ? -1 : Integer.parseInt(m.group(3));
        if (h > 24 || min > 59 || sec > 59) {
            return null;
        }
        if (sec < 0 && m.group(4) == null && Context.precededWithin(text, m.start(), 2, PACE)) {
            // 配速5:30 = 五分三十秒: a running pace is minutes and seconds per kilometre, never a clock
            return nv.quantity(Integer.toString(h)) + "分" + (min > 0 ? (min < 10 ? "零" : "") + nv.ordinal(Integer.toString(min)) + "秒" : "");
        }
        if (sec >= 0 && m.group(4) == null && (Context.precededWithin(text, m.start(), 3, DURATION_BEFORE)
                || Context.followedBy(text, m.end(), DURATION_AFTER))) {
            // 用时2:03:45, 以2:18:34的成绩: an elapsed time (a race result) is hours, minutes and
            // seconds, not a time of day: 两小时零三分四十五秒
            StringBuilder d = new StringBuilder(nv.quantity(Integer.toString(h))).append("小时");
            if (min > 0) {
                d.append(min < 10 ? "零" : "").append(nv.ordinal(Integer.toString(min))).append('分');
            }
            if (sec > 0) {
                d.append(min == 0 ? "零" : "").append(nv.ordinal(Integer.toString(sec))).append('秒');
            }
            return d.toString();
        }
        StringBuilder sb = new StringBuilder();
        String noon = m.group(4);
        if (noon != null) {
            boolean pm = Character.toLowerCase(noon.charAt(0)) == 'p';
            if (!dayPartBefore(text, m.start())) { // 下午3:00PM: the day part is written already
                // 12:30 pm is half past noon (中午), 12:30 am half past midnight (凌晨)
                sb.append(pm ? (h == 12 ? "中午" : h > 12 ? "" : "下午") : h == 12 ? "凌晨" : "上午");
            }
        }
        sb.append(h == 2 ? "两" : nv.ordinal(Integer.toString(h))).append('点');
        if (min > 0 || sec > 0) {
            if (min > 0 && min < 10) {
                sb.append('零');
            }
            sb.append(nv.ordinal(Integer.toString(min))).append('分');
        }
        if (sec > 0) {
            sb.append(nv.ordinal(Integer.toString(sec))).append('秒');
        }
        return sb.toString();
    }

    /** Before h:mm:ss these words make it an elapsed time (用时2:03:45), not a clock time. */
    private static final java.util.List<String> DURATION_BEFORE = java.util.List.of(
            "用时", "耗时", "历时", "成绩", "跑出", "游出", "时长", "净时", "枪声成绩", "完赛时间", "成绩为", "成绩是");
    /** After h:mm:ss these words make it a race result (以2:18:34的成绩夺冠). */
    private static final java.util.List<String> DURATION_AFTER = java.util.List.of(
            "的成绩", "的好成绩", "的个人最好成绩", "完赛", "跑完");

    /** A running pace (配速5:30) is m:ss, not a clock time. */
    private static final java.util.List<String> PACE = java.util.List.of("配速", "平均配速");

    private static final String[] DAY_PARTS = {"上午", "下午", "早上", "晚上", "中午", "凌晨", "傍晚", "早晨", "夜里", "晚"};

    private static boolean dayPartBefore(String text, int start) {
        int i = start;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        for (String w : DAY_PARTS) {
            if (i >= w.length() && text.startsWith(w, i - w.length())) {
                return true;
            }
        }
        return false;
    }
}
