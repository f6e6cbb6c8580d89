package marytts.language.zh.frontend;

import java.util.ArrayList;
import java.util.List;

/**
 * Text to the allophone symbols a voice receives, as {@code bin/zh-text phonemes} prints them:
 * phones space-separated, the tone digit glued to each final ({@code h ao3}), {@code |} between
 * words. Same decisions as the MaryTTS pipeline (normalize, split, pronounce, spell).
 */
public final class PhonemeTranscriber {
    private final ZhFrontEnd frontEnd;
    private final ChunkSplitter splitter = new ChunkSplitter();

    public PhonemeTranscriber(ZhFrontEnd frontEnd) {
        this.frontEnd = frontEnd;
    }

    public String transcribe(String line) {
        List<String> words = new ArrayList<>();
        TextChunk.Kind previous = null;
        for (TextChunk chunk : splitter.split(frontEnd.normalizer().normalize(line))) {
            TextChunk.Kind before = previous;
            previous = chunk.kind();
            switch (chunk.kind()) {
            case HAN:
                List<PronouncedWord> han = frontEnd.pronouncer().pronounce(chunk.text());
                if (before == TextChunk.Kind.LATIN || before == TextChunk.Kind.DIGITS) {
                    han = AfterLatin.fix(han);
                }
                for (PronouncedWord w : han) {
                    addWord(words, w.syllables());
                }
                break;
            case LATIN:
            case DIGITS:
                addWord(words, frontEnd.latin().pronounce(chunk.text()));
                break;
            default:
                break;
            }
        }
        return String.join(" | ", words);
    }

    private static void addWord(List<String> words, List<PinyinSyllable> syllables) {
        if (syllables.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        for (PinyinSyllable s : syllables) {
            for (String phone : s.phones()) {
                sb.append(sb.length() == 0 ? "" : " ").append(phone);
                if (phone.equals(s.finalPart())) {
                    sb.append(s.tone());
                }
            }
        }
        words.add(sb.toString());
    }
}
