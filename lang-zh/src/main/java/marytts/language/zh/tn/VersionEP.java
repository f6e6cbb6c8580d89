package marytts.language.zh.tn;

import java.util.regex.Matcher;

/**
 * Version numbers: v2.0.1, V10.2, and bare dotted triples such as 3.10.2 that are not dates
 * (the date pattern runs first). Each component is read as a cardinal, components joined by 点;
 * the v prefix stays Latin.
 */
final class VersionEP extends NumberPattern {

    VersionEP(NumberVerbalizer nv) {
        super(nv,
                "(?<![A-Za-z0-9.])(?:([vV])\\s?(\\d{1,4}(?:\\.\\d{1,4}){0,3})|(\\d{1,4}(?:\\.\\d{1,4}){2,3}))"
                        + "(?![0-9A-Za-z]|\\.\\d)");
    }

    @Override
    public boolean mayStartWith(char c) {
        return c >= '0' && c <= '9' || c == 'v' || c == 'V';
    }

    @Override
    public String expand(Matcher m, String text) {
        String prefix = m.group(1) == null ? "" : m.group(1);
        String body = m.group(1) == null ? m.group(3) : m.group(2);
        StringBuilder sb = new StringBuilder(prefix);
        String[] parts = body.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                sb.append('点');
            }
            sb.append(nv.ordinal(parts[i]));
        }
        return sb.toString();
    }
}
