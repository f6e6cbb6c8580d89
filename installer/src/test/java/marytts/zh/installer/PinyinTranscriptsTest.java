package marytts.zh.installer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Paths;

import org.junit.jupiter.api.Test;

import marytts.neural.PhoneSequence;
import marytts.neural.VoicePackage;
import marytts.neural.clone.EnrollmentException;

/** Numbered-pinyin enrollment transcripts to model ids (the rows of {@link SyllableRows}). */
class PinyinTranscriptsTest {
    static VoicePackage voice() throws Exception {
        return VoicePackage.load(Paths.get("..", "voices", "zh-tiny-test"));
    }

    @Test
    void idsTonesAndBoundaries() throws Exception {
        VoicePackage v = voice();
        PhoneSequence s = new PinyinTranscripts().encode("zhong1-guo2 , ju3 yi1", v);
        assertArrayEquals(ids(v.phones()::id, "zh", "ong", "g", "uo", "_", "j", "v", "i"), s.phones());
        assertArrayEquals(ids(v.tones()::id, "0", "1", "0", "2", "0", "0", "3", "1"), s.tones());
        assertArrayEquals(ids(v.boundaries()::id, "none", "syllable", "none", "phrase", "phrase", "none", "word",
                "sentence"), s.boundaries());
    }

    @Test
    void sameRowsAsTheFrontEndForChineseText() throws Exception {
        VoicePackage v = voice();
        PhoneSequence a = new PinyinTranscripts().encode("ni3 , hao3", v);
        PhoneSequence b = new FrontEndTranscripts().encode("你，好", v);
        assertArrayEquals(b.phones(), a.phones());
        assertArrayEquals(b.tones(), a.tones());
        assertArrayEquals(b.boundaries(), a.boundaries());
    }

    @Test
    void refusesWhatIsNotPinyin() throws Exception {
        VoicePackage v = voice();
        assertThrows(EnrollmentException.class, () -> new PinyinTranscripts().encode("zhong1 qqq3", v));
        assertThrows(EnrollmentException.class, () -> new PinyinTranscripts().encode(" , ", v));
    }

    interface Ids {
        int id(String symbol);
    }

    static long[] ids(Ids table, String... symbols) {
        long[] out = new long[symbols.length];
        for (int i = 0; i < symbols.length; i++) {
            out[i] = table.id(symbols[i]);
        }
        return out;
    }
}
