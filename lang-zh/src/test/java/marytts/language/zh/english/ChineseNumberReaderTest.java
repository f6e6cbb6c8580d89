package marytts.language.zh.english;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import marytts.language.zh.frontend.PinyinSyllable;

class ChineseNumberReaderTest {
    private final ChineseNumberReader reader = new ChineseNumberReader();

    private String read(String digits) {
        return reader.read(digits).stream().map(PinyinSyllable::toPinyin).collect(Collectors.joining(" "));
    }

    @Test
    void readsSmallNumbersAsCardinals() {
        assertEquals("ling2", read("0"));
        assertEquals("wu3", read("5"));
        assertEquals("shi2", read("10"));
        assertEquals("shi2 wu3", read("15"));
        assertEquals("er4 shi2 yi1", read("21"));
    }

    @Test
    void insertsZeroForGaps() {
        assertEquals("yi1 bai3 ling2 wu3", read("105"));
        assertEquals("yi1 qian1 ling2 wu3 shi2", read("1050"));
        assertEquals("yi1 bai3 yi1 shi2", read("110"));
        assertEquals("shi2 wan4 ling2 yi1 shi2", read("100010"));
    }

    @Test
    void saysLiangForTwoThousandsAndTenThousands() {
        assertEquals("liang3 qian1", read("2000"));
        assertEquals("liang3 wan4", read("20000"));
    }

    @Test
    void readsLeadingZerosAndLongRunsDigitByDigit() {
        assertEquals("ling2 ling2 qi1", read("007"));
        assertEquals("yi1 er4 san1 si4 wu3 liu4 qi1 ba1 jiu3", read("123456789"));
    }
}
