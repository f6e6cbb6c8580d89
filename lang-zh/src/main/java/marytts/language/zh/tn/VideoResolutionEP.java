package marytts.language.zh.tn;

import java.util.regex.Matcher;

/**
 * Video line counts with p or i (1080P, 720p, 1080i, 2160P) are said digit by digit, as the name
 * of a format, not as a quantity: 1080P → 一零八零P, 720p → 七二零p. Only the standard line counts
 * are taken, so other number-letter runs are left to the measure and cardinal patterns.
 */
final class VideoResolutionEP extends NumberPattern {

    VideoResolutionEP(NumberVerbalizer nv) {
        super(nv, DIGIT_FIRST,
                "(?<![0-9A-Za-z.])(240|360|480|540|576|720|1080|1440|2160|4320)([pPiI])(?![A-Za-z0-9])");
    }

    @Override
    public String expand(Matcher m, String text) {
        return nv.digits(m.group(1)) + m.group(2);
    }
}
