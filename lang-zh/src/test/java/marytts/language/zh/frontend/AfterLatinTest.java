package marytts.language.zh.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class AfterLatinTest {
    private static PronouncedWord word(String text, String... pinyin) {
        return new PronouncedWord(text, java.util.Arrays.stream(pinyin).map(PinyinSyllable::parse).toList());
    }

    @Test
    void readsABareLeadingLeAsTheParticle() {
        List<PronouncedWord> fixed = AfterLatin.fix(List.of(word("了", "liao3"), word("吧", "ba5")));
        assertEquals("le5", fixed.get(0).syllables().get(0).toPinyin());
        assertEquals("ba5", fixed.get(1).syllables().get(0).toPinyin());
    }

    @Test
    void leavesLongerWordsAndOtherRunsAlone() {
        List<PronouncedWord> words = List.of(word("了解", "liao3", "jie3"));
        assertEquals(words, AfterLatin.fix(words));
        List<PronouncedWord> other = List.of(word("很", "hen3"), word("了", "liao3"));
        assertEquals(other, AfterLatin.fix(other));
        assertEquals(List.of(), AfterLatin.fix(List.of()));
    }
}
