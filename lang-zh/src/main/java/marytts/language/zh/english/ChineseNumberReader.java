package marytts.language.zh.english;

import java.util.ArrayList;
import java.util.List;

import marytts.language.zh.frontend.PinyinSyllable;

/**
 * Reads a run of ASCII digits inside a Latin token (iPhone15, 5G, mp3) in Mandarin.
 *
 * <ul>
 * <li>1 to 8 digits without a leading zero: a cardinal up to 99999999 (15 → 十五 shi2 wu3, 105 →
 * 一百零五, 2000 → 两千, 20000 → 两万).</li>
 * <li>A leading zero (007) or more than 8 digits: digit by digit (0 → ling2, 1 → yi1).</li>
 * </ul>
 * Tones are lexical: 一/不 sandhi is left to the sandhi stage. Years or model numbers read digit by
 * digit (iPhone 2024?) are not guessed here; the text normalizer runs before for whole numbers.
 */
public final class ChineseNumberReader {
    private static final String[] DIGIT = { "ling2", "yi1", "er4", "san1", "si4", "wu3", "liu4", "qi1", "ba1",
            "jiu3" };
    private static final String[] UNIT = { "", "shi2", "bai3", "qian1" };
    private static final int MAX_CARDINAL_DIGITS = 8;

    /** Syllables for {@code digits}; characters other than 0-9 are ignored. */
    public List<PinyinSyllable> read(String digits) {
        StringBuilder sb = new StringBuilder();
        for (char c : (digits == null ? "" : digits).toCharArray()) {
            if (c >= '0' && c <= '9') {
                sb.append(c);
            }
        }
        String d = sb.toString();
        List<String> pinyin = new ArrayList<>();
        if (d.isEmpty()) {
            return List.of();
        }
        if (d.length() > MAX_CARDINAL_DIGITS || (d.length() > 1 && d.charAt(0) == '0')) {
            for (char c : d.toCharArray()) {
                pinyin.add(DIGIT[c - '0']);
            }
        } else {
            cardinal(Integer.parseInt(d), pinyin);
        }
        List<PinyinSyllable> out = new ArrayList<>(pinyin.size());
        for (String p : pinyin) {
            out.add(PinyinSyllable.parse(p));
        }
        return out;
    }

    private static void cardinal(int n, List<String> out) {
        if (n == 0) {
            out.add(DIGIT[0]);
            return;
        }
        int high = n / 10000;
        int low = n % 10000;
        if (high > 0) {
            if (high == 2) {
                out.add("liang3");
            } else {
                section(high, true, out);
            }
            out.add("wan4");
            if (low > 0 && low < 1000) {
                out.add(DIGIT[0]);
            }
        }
        if (low > 0) {
            section(low, high == 0, out);
        }
    }

    /** 1..9999; {@code leading}: this section starts the number (10-19 read 十X, not 一十X). */
    private static void section(int x, boolean leading, List<String> out) {
        int[] d = { x / 1000, x / 100 % 10, x / 10 % 10, x % 10 };
        boolean started = false;
        boolean zeroPending = false;
        for (int i = 0; i < 4; i++) {
            int digit = d[i];
            int unit = 3 - i;
            if (digit == 0) {
                zeroPending = started;
                continue;
            }
            if (zeroPending) {
                out.add(DIGIT[0]);
                zeroPending = false;
            }
            boolean onlyTens = unit == 1 && digit == 1 && !started && leading;
            if (!onlyTens) {
                boolean liang = digit == 2 && unit == 3;
                out.add(liang ? "liang3" : DIGIT[digit]);
            }
            if (unit > 0) {
                out.add(UNIT[unit]);
            }
            started = true;
        }
    }
}
