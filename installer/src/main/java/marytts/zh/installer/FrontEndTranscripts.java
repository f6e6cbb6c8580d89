package marytts.zh.installer;

import marytts.language.zh.frontend.ChunkSplitter;
import marytts.language.zh.frontend.PronouncedWord;
import marytts.language.zh.frontend.TextChunk;
import marytts.language.zh.frontend.ZhFrontEnd;
import marytts.neural.PhoneSequence;
import marytts.neural.VoicePackage;
import marytts.neural.clone.EnrollmentException;
import marytts.neural.clone.TranscriptEncoder;

/**
 * Enrollment transcripts to model ids through the zh_CN front end (normalize, pronounce); the rows
 * follow {@link SyllableRows} (surface tones on finals, punctuation becomes a pause).
 */
final class FrontEndTranscripts implements TranscriptEncoder {
    private final ZhFrontEnd frontEnd = ZhFrontEnd.shared();
    private final ChunkSplitter splitter = new ChunkSplitter();

    @Override
    public PhoneSequence encode(String transcript, VoicePackage v) throws EnrollmentException {
        SyllableRows rows = new SyllableRows(v, transcript);
        for (TextChunk chunk : splitter.split(frontEnd.normalizer().normalize(transcript))) {
            switch (chunk.kind()) {
            case HAN:
                for (PronouncedWord w : frontEnd.pronouncer().pronounce(chunk.text())) {
                    rows.word(w.syllables());
                }
                break;
            case LATIN:
            case DIGITS:
                rows.word(frontEnd.latin().pronounce(chunk.text()));
                break;
            case PUNCTUATION:
                rows.pause();
                break;
            default:
                break;
            }
        }
        return rows.finish();
    }
}
