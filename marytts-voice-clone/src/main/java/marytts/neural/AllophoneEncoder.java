package marytts.neural;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Turns the ALLOPHONES MaryXML a synthesizer receives (tokens with syllables and phones, and
 * boundaries) into model ids, cut into chunks at phrase and sentence boundaries so they can be
 * synthesized and streamed one at a time. See docs/voice-package.md "From MaryXML to ids".
 */
public final class AllophoneEncoder {
    /** Longest silence one boundary may ask for: SSML breaks beyond this are cut. */
    public static final int MAX_BREAK_MS = 10_000;
    /** Chunks longer than this are cut at a word end so model inputs stay bounded. */
    public static final int MAX_PHONES_PER_CHUNK = 400;

    private final VoicePackage voice;
    private final Predicate<String> isVowel;
    private final int silence;
    private final int noTone;

    public AllophoneEncoder(VoicePackage voice, Predicate<String> isVowel) {
        this.voice = voice;
        this.isVowel = isVowel;
        this.silence = voice.phones().id("_");
        this.noTone = voice.tones().id("0");
    }

    /**
     * Chunks in order; unknown phones are reported in the exception, never silently dropped. A chunk
     * may have no phones when it only carries a pause.
     */
    public List<PhoneSequence> encode(List<Element> tokensAndBoundaries) throws UnknownPhoneException {
        List<PhoneSequence> chunks = new ArrayList<>();
        Chunk current = new Chunk();
        for (Element e : tokensAndBoundaries) {
            if ("boundary".equals(e.getTagName())) {
                int breakIndex = intAttribute(e, "breakindex", 0);
                int durationMs = Math.min(MAX_BREAK_MS, Math.max(0, intAttribute(e, "duration", 0)));
                if (current.isEmpty() && durationMs == 0) {
                    continue; // a boundary right after another one: nothing to say and no pause to add
                }
                if (breakIndex >= 4 || durationMs > 0) {
                    // an empty chunk here is a pure pause (a <break/> between sentences); the engine
                    // renders it as silence without running the models
                    String type = breakIndex >= 5 ? "sentence" : "phrase";
                    current.markLast(voice.boundaries().id(type));
                    chunks.add(current.close(durationMs, ProsodyReader.controlsFor(e)));
                    current = new Chunk();
                } else if (breakIndex == 3 && !current.isEmpty()) {
                    current.markLast(voice.boundaries().id("phrase"));
                    current.add(silence, noTone, voice.boundaries().id("phrase"));
                }
                continue;
            }
            List<Element> syllables = childElements(e, "syllable");
            for (int s = 0; s < syllables.size(); s++) {
                Element syllable = syllables.get(s);
                long toneId = toneId(syllable.getAttribute("tone"));
                List<Element> phones = childElements(syllable, "ph");
                for (int p = 0; p < phones.size(); p++) {
                    String symbol = phones.get(p).getAttribute("p");
                    int id = voice.phones().id(symbol);
                    if (id <= 0) {
                        throw new UnknownPhoneException(voice.name(), symbol);
                    }
                    boolean lastOfSyllable = p == phones.size() - 1;
                    String boundary = !lastOfSyllable ? "none" : s == syllables.size() - 1 ? "word" : "syllable";
                    current.add(id, isVowel.test(symbol) ? toneId : noTone, voice.boundaries().id(boundary));
                }
            }
            if (!syllables.isEmpty()) {
                current.controls = ProsodyReader.controlsFor(e);
                if (current.size() >= MAX_PHONES_PER_CHUNK) {
                    current.markLast(voice.boundaries().id("phrase"));
                    chunks.add(current.close(0, current.controls));
                    current = new Chunk();
                }
            }
        }
        if (!current.isEmpty()) {
            current.markLast(voice.boundaries().id("sentence"));
            chunks.add(current.close(0, current.controls));
        }
        return chunks;
    }

    private long toneId(String tone) {
        int id = voice.tones().id(tone == null || tone.isEmpty() ? "0" : tone.trim());
        return id > 0 ? id : noTone;
    }

    private static int intAttribute(Element e, String name, int fallback) {
        String v = e.getAttribute(name);
        if (v == null || v.isEmpty()) {
            return fallback;
        }
        try {
            return (int) Math.round(Double.parseDouble(v.trim().replace("ms", "")));
        } catch (NumberFormatException ex) {
            return fallback;
        }
    }

    static List<Element> childElements(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element && name.equals(((Element) n).getTagName())) {
                out.add((Element) n);
            }
        }
        return out;
    }

    /** Accumulates ids of one chunk. */
    private static final class Chunk {
        private long[] phones = new long[32];
        private long[] tones = new long[32];
        private long[] boundaries = new long[32];
        private int size;
        private ProsodyControls controls = ProsodyControls.NEUTRAL;

        void add(long phone, long tone, long boundary) {
            if (size == phones.length) {
                phones = java.util.Arrays.copyOf(phones, size * 2);
                tones = java.util.Arrays.copyOf(tones, size * 2);
                boundaries = java.util.Arrays.copyOf(boundaries, size * 2);
            }
            phones[size] = phone;
            tones[size] = tone;
            boundaries[size] = boundary;
            size++;
        }

        void markLast(long boundary) {
            if (size > 0) {
                boundaries[size - 1] = boundary;
            }
        }

        boolean isEmpty() {
            return size == 0;
        }

        int size() {
            return size;
        }

        PhoneSequence close(int silenceAfterMs, ProsodyControls c) {
            return new PhoneSequence(java.util.Arrays.copyOf(phones, size), java.util.Arrays.copyOf(tones, size),
                    java.util.Arrays.copyOf(boundaries, size), silenceAfterMs, size > 0 ? controls : c);
        }
    }
}
