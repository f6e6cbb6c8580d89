package marytts.language.zh.english;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import marytts.language.zh.frontend.PinyinSyllable;

/** The mapper alone, on hand-written en_US transcriptions (no lexicon). */
class EnglishToZhPhoneMapperTest {
    private final EnglishToZhPhoneMapper mapper = new EnglishToZhPhoneMapper();

    private String map(String transcription) {
        return mapper.map(EnglishPronunciation.parse(transcription)).stream().map(PinyinSyllable::toPinyin)
                .collect(Collectors.joining(" "));
    }

    @Test
    void addsEpentheticVowelsAfterFinalConsonants() {
        assertEquals("ba1 ge5", map("' b V g"));
        assertEquals("chai1 te5", map("' tS { t"));
        assertEquals("ai1 si5", map("' E s"));
        assertEquals("kai1 ci5", map("' k { t s"));
    }

    @Test
    void foldsNasalCodasIntoTheFinal() {
        assertEquals("xing1", map("' T I N"));
        assertEquals("feng1", map("' f @U n"));
        assertEquals("kan1 po5 si5", map("' k { m - p @ s")); // m before a labial folds as n
    }

    @Test
    void splitsOnsetClustersWithEpentheticVowels() {
        assertEquals("si5 te5 ling1", map("s - ' t r I N"));
        assertEquals("bu5 lu1", map("' b l u"));
    }

    @Test
    void mergesGlidesIntoMedials() {
        assertEquals("kui1 ke5", map("' k w I k"));
        assertEquals("miu1", map("' m j u"));
        assertEquals("you1", map("' j u"));
        assertEquals("wai1", map("' w AI"));
    }

    @Test
    void resyllabifiesIntervocalicClustersTheMandarinWay() {
        // lexicon: ' d aU - n l @U d ; the n becomes the first syllable's coda
        assertEquals("dang1 lou2 de5", map("' d aU - n l @U d"));
    }

    @Test
    void mapsStressToTone() {
        // primary 1, secondary 4, unstressed full vowel 2, unstressed reduced vowel 5
        assertEquals("you1 tu4 bu5", map("' j u - , t u b"));
        assertEquals("tu2 ba1", map("t u - ' b A"));
        assertEquals("me5 ta1", map("m @ - ' t A"));
    }

    @Test
    void givesToneOneToWordsWithoutStress() {
        assertEquals("de1", map("D @"));
    }

    @Test
    void repairsCombinationsMandarinLacks() {
        assertEquals("xi1", map("' s i"));
        assertEquals("qi1", map("' k i"));
        assertEquals("fei1", map("' f i"));
        assertEquals("bo1 te5", map("' b @ t"));
        assertEquals("duo1 ge5", map("' d O g"));
    }

    @Test
    void turnsRhoticVowelsIntoErhua() {
        assertEquals("er1", map("' r="));
        assertEquals("ter1", map("' t r="));
        assertEquals("luor1", map("' l O r"));
    }

    @Test
    void mapsUnknownPhonesToTheNearestInsteadOfDropping() {
        List<PinyinSyllable> s = mapper.map(EnglishPronunciation.parse("' b Q x"));
        assertEquals("[bo1, de5]", s.toString()); // Q read as @, x as d
        for (PinyinSyllable p : s) {
            assertEquals(p, PinyinSyllable.parse(p.toPinyin()));
        }
    }

    @Test
    void coversEveryEnglishPhoneInEveryPosition() {
        List<String> consonants = List.of("p", "t", "k", "b", "d", "g", "tS", "dZ", "f", "v", "T", "D", "s", "z", "S",
                "Z", "h", "l", "m", "n", "N", "r", "w", "j");
        for (String v : EnglishToZhPhoneMapper.VOWELS.keySet()) {
            for (String c : consonants) {
                for (String t : List.of("' " + c + " " + v, "' " + v + " " + c, "' s " + c + " " + v + " " + c + " s",
                        "' " + c + " j " + v + " - " + c + " w " + v, c + " " + v + " r n")) {
                    List<PinyinSyllable> s = mapper.map(EnglishPronunciation.parse(t));
                    assertTrue(!s.isEmpty(), t);
                    for (PinyinSyllable p : s) {
                        assertEquals(p, PinyinSyllable.parse(p.toPinyin()), t + " -> " + s);
                    }
                }
            }
        }
    }
}
