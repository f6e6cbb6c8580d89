package marytts.language.zh.tn;

import java.util.regex.Matcher;

/** IPv4 addresses (127.0.0.1): each part digit by digit, parts joined by 点. */
final class IpAddressEP extends NumberPattern {

    IpAddressEP(NumberVerbalizer nv) {
        super(nv, DIGIT_FIRST,
                "(?<![0-9.])(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?![0-9]|\\.\\d)");
    }

    @Override
    public String expand(Matcher m, String text) {
        StringBuilder sb = new StringBuilder();
        for (int g = 1; g <= 4; g++) {
            if (Integer.parseInt(m.group(g)) > 255) {
                return null;
            }
            if (g > 1) {
                sb.append('点');
            }
            sb.append(nv.digits(m.group(g)));
        }
        return sb.toString();
    }
}
