package marytts.language.zh.frontend;

import java.util.List;

/** Segments a run of Han text into words and gives each its surface pronunciation. Thread-safe. */
public interface Pronouncer {
    List<PronouncedWord> pronounce(String hanText);

    /** One lexical pinyin token per non-whitespace code point; non-Han code points stand for themselves. */
    List<String> lexicalPinyin(String line);

    /** Like {@link #lexicalPinyin} but with surface tones (tone sandhi, neutral tones). */
    List<String> surfacePinyin(String line);
}
