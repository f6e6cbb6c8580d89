package marytts.language.zh.tn;

import java.util.regex.Matcher;

/**
 * Chinese vehicle plates: a province character, a capital letter, an optional middle dot, hyphen or space and five
 * or six letters and digits (沪A·12345, 京A88888, 粤B·D12345 for new-energy cars). The letters
 * stay Latin, the digits are said one by one (幺 for 1, as plates are read out): 沪A·12345 →
 * 沪A幺二三四五. The pattern starts at the letter, so the province character stays as written.
 */
final class LicensePlateEP extends NumberPattern {

    LicensePlateEP(NumberVerbalizer nv) {
        super(nv,
                "(?<=[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领警学港澳])([A-Z])(?:[·•・-]|\\s(?=[A-Z0-9]{5,6}(?![A-Za-z0-9])))?"
                        + "(?=[A-Z0-9]{5,6}(?![A-Za-z0-9]))(?=[A-Z]{0,3}\\d)([A-Z0-9]{5,6})");
    }

    @Override
    public boolean mayStartWith(char c) {
        return c >= 'A' && c <= 'Z';
    }

    @Override
    public String expand(Matcher m, String text) {
        return m.group(1) + nv.digitsKeepingTheRest(m.group(2), true);
    }
}
