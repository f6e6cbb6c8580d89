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

    private final LatinTokenSplitter withWords = new LatinTokenSplitter(
            Set.of("hello", "sale", "imax", "mail", "box", "log", "book", "mall", "gmail", "dread", "van")::contains);

    @Test
    void readsFourOrFiveCapitalsAsAWordWhenTheLexiconHasIt() {
        assertEquals(List.of(new Part("HELLO", Kind.WORD)), withWords.split("HELLO"));
        assertEquals(List.of(new Part("SALE", Kind.WORD)), withWords.split("SALE"));
        assertEquals(List.of(new Part("IMAX", Kind.WORD)), withWords.split("IMAX"));
        // not in the lexicon, or three letters: still letters
        assertEquals(List.of(new Part("HTML", Kind.SPELL)), withWords.split("HTML"));
        assertEquals(List.of(new Part("BOX", Kind.SPELL)), withWords.split("BOX"));
    }

    @Test
    void spellsALetterGluedToAWordWhenNoEnglishWordBeginsSo() {
        assertEquals(List.of(new Part("X", Kind.SPELL), new Part("box", Kind.WORD)), withWords.split("Xbox"));
        assertEquals(List.of(new Part("v", Kind.SPELL), new Part("log", Kind.WORD)), withWords.split("vlog"));
        assertEquals(List.of(new Part("T", Kind.SPELL), new Part("mall", Kind.WORD)), withWords.split("Tmall"));
        assertEquals(List.of(new Part("e", Kind.SPELL), new Part("book", Kind.WORD)), withWords.split("ebook"));
        // a lexicon word, or a real English onset (d + read), stays one word
        assertEquals(List.of(new Part("Gmail", Kind.WORD)), withWords.split("Gmail"));
        assertEquals(List.of(new Part("dread", Kind.WORD)), withWords.split("dread"));
        assertEquals(List.of(new Part("blog", Kind.WORD)), withWords.split("blog"));
        assertEquals(List.of(new Part("Ivan", Kind.WORD)), withWords.split("Ivan"));
    }

    @Test
    void readsTrailingPlusSignsAndSharp() {
        assertEquals(List.of(new Part("C", Kind.SPELL), new Part("+", Kind.PLUS), new Part("+", Kind.PLUS)),
                splitter.split("C++"));
        assertEquals(List.of(new Part("A", Kind.SPELL), new Part("+", Kind.PLUS)), splitter.split("A+"));
        assertEquals(List.of(new Part("C", Kind.SPELL), new Part("sharp", Kind.WORD)), splitter.split("C#"));
    }

    @Test
    void readsTitleAbbreviationsAsWordsInTitleCaseOnly() {
        assertEquals(List.of(new Part("mister", Kind.WORD)), splitter.split("Mr"));
        assertEquals(List.of(new Part("doctor", Kind.WORD), new Part("Smith", Kind.WORD)), splitter.split("Dr.Smith"));
        assertEquals(List.of(new Part("MR", Kind.SPELL)), splitter.split("MR"));
        assertEquals(List.of(new Part("MS", Kind.SPELL)), splitter.split("MS"));
    }
}
