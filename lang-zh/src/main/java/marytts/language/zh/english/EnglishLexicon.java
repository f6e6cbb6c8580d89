package marytts.language.zh.english;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import marytts.exceptions.MaryConfigurationException;
import marytts.fst.FSTLookup;
import marytts.modules.phonemiser.AllophoneSet;
import marytts.modules.phonemiser.TrainedLTS;

/**
 * English pronunciations from marytts-lang-en's en_US resources, loaded straight from the jar
 * without booting MaryTTS: the CMUdict-based FST lexicon ({@code cmudict.fst}) and, for words
 * it lacks, the trained letter-to-sound tree ({@code cmudict.lts}), as
 * {@code marytts.modules.JPhonemiser} does (exact word, then lower case).
 *
 * <p>Resources are loaded on the first lookup. Lookups are serialized, so one instance may be
 * shared between threads.
 */
public final class EnglishLexicon {
    private static final Logger LOG = LogManager.getLogger(EnglishLexicon.class);
    private static final String BASE = "marytts/language/en_US/lexicon/";

    /** Where a pronunciation came from. */
    public enum Source {
        LEXICON, LETTER_TO_SOUND
    }

    /** A pronunciation with its source. */
    public record Entry(EnglishPronunciation pronunciation, Source source) {
    }

    private FSTLookup lexicon;
    private TrainedLTS lts;
    private AllophoneSet allophones;

    /**
     * The pronunciation of one alphabetic word: lexicon first, letter-to-sound otherwise. Empty
     * if the word has no letters or the predictors produced nothing.
     *
     * @throws IllegalStateException if the en_US resources cannot be loaded
     */
    public synchronized Optional<Entry> pronounce(String word) {
        if (word == null || word.isBlank()) {
            return Optional.empty();
        }
        load();
        String w = word.trim();
        for (String candidate : new String[] { w, w.toLowerCase(Locale.ROOT) }) {
            String[] entries = lexicon.lookup(candidate);
            if (entries != null && entries.length > 0) {
                EnglishPronunciation p = EnglishPronunciation.parse(entries[0]);
                if (!p.isEmpty()) {
                    return Optional.of(new Entry(p, Source.LEXICON));
                }
            }
        }
        try {
            String phones = lts.predictPronunciation(w.toLowerCase(Locale.ROOT));
            if (phones == null || phones.isBlank()) {
                return Optional.empty();
            }
            EnglishPronunciation p = EnglishPronunciation.parse(lts.syllabify(phones));
            return p.isEmpty() ? Optional.empty() : Optional.of(new Entry(p, Source.LETTER_TO_SOUND));
        } catch (RuntimeException e) {
            LOG.debug("letter-to-sound failed for '{}': {}", w, e.toString());
            return Optional.empty();
        }
    }

    /** True if {@code phone} belongs to the en_US allophone set. */
    public synchronized boolean isEnglishPhone(String phone) {
        load();
        return allophones.getAllophoneNames().contains(phone);
    }

    private void load() {
        if (lexicon != null) {
            return;
        }
        try (InputStream aIn = open("allophones.en_US.xml"); InputStream fIn = open("cmudict.fst");
                InputStream lIn = open("cmudict.lts")) {
            AllophoneSet set = AllophoneSet.getAllophoneSet(aIn, "en_US");
            FSTLookup fst = new FSTLookup(fIn, BASE + "cmudict.fst");
            TrainedLTS trained = new TrainedLTS(set, lIn, true);
            allophones = set;
            lts = trained;
            lexicon = fst;
            LOG.info("loaded en_US lexicon and letter-to-sound for English inside Chinese");
        } catch (IOException | MaryConfigurationException e) {
            throw new IllegalStateException("cannot load en_US lexicon from marytts-lang-en: " + e.getMessage(), e);
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = EnglishLexicon.class.getClassLoader().getResourceAsStream(BASE + name);
        if (in == null) {
            throw new IOException("resource " + BASE + name + " not found on the class path (is marytts-lang-en there?)");
        }
        return in;
    }
}
