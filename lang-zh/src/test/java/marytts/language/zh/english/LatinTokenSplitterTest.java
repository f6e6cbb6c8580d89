package marytts.language.zh.english;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import marytts.language.zh.english.LatinTokenSplitter.Kind;
import marytts.language.zh.english.LatinTokenSplitter.Part;

class LatinTokenSplitterTest {
    private final LatinTokenSplitter splitter = new LatinTokenSplitter(Set.of("mcdonald")::contains);

    @Test
    void splitsLettersFromDigits() {
        assertEquals(List.of(new Part("iPhone", Kind.WORD), new Part("15", Kind.NUMBER)), splitter.split("iPhone15"));
        assertEquals(List.of(new Part("5", Kind.NUMBER), new Part("G", Kind.SPELL)), splitter.split("5G"));
    }

    @Test
    void splitsCamelCaseUnlessTheLexiconKnowsTheWord() {
        assertEquals(List.of(new Part("Power", Kind.WORD), new Part("Shell", Kind.WORD)), splitter.split("PowerShell"));
        assertEquals(List.of(new Part("HTML", Kind.SPELL), new Part("Parser", Kind.WORD)), splitter.split("HTMLParser"));
        assertEquals(List.of(new Part("McDonald", Kind.WORD)), splitter.split("McDonald"));
    }

    @Test
    void keepsPluralOfAcronymsAsSuffix() {
        assertEquals(List.of(new Part("GPU", Kind.SPELL), new Part("s", Kind.PLURAL_S)), splitter.split("GPUs"));
    }

    @Test
    void treatsShortCapitalsAsAcronymsAndLongOnesAsWords() {
        assertEquals(List.of(new Part("NBA", Kind.SPELL)), splitter.split("NBA"));
        assertEquals(List.of(new Part("NASA", Kind.WORD)), splitter.split("NASA"));
        assertEquals(List.of(new Part("GOOGLE", Kind.WORD)), splitter.split("GOOGLE"));
    }

    @Test
    void splitsAtConnectorsAndReadsAmpersandAsAnd() {
        assertEquals(List.of(new Part("bug", Kind.WORD), new Part("fix", Kind.WORD)), splitter.split("bug-fix"));
        assertEquals(List.of(new Part("AT", Kind.SPELL), new Part("and", Kind.WORD), new Part("T", Kind.SPELL)),
                splitter.split("AT&T"));
        assertEquals(List.of(new Part("Wi-Fi", Kind.WORD)), splitter.split("Wi-Fi"));
    }

    @Test
    void keepsApostrophesInsideWords() {
        assertEquals(List.of(new Part("don't", Kind.WORD)), splitter.split("don't"));
    }

    @Test
    void readsFullWidthAndAccentedLettersAsAscii() {
        assertEquals(List.of(new Part("GPU", Kind.SPELL)), splitter.split("ＧＰＵ"));
        assertEquals(List.of(new Part("cafe", Kind.WORD)), splitter.split("café"));
    }
}
