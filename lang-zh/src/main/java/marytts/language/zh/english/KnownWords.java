package marytts.language.zh.english;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Small hand-made lists for Latin tokens the lexicon and the general rules get wrong.
 *
 * <ul>
 * <li>{@link #PRONUNCIATIONS}: brand and mixed-case words, and hyphenated forms, read as words,
 * with an en_US transcription (iPhone, YouTube, PowerPoint, WeChat, Wi-Fi, e-mail...). Keys are
 * lower case; hyphens and apostrophes are ignored when matching.</li>
 * <li>{@link #CAPS_WORDS}: all-caps words of up to 5 letters read as words, not spelled (NASA,
 * NATO, COVID...). Other all-caps runs of up to 5 letters are acronyms.</li>
 * <li>{@link #TITLES}: Mr, Mrs, Ms, Dr read as the words they stand for.</li>
 * <li>{@link #SPELLED}: words that Chinese speakers spell although English has them as words
 * or the lexicon has them (app → A-P-P, id → I-D, iOS → I-O-S); case ignored.</li>
 * </ul>
 */
final class KnownWords {
    static final Map<String, String> PRONUNCIATIONS = Map.ofEntries(
            Map.entry("iphone", "' AI - , f @U n"),
            Map.entry("ipad", "' AI - , p { d"),
            Map.entry("ipod", "' AI - , p A d"),
            Map.entry("imac", "' AI - , m { k"),
            Map.entry("youtube", "' j u - , t u b"),
            Map.entry("powerpoint", "' p aU - r= - , p OI n t"),
            Map.entry("wechat", "' w i - , tS { t"),
            Map.entry("wifi", "' w AI - , f AI"),
            Map.entry("email", "' i - , m EI l"),
            Map.entry("macbook", "' m { k - , b U k"),
            Map.entry("github", "' g I t - , h V b"),
            Map.entry("tiktok", "' t I k - , t A k"),
            Map.entry("linkedin", "' l I N k - , d I n"),
            Map.entry("javascript", "' dZ A - v @ - , s k r I p t"),
            Map.entry("bluetooth", "' b l u - , t u T"),
            Map.entry("covid", "' k @U - v I d"),
            Map.entry("emoji", "I - ' m @U - dZ i"),
            Map.entry("json", "' dZ EI - s @ n"),
            Map.entry("toefl", "' t @U - f u"),
            Map.entry("saas", "' s A s"),
            Map.entry("paas", "' p A s"),
            Map.entry("sharp", "' S A p"),
            Map.entry("readme", "' r i d - , m i"));

    static final Set<String> CAPS_WORDS = Set.of("NASA", "NATO", "COVID", "UNESCO", "UNICEF", "LEGO", "IKEA",
            "OPEC", "LASER", "RADAR", "SARS", "AIDS", "TED", "DOTA", "SPA");

    /** Title abbreviations before a name, matched in this case only (MR and MS are acronyms). */
    static final Map<String, String> TITLES = Map.of("Mr", "mister", "Mrs", "misses", "Ms", "miss", "Dr", "doctor");

    static final Set<String> SPELLED = Set.of("app", "id", "pc", "tv", "ui", "ios");

    private KnownWords() {
    }

    private static String key(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("[-'’]", "");
    }

    /** The hand-made transcription of {@code word}, if listed. */
    static Optional<EnglishPronunciation> pronunciation(String word) {
        String t = PRONUNCIATIONS.get(key(word));
        return t == null ? Optional.empty() : Optional.of(EnglishPronunciation.parse(t));
    }

    static boolean isCapsWord(String word) {
        return CAPS_WORDS.contains(word);
    }

    static boolean isSpelled(String word) {
        return SPELLED.contains(word.toLowerCase(Locale.ROOT));
    }
}
