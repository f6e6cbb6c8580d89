package marytts.zh.installer;

import java.util.ArrayList;
import java.util.List;

import marytts.language.zh.frontend.PinyinSyllable;
import marytts.neural.PhoneSequence;
import marytts.neural.VoicePackage;
import marytts.neural.clone.EnrollmentException;
import marytts.neural.clone.TranscriptEncoder;

/**
 * Enrollment transcripts written in numbered pinyin, for recordings whose syllables are known (such
 * as the gcin-voice syllable recordings of {@link RealSpeechCloneFigures}): whitespace-separated
 * words, a word being one or more syllables joined by {@code -} ({@code zhong1-guo2 ren2}); a token
 * of punctuation only ({@code , . ; ? ! ， 。}) is a pause. Tones are taken as written (no sandhi).
 * The rows follow {@link SyllableRows}, like the Chinese-text encoder {@link FrontEndTranscripts}.
 */
final class PinyinTranscripts implements TranscriptEncoder {
    @Override
    public PhoneSequence encode(String transcript, VoicePackage v) throws EnrollmentException {
        SyllableRows rows = new SyllableRows(v, transcript);
        for (String token : transcript.strip().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (token.codePoints().allMatch(cp -> ",.;:?!，。；：？！、".indexOf(cp) >= 0)) {
                rows.pause();
                continue;
            }
            List<PinyinSyllable> word = new ArrayList<>();
            for (String s : token.split("-")) {
                try {
                    word.add(PinyinSyllable.parse(s));
                } catch (IllegalArgumentException e) {
                    throw new EnrollmentException("transcript '" + transcript + "': " + e.getMessage(), e);
                }
            }
            rows.word(word);
        }
        return rows.finish();
    }
}
