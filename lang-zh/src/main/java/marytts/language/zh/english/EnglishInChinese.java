package marytts.language.zh.english;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import marytts.language.zh.frontend.PinyinSyllable;

/**
 * Pronounces a Latin token found inside Chinese text (one LATIN chunk: iPhone15, Wi-Fi, GPU, bug)
 * as syllables of the zh_CN set, the way a Mandarin speaker says it.
 *
 * <p>The token is split by {@link LatinTokenSplitter}; digit runs are read as Chinese numbers
 * ({@link ChineseNumberReader}), acronyms and single letters spelled ({@link LetterSpeller}), and
 * words pronounced from the en_US lexicon or letter-to-sound ({@link EnglishLexicon}, or the
 * {@link KnownWords} list first) and mapped into our phones ({@link EnglishToZhPhoneMapper}).
 * A word that yields nothing is spelled. Never throws: null, empty or garbage input gives an
 * empty list.
 *
 * <p>Thread-safe. The English lexicon is loaded on first use (about a second).
 */
public final class EnglishInChinese {
    private static final Logger LOG = LogManager.getLogger(EnglishInChinese.class);

    private final EnglishLexicon lexicon = new EnglishLexicon();
    private final EnglishToZhPhoneMapper mapper = new EnglishToZhPhoneMapper();
    private final LetterSpeller letters = new LetterSpeller();
    private final ChineseNumberReader numbers = new ChineseNumberReader();
    private final LatinTokenSplitter splitter = new LatinTokenSplitter(this::inLexicon);

    public EnglishInChinese() {
        // resources load lazily on the first word
    }

    /** Syllables for one Latin token; an empty list if it has nothing to pronounce. */
    public List<PinyinSyllable> pronounce(String latinToken) {
        List<PinyinSyllable> out = new ArrayList<>();
        if (latinToken == null || latinToken.isBlank()) {
            return out;
        }
        try {
            for (LatinTokenSplitter.Part part : splitter.split(latinToken)) {
                switch (part.kind()) {
                case NUMBER: out.addAll(numbers.read(part.text())); break;
                case SPELL: out.addAll(letters.spell(part.text())); break;
                case PLURAL_S: out.add(PinyinSyllable.parse("si5")); break;
                case PLUS: out.add(PinyinSyllable.parse("jia1")); break;
                case WORD: out.addAll(word(part.text())); break;
                default: throw new AssertionError(part.kind());
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("English path failed for '{}', spelling it instead: {}", latinToken, e.toString());
            return letters.spell(latinToken);
        }
        return out;
    }

    /** The English pronunciation used for a word (known list, lexicon, or letter-to-sound), if any. */
    public Optional<EnglishPronunciation> englishPronunciation(String word) {
        Optional<EnglishPronunciation> known = KnownWords.pronunciation(word);
        if (known.isPresent()) {
            return known;
        }
        Optional<EnglishLexicon.Entry> entry = lexicon.pronounce(word);
        if (entry.map(e -> e.source() != EnglishLexicon.Source.LEXICON).orElse(true) && word.endsWith("'s")) {
            // possessive of a lexicon word (McDonald's): the word's entry plus z
            Optional<EnglishLexicon.Entry> base = lexicon.pronounce(word.substring(0, word.length() - 2));
            if (base.isPresent() && base.get().source() == EnglishLexicon.Source.LEXICON) {
                return Optional.of(EnglishPronunciation.parse(base.get().pronunciation() + " z"));
            }
        }
        if (entry.isEmpty() && word.indexOf('\'') >= 0) {
            entry = lexicon.pronounce(word.replace("'", ""));
        }
        return entry.map(EnglishLexicon.Entry::pronunciation);
    }

    private List<PinyinSyllable> word(String word) {
        Optional<EnglishPronunciation> p;
        try {
            p = englishPronunciation(word);
        } catch (IllegalStateException e) {
            LOG.warn("no English lexicon ({}); spelling '{}'", e.getMessage(), word);
            p = Optional.empty();
        }
        if (p.isPresent()) {
            List<PinyinSyllable> mapped = mapper.map(p.get());
            if (!mapped.isEmpty()) {
                return mapped;
            }
        }
        return letters.spell(word);
    }

    private boolean inLexicon(String lowerCaseWord) {
        try {
            String w = lowerCaseWord.endsWith("'s") ? lowerCaseWord.substring(0, lowerCaseWord.length() - 2)
                    : lowerCaseWord;
            return lexicon.pronounce(w).filter(e -> e.source() == EnglishLexicon.Source.LEXICON).isPresent();
        } catch (IllegalStateException e) {
            return false;
        }
    }
}
