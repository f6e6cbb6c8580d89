package marytts.language.zh.english;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import marytts.language.zh.frontend.PinyinSyllable;

class EnglishInChineseTest {
    private static EnglishInChinese english;

    @BeforeAll
    static void load() {
        english = new EnglishInChinese();
    }

    private static String say(String token) {
        return english.pronounce(token).stream().map(PinyinSyllable::toPinyin).collect(Collectors.joining(" "));
    }

    private static void assertValid(List<PinyinSyllable> syllables, String token) {
        for (PinyinSyllable s : syllables) {
            assertEquals(s, PinyinSyllable.parse(s.toPinyin()), token + ": " + s + " does not round-trip");
            assertTrue(s.tone() >= 1 && s.tone() <= 5, token + ": tone of " + s);
        }
    }

    @Test
    void spellsAcronymsLetterByLetter() {
        assertEquals("ji1 pi1 you1", say("GPU"));
        assertEquals("en1 bi1 ei1", say("NBA"));
        assertEquals("xi1 yi1 ou1", say("CEO"));
        assertEquals("you1 ai1 si5 bi1", say("USB"));
        assertEquals("ei1 ai1", say("AI"));
    }

    @Test
    void spellsAppAsLettersInEitherCase() {
        assertEquals("ei1 pi1 pi1", say("APP"));
        assertEquals("ei1 pi1 pi1", say("app"));
    }

    @Test
    void readsListedCapitalWordsAsWords() {
        assertEquals(2, english.pronounce("NASA").size());
        assertFalse(say("NASA").startsWith("en1"));
    }

    @Test
    void readsBrandWordsAsWords() {
        assertTrue(say("iPhone").startsWith("ai"), say("iPhone"));
        assertEquals(2, english.pronounce("iPhone").size());
        assertTrue(say("YouTube").startsWith("you1 tu"), say("YouTube"));
        assertTrue(say("WeChat").startsWith("wei1"), say("WeChat"));
        assertTrue(say("PowerPoint").startsWith("pao1"), say("PowerPoint"));
    }

    @Test
    void splitsUnlistedCamelCaseIntoWords() {
        // Power + Point via the general lower→upper rule, acronym + word via upper→upper+lower
        List<PinyinSyllable> parser = english.pronounce("HTMLParser");
        assertTrue(say("HTMLParser").startsWith("ai1 qi5 ti1 ai1 mu5 ai1 ou5 pa"), say("HTMLParser"));
        assertValid(parser, "HTMLParser");
    }

    @Test
    void readsDigitsInsideTokensAsChineseNumbers() {
        assertEquals(say("iPhone") + " shi2 wu3", say("iPhone15"));
        assertEquals("wu3 ji1", say("5G"));
        assertEquals("si4 ai1 si5", say("4S"));
        assertEquals("ai1 mu5 pi1 san1", say("mp3"));
    }

    @Test
    void readsHyphenatedKnownFormsAsWords() {
        assertEquals("wai1 fai4", say("Wi-Fi"));
        assertEquals(say("Wi-Fi"), say("WiFi"));
        assertEquals(say("email"), say("e-mail"));
        assertTrue(say("email").startsWith("yi1 mei"), say("email"));
    }

    @Test
    void splitsUnknownHyphenatedTokensIntoParts() {
        assertEquals(say("bug") + " " + say("fix"), say("bug-fix"));
    }

    @Test
    void pronouncesCommonWordsFromTheLexicon() {
        assertEquals("ba1 ge5", say("bug"));
        assertEquals("dang1 lou2 de5", say("download"));
        assertEquals("feng1", say("phone"));
        assertEquals("miu1 zi5 ke5", say("music"));
    }

    @Test
    void pronouncesUnknownWordsThroughLetterToSound() {
        List<PinyinSyllable> s = english.pronounce("blorptastic");
        assertTrue(s.size() >= 4, s.toString());
        assertValid(s, "blorptastic");
        assertTrue(english.englishPronunciation("blorptastic").isPresent());
    }

