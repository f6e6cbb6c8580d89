package marytts.language.zh.tn;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One written-form pattern (numbers, dates, phone numbers...) and how it is read aloud.
 *
 * <p>The normalizer scans the text left to right. At each position it offers the text to the
 * patterns in priority order ({@link ChineseTextNormalizer} builds that order); the first pattern
 * whose {@link #pattern()} matches there (with {@code lookingAt}) and whose {@link #expand} does not
 * decline wins, and scanning resumes after the match. Matchers use transparent bounds, so
 * look-behind and look-ahead see the surrounding text.
 *
 * <p>Implementations are immutable and thread-safe: the regex is compiled once in the constructor,
 * and all state needed by {@code expand} is passed in.
 */
public interface ExpansionPattern {

    /** The precompiled expression; it must not be able to match the empty string. */
    Pattern pattern();

    /**
     * The spoken form of the current match, or {@code null} to decline (the next pattern is then
     * tried at the same position).
     *
     * @param m a matcher positioned on a successful {@code lookingAt} match
     * @param text the whole text being normalized (for context words around the match)
     */
    String expand(Matcher m, String text);

    /**
     * Cheap pre-filter: false if no match can start with {@code c}, so the regex is not run there.
     * The default (true) is always correct; patterns override it for speed.
     */
    default boolean mayStartWith(char c) {
        return true;
    }

    /** A short name for diagnostics. */
    default String name() {
        return getClass().getSimpleName();
    }
}
