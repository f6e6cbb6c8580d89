package marytts.zh.installer;

import java.util.ArrayList;
import java.util.List;

import marytts.language.zh.frontend.ChunkSplitter;
import marytts.language.zh.frontend.PinyinSyllable;
import marytts.language.zh.frontend.PronouncedWord;
import marytts.language.zh.frontend.TextChunk;
import marytts.language.zh.frontend.ZhFrontEnd;
import marytts.neural.PhoneSequence;
import marytts.neural.ProsodyControls;
import marytts.neural.VoicePackage;
import marytts.neural.clone.EnrollmentException;
import marytts.neural.clone.TranscriptEncoder;

/**
 * Enrollment transcripts to model ids through the zh_CN front end (normalize, pronounce): initials
 * get tone 0, finals the syllable's surface tone; boundaries {@code none/syllable/word}; punctuation
 * becomes a silence phone with a phrase boundary; the sequence ends with a sentence boundary.
 */
final class FrontEndTranscripts implements TranscriptEncoder {
    private final ZhFrontEnd frontEnd = ZhFrontEnd.shared();
    private final ChunkSplitter splitter = new ChunkSplitter();

    @Override
    public PhoneSequence encode(String transcript, VoicePackage v) throws EnrollmentException {
        List<long[]> rows = new ArrayList<>();
        for (TextChunk chunk : splitter.split(frontEnd.normalizer().normalize(transcript))) {
            List<List<PinyinSyllable>> words = new ArrayList<>();
            switch (chunk.kind()) {
            case HAN:
                for (PronouncedWord w : frontEnd.pronouncer().pronounce(chunk.text())) {
                    words.add(w.syllables());
                }
                break;
            case LATIN:
            case DIGITS:
                words.add(frontEnd.latin().pronounce(chunk.text()));
                break;
            case PUNCTUATION:
                if (!rows.isEmpty()) {
                    rows.get(rows.size() - 1)[2] = v.boundaries().id("phrase");
                    rows.add(new long[] { v.phones().id("_"), v.tones().id("0"), v.boundaries().id("phrase") });
                }
                continue;
            default:
                continue;
            }
            for (List<PinyinSyllable> word : words) {
                for (int s = 0; s < word.size(); s++) {
                    PinyinSyllable syl = word.get(s);
                    List<String> phones = syl.phones();
                    for (int p = 0; p < phones.size(); p++) {
                        int id = v.phones().id(phones.get(p));
                        if (id <= 0) {
                            throw new EnrollmentException("transcript '" + transcript + "': phone '" + phones.get(p)
                                    + "' is not in voice " + v.name());
                        }
                        boolean isFinal = phones.get(p).equals(syl.finalPart());
                        String b = p < phones.size() - 1 ? "none" : s == word.size() - 1 ? "word" : "syllable";
                        rows.add(new long[] { id, v.tones().id(isFinal ? String.valueOf(syl.tone()) : "0"),
                                v.boundaries().id(b) });
                    }
                }
            }
        }
        if (rows.isEmpty()) {
            throw new EnrollmentException("transcript '" + transcript + "' has nothing to say");
        }
        rows.get(rows.size() - 1)[2] = v.boundaries().id("sentence");
        return PhoneSequence.fromRows(rows, 0, ProsodyControls.NEUTRAL);
    }
}
