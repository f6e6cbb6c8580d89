package marytts.language.zh.english;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An English pronunciation in the MaryTTS en_US (SAMPA-like) phone set, as syllables with
 * their stress. Parsed from the lexicon's transcription format: phones separated by spaces,
 * {@code -} between syllables, {@code '} (primary) or {@code ,} (secondary) before a stressed
 * syllable, e.g. {@code ' d aU - n l @U d}.
 */
public record EnglishPronunciation(List<Syllable> syllables) {

    /** Stress levels of an English syllable. */
    public enum Stress {
        NONE, PRIMARY, SECONDARY
    }

    /** One English syllable: its phones in order and its stress. */
    public record Syllable(List<String> phones, Stress stress) {
        public Syllable {
            phones = List.copyOf(phones);
            Objects.requireNonNull(stress, "stress");
        }
    }

    public EnglishPronunciation {
        syllables = List.copyOf(syllables);
    }

    public boolean isEmpty() {
        return syllables.stream().allMatch(s -> s.phones().isEmpty());
    }

    /**
     * Parses a transcription such as {@code ' k @ m - p j u - t r=}. Stress marks may stand
     * alone or be glued to the first phone of the syllable; empty syllables are skipped.
     */
    public static EnglishPronunciation parse(String transcription) {
        List<Syllable> out = new ArrayList<>();
        if (transcription == null) {
            return new EnglishPronunciation(out);
        }
        List<String> phones = new ArrayList<>();
        Stress stress = Stress.NONE;
        for (String raw : transcription.trim().split("\\s+")) {
            String tok = raw;
            if (tok.isEmpty()) {
                continue;
            }
            if (tok.equals("-")) {
                if (!phones.isEmpty()) {
                    out.add(new Syllable(phones, stress));
                }
                phones = new ArrayList<>();
                stress = Stress.NONE;
                continue;
            }
            while (!tok.isEmpty() && (tok.charAt(0) == '\'' || tok.charAt(0) == ',')) {
                stress = tok.charAt(0) == '\'' ? Stress.PRIMARY : Stress.SECONDARY;
                tok = tok.substring(1);
            }
            if (tok.endsWith("1") && tok.length() > 1) {
                tok = tok.substring(0, tok.length() - 1); // LTS may leave a stress digit on vowels
            }
            if (!tok.isEmpty()) {
                phones.add(tok);
            }
        }
        if (!phones.isEmpty()) {
            out.add(new Syllable(phones, stress));
        }
        return new EnglishPronunciation(Collections.unmodifiableList(out));
    }

    /** The transcription in lexicon format (for logs and tests). */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (Syllable s : syllables) {
            if (sb.length() > 0) {
                sb.append(" - ");
            }
            if (s.stress() == Stress.PRIMARY) {
                sb.append("' ");
            } else if (s.stress() == Stress.SECONDARY) {
                sb.append(", ");
            }
            sb.append(String.join(" ", s.phones()));
        }
        return sb.toString();
    }
}
