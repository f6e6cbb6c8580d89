package marytts.language.zh.tn;

import java.util.regex.Pattern;

/**
 * Shared part of the patterns that read their match with the {@link NumberVerbalizer}: the
 * verbalizer, the regex compiled once per instance, and optionally the most common pre-filter,
 * "every match starts with an ASCII digit". It exists only so that the twenty-odd pattern classes
 * do not each repeat that field, constructor and getter; each subclass still owns its regex, its
 * {@code expand} and, where it differs, its own {@link #mayStartWith}.
 */
abstract class NumberPattern implements ExpansionPattern {

    /** Constructor flag: every match starts with an ASCII digit 0-9. */
    static final boolean DIGIT_FIRST = true;

    protected final NumberVerbalizer nv;
    private final Pattern pattern;
    private final boolean digitFirst;

    /** No pre-filter here: {@link #mayStartWith} accepts everything unless the subclass overrides it. */
    NumberPattern(NumberVerbalizer nv, String regex) {
        this(nv, false, regex);
    }

    /**
     * @param digitFirst true ({@link #DIGIT_FIRST}) if every match starts with an ASCII digit;
     *        {@link #mayStartWith} then rejects every other character
     */
    NumberPattern(NumberVerbalizer nv, boolean digitFirst, String regex) {
        this.nv = nv;
        this.digitFirst = digitFirst;
        this.pattern = Pattern.compile(regex);
    }

    @Override
    public final Pattern pattern() {
        return pattern;
    }

    @Override
    public boolean mayStartWith(char c) {
        return !digitFirst || c >= '0' && c <= '9';
    }
}