    @Test
    void spellsWordsWithoutVowels() {
        assertEquals(say("W") + " " + say("W") + " " + say("W"), say("www"));
    }

    @Test
    void readsCapitalWordsOfTheLexiconAsWords() {
        assertEquals(say("hello"), say("HELLO"));
        assertEquals(say("sale"), say("SALE"));
        assertEquals(say("rest"), say("REST"));
        assertEquals("ai1 qi5 ti1 ti1 pi1", say("HTTP"));
        assertEquals("ei1 di1 ai1 qi5 di1", say("ADHD"));
    }

    @Test
    void readsListedTechWordsAsWords() {
        assertTrue(say("JSON").startsWith("zhei1"), say("JSON"));
        assertEquals(2, english.pronounce("JSON").size(), say("JSON"));
        assertEquals(2, english.pronounce("TOEFL").size(), say("TOEFL"));
        assertEquals("ai1 ou1 ai1 si5", say("iOS"));
        assertEquals(say("mister"), say("Mr"));
        assertEquals(say("doctor"), say("Dr"));
        assertEquals(2, english.pronounce("SPA").size(), say("SPA"));
    }

    @Test
    void spellsTheLetterOfGluedLetterWords() {
        assertEquals("ji1 " + say("mail"), say("Gmail"));
        assertEquals("ai1 ke5 si5 " + say("box"), say("Xbox"));
        assertEquals("wei1 " + say("log"), say("vlog"));
        assertEquals("yi1 " + say("book"), say("ebook"));
    }

    @Test
    void readsPlusAndSharpAfterLetters() {
        assertEquals("xi1 jia1 jia1", say("C++"));
        assertEquals("ei1 jia1", say("A+"));
        assertTrue(say("C#").startsWith("xi1 sha"), say("C#"));
    }

    @Test
    void everyOutputSyllableIsInTheZhSet() {
        for (String token : List.of("GPU", "iPhone15", "Wi-Fi", "bug", "download", "YouTube", "blorptastic",
                "string", "computer", "world", "little", "Microsoft", "thinking", "quick", "huge", "boy",
                "learn", "born", "AT&T", "GPUs", "don't", "café", "strengths", "rhythm", "xylophone", "queue",
                "Tchaikovsky", "Zzyzx", "onomatopoeia", "through", "sixths", "jukebox", "genre", "vision")) {
            List<PinyinSyllable> s = english.pronounce(token);
            assertFalse(s.isEmpty(), token);
            assertValid(s, token);
        }
    }

    @Test
    void emptyOrGarbageInputGivesNothingWithoutThrowing() {
        assertTrue(english.pronounce(null).isEmpty());
        assertTrue(english.pronounce("").isEmpty());
        assertTrue(english.pronounce("   ").isEmpty());
        assertTrue(english.pronounce("!!!").isEmpty());
        assertTrue(english.pronounce("😀").isEmpty());
        assertTrue(english.pronounce("---").isEmpty());
        assertTrue(english.pronounce("''").isEmpty());
    }

    @Test
    void givesTheSameAnswersFromConcurrentCalls() throws Exception {
        List<String> tokens = List.of("GPU", "iPhone15", "Wi-Fi", "bug", "download", "YouTube", "blorptastic",
                "computer", "PowerPoint", "5G");
        List<String> expected = tokens.stream().map(EnglishInChineseTest::say).collect(Collectors.toList());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                futures.add(pool.submit(() -> {
                    EnglishInChinese fresh = t0();
                    List<String> got = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        for (String token : tokens) {
                            got.add(fresh.pronounce(token).stream().map(PinyinSyllable::toPinyin)
                                    .collect(Collectors.joining(" ")));
                        }
                    }
                    return got;
                }));
            }
            for (Future<List<String>> f : futures) {
                List<String> got = f.get();
                for (int i = 0; i < got.size(); i++) {
                    assertEquals(expected.get(i % tokens.size()), got.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The shared instance: concurrent calls on one object are what the integrator does. */
    private static EnglishInChinese t0() {
        return english;
    }
}
