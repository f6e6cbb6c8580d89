package marytts.language.zh.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class PinyinSyllableTest {

    private static List<String> phones(String pinyin) {
        return PinyinSyllable.parse(pinyin).phones();
    }

    @Test
    void splitsInitialAndFinal() {
        assertEquals(List.of("zh", "uang"), phones("zhuang4"));
        assertEquals(List.of("n", "i"), phones("ni3"));
    }

    @Test
    void spellsFinalsInUnderlyingForm() {
        assertEquals(List.of("i"), phones("yi1"));
        assertEquals(List.of("u"), phones("wu3"));
        assertEquals(List.of("v"), phones("yu2"));
        assertEquals(List.of("j", "v"), phones("ju4"));
        assertEquals(List.of("x", "van"), phones("xuan3"));
        assertEquals(List.of("l", "iou"), phones("liu2"));
        assertEquals(List.of("h", "uei"), phones("hui4"));
        assertEquals(List.of("uen"), phones("wen4"));
        assertEquals(List.of("s", "ii"), phones("si4"));
        assertEquals(List.of("sh", "iii"), phones("shi4"));
        assertEquals(List.of("l", "v"), phones("lv4"));
        assertEquals(List.of("n", "v"), phones("nü3"));
        assertEquals(List.of("er"), phones("er2"));
    }

    @Test
    void readsNeutralToneAndErhua() {
        PinyinSyllable s = PinyinSyllable.parse("huar1");
        assertEquals(List.of("h", "ua", "rr"), s.phones());
        assertEquals(1, s.tone());
        assertEquals(5, PinyinSyllable.parse("de5").tone());
        assertEquals(5, PinyinSyllable.parse("ma").tone());
    }

    @Test
    void roundTripsToCanonicalSpelling() {
        for (String p : new String[] { "zhuang4", "yi1", "ju4", "lv4", "liu2", "hui4", "wen4", "shi4", "you3", "yuan2",
                "xue2", "er2" }) {
            assertEquals(p, PinyinSyllable.parse(p).toPinyin());
        }
    }

    @Test
    void refusesNonSyllables() {
        assertThrows(IllegalArgumentException.class, () -> PinyinSyllable.parse("xyz9"));
        assertThrows(IllegalArgumentException.class, () -> PinyinSyllable.parse(""));
        assertThrows(IllegalArgumentException.class, () -> PinyinSyllable.parse("hello3"));
    }
}
