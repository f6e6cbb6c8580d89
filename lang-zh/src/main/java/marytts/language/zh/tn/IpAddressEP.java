package marytts.language.zh.tn;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** IPv4 addresses (127.0.0.1): each part digit by digit, parts joined by 点. */
final class IpAddressEP implements ExpansionPattern {

    private final NumberVerbalizer nv;
    private final Pattern pattern = Pattern.compile(
            "(?<![0-9.])(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?![0-9]|\\.\\d)");

    IpAddressEP(NumberVerbalizer nv) {
        this.nv = nv;
    }

    @Override
    public boolean mayStartWith(char c) {
        return c >= '0' && c <= '9';
    }

    @Override
    public Pattern pattern() {
        return pattern;
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
