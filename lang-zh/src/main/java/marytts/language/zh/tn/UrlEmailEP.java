package marytts.language.zh.tn;

import java.util.regex.Matcher;

/**
 * E-mail addresses and web addresses: read symbol by symbol the way they are dictated, so the
 * numbers inside them are not cardinals (www.12306.cn → www点幺二三零六点cn, abc@163.com →
 * abc at 幺六三点com). Letters stay Latin; digit runs are read digit by digit; . is 点, @ is at,
 * / is 斜杠, _ is 下划线, - is 杠, : is 冒号.
 */
final class UrlEmailEP extends NumberPattern {

    private static final String TLD = "(?:com|cn|net|org|gov|edu|io|ai|info|biz|top|xyz|me|tv|cc|co|uk|jp|hk|tw|us|de|fr)";

    UrlEmailEP(NumberVerbalizer nv) {
        super(nv,
                "(?<![A-Za-z0-9._%+-])(?:"
                        + "[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){0,4}\\." + TLD
                        + "|(?:https?://)?(?:www\\.)?[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\\.[A-Za-z0-9-]{1,63}){0,4}\\." + TLD
                        + "(?:/[A-Za-z0-9._~%/?=&#-]{0,200})?"
                        + ")(?![A-Za-z0-9])");
    }

    @Override
    public boolean mayStartWith(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    @Override
    public String expand(Matcher m, String text) {
        String s = m.group();
        // A bare "name.tld" must have a digit or start with www/http or hold an @ to be an address;
        // plain words with a dot (Mr.Wang is not matched: no TLD) stay for the other rules.
        StringBuilder sb = new StringBuilder(s.length() * 2);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                int j = i;
                while (j < s.length() && Character.isDigit(s.charAt(j))) {
                    j++;
                }
                sb.append(nv.digits(s.substring(i, j), true));
                i = j;
                continue;
            }
            switch (c) {
                case '.' -> sb.append('点');
                case '@' -> sb.append(" at ");
                case '/' -> sb.append("斜杠");
                case '_' -> sb.append("下划线");
                case '-' -> sb.append("杠");
                case ':' -> sb.append("冒号");
                default -> sb.append(c);
            }
            i++;
        }
        return sb.toString();
    }
}
