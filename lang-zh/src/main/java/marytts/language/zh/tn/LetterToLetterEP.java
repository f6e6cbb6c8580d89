package marytts.language.zh.tn;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Business shorthand of the form letter-2-letter (B2B, O2O, P2P, B2C): the 2 is the English
 * word "to" and is kept in Latin with the letters ("B to B"). Only the letters these terms use
 * (business, consumer, online/offline, peer, government, ...) qualify, so chemical formulas such
 * as H2O and N2O keep their digit (H二O).
 */
final class LetterToLetterEP implements ExpansionPattern {

    private final Pattern pattern = Pattern.compile("(?<![A-Za-z0-9])([ABCDFGMOP])2([ABCDFGMOP])(?![A-Za-z0-9])");

    @Override
    public boolean mayStartWith(char c) {
        return c >= 'A' && c <= 'Z';
    }

    @Override
    public Pattern pattern() {
        return pattern;
    }

    @Override
    public String expand(Matcher m, String text) {
        return m.group(1) + " to " + m.group(2);
    }
}
