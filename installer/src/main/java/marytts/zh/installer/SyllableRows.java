package marytts.zh.installer;

import java.util.ArrayList;
import java.util.List;

import marytts.language.zh.frontend.PinyinSyllable;
import marytts.neural.PhoneSequence;
import marytts.neural.ProsodyControls;
import marytts.neural.VoicePackage;
import marytts.neural.clone.EnrollmentException;

/**
 * Builds a voice's model id rows ({@code [phone, tone, boundary]}) from pronounced syllables, the one
 * rule set shared by the enrollment transcript encoders ({@link FrontEndTranscripts} for Chinese
 * text, {@link PinyinTranscripts} for numbered pinyin): initials get tone 0, finals the syllable's
 * tone; boundaries {@code none} inside a syllable, {@code syllable} between the syllables of a word,
 * {@code word} after its last; a pause is a silence phone {@code _} with a {@code phrase} boundary
 * (the phone before it gets one too); the sequence ends with a {@code sentence} boundary.
 */
final class SyllableRows {
    private final VoicePackage voice;
    private final String transcript;
    private final List<long[]> rows = new ArrayList<>();

    SyllableRows(VoicePackage voice, String transcript) {
        this.voice = voice;
        this.transcript = transcript;
    }

    /** Adds one word (its syllables in order). */
    void word(List<PinyinSyllable> word) throws EnrollmentException {
        for (int s = 0; s < word.size(); s++) {
            PinyinSyllable syl = word.get(s);
            List<String> phones = syl.phones();
            for (int p = 0; p < phones.size(); p++) {
                int id = voice.phones().id(phones.get(p));
                if (id <= 0) {
                    throw new EnrollmentException("transcript '" + transcript + "': phone '" + phones.get(p)
                            + "' is not in voice " + voice.name());
                }
                boolean isFinal = phones.get(p).equals(syl.finalPart());
                String b = p < phones.size() - 1 ? "none" : s == word.size() - 1 ? "word" : "syllable";
                rows.add(new long[] { id, voice.tones().id(isFinal ? String.valueOf(syl.tone()) : "0"),
                        voice.boundaries().id(b) });
            }
        }
    }

    /** Adds a pause (punctuation): ignored at the start of the sequence. */
    void pause() {
        if (!rows.isEmpty()) {
            rows.get(rows.size() - 1)[2] = voice.boundaries().id("phrase");
            rows.add(new long[] { voice.phones().id("_"), voice.tones().id("0"), voice.boundaries().id("phrase") });
        }
    }

    PhoneSequence finish() throws EnrollmentException {
        if (rows.isEmpty()) {
            throw new EnrollmentException("transcript '" + transcript + "' has nothing to say");
        }
        rows.get(rows.size() - 1)[2] = voice.boundaries().id("sentence");
        return PhoneSequence.fromRows(rows, 0, ProsodyControls.NEUTRAL);
    }
}
