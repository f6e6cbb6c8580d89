package marytts.language.zh.tn;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Video line counts with p or i (1080P, 720p, 1080i, 2160P) are said digit by digit, as the name
 * of a format, not as a quantity: 1080P → 一零八零P, 720p → 七二零p. Only the standard line counts
 * are taken, so other number-letter runs are left to the measure and cardinal patterns.
 */
final class VideoResolutionEP implements ExpansionPattern {

    private final NumberVerbalizer nv;
    private final Pattern pattern = Pattern.compile(
            "(?<![0-9A-Za-z.])(240|360|480|540|576|720|1080|1440|2160|4320)([pPiI])(?![A-Za-z0-9])");

    VideoResolutionEP(NumberVerbalizer nv) {
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
        return nv.digits(m.group(1)) + m.group(2);
    }
}
