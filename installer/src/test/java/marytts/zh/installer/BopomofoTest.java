package marytts.zh.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import marytts.language.zh.frontend.PinyinSyllable;

/** gcin-voice folder names to numbered pinyin (the hard cases of the bopomofo spelling). */
class BopomofoTest {
    @Test
    void bareSibilantsAreWholeSyllables() {
        assertEquals("zhi1", Bopomofo.toPinyin("ㄓ"));
        assertEquals("chi2", Bopomofo.toPinyin("ㄔ2"));
        assertEquals("shi4", Bopomofo.toPinyin("ㄕ4"));
        assertEquals("ri4", Bopomofo.toPinyin("ㄖ4"));
        assertEquals("zi3", Bopomofo.toPinyin("ㄗ3"));
        assertEquals("ci2", Bopomofo.toPinyin("ㄘ2"));
        assertEquals("si1", Bopomofo.toPinyin("ㄙ"));
        assertEquals(PinyinSyllable.parse("zhi1").phones(), PinyinSyllable.parse(Bopomofo.toPinyin("ㄓ")).phones());
        assertEquals("iii", PinyinSyllable.parse(Bopomofo.toPinyin("ㄕ4")).finalPart());
        assertEquals("ii", PinyinSyllable.parse(Bopomofo.toPinyin("ㄙ")).finalPart());
    }

    @Test
    void umlautFinalsAfterPalatalsAreSpelledU() {
        assertEquals("ju1", Bopomofo.toPinyin("ㄐㄩ"));
        assertEquals("qu3", Bopomofo.toPinyin("ㄑㄩ3"));
        assertEquals("xue2", Bopomofo.toPinyin("ㄒㄩㄝ2"));
        assertEquals("juan4", Bopomofo.toPinyin("ㄐㄩㄢ4"));
        assertEquals("xiong2", Bopomofo.toPinyin("ㄒㄩㄥ2"));
        assertEquals("lv4", Bopomofo.toPinyin("ㄌㄩ4"));
        assertEquals("v", PinyinSyllable.parse(Bopomofo.toPinyin("ㄐㄩ")).finalPart());
    }

    @Test
    void zeroInitialsGetYAndW() {
        assertEquals("yi1", Bopomofo.toPinyin("ㄧ"));
        assertEquals("wu3", Bopomofo.toPinyin("ㄨ3"));
        assertEquals("yu2", Bopomofo.toPinyin("ㄩ2"));
        assertEquals("you3", Bopomofo.toPinyin("ㄧㄡ3"));
        assertEquals("wei4", Bopomofo.toPinyin("ㄨㄟ4"));
        assertEquals("yuan2", Bopomofo.toPinyin("ㄩㄢ2"));
        assertEquals("yong3", Bopomofo.toPinyin("ㄩㄥ3"));
        assertEquals("weng1", Bopomofo.toPinyin("ㄨㄥ"));
        assertEquals("zhong1", Bopomofo.toPinyin("ㄓㄨㄥ"));
        assertEquals("er2", Bopomofo.toPinyin("ㄦ2"));
        assertEquals("liu2", Bopomofo.toPinyin("ㄌㄧㄡ2"));
        assertEquals("gui4", Bopomofo.toPinyin("ㄍㄨㄟ4"));
        assertEquals("lun2", Bopomofo.toPinyin("ㄌㄨㄣ2"));
    }

    @Test
    void gcinToneDigits() {
        assertEquals("ba1", Bopomofo.toPinyin("ㄅㄚ"));
        assertEquals("ba5", Bopomofo.toPinyin("ㄅㄚ1"));
        assertEquals("ba2", Bopomofo.toPinyin("ㄅㄚ2"));
        assertEquals("ba3", Bopomofo.toPinyin("ㄅㄚ3"));
        assertEquals("ba4", Bopomofo.toPinyin("ㄅㄚ4"));
        assertEquals("de5", Bopomofo.toPinyin("ㄉ1"));
        assertEquals("me5", Bopomofo.toPinyin("ㄇ1"));
        assertEquals(5, PinyinSyllable.parse(Bopomofo.toPinyin("ㄌㄜ1")).tone());
    }

    @Test
    void letterNamesAndUnknownRhymesAreSkipped() {
        assertNull(Bopomofo.toPinyin("ㄅ"));
        assertNull(Bopomofo.toPinyin("ㄒ"));
        assertNull(Bopomofo.toPinyin("ㄧㄛ"));
        assertNull(Bopomofo.toPinyin("ㄝ"));
        assertNull(Bopomofo.toPinyin("ㄅㄚ7"));
        assertNull(Bopomofo.toPinyin(""));
    }

    /** Every installed gcin folder that maps at all maps to pinyin the front end parses (skipped without gcin). */
    @Test
    void everyInstalledFolderParses() throws Exception {
        Path gcin = Paths.get("/usr/share/gcin/ogg");
        if (!Files.isDirectory(gcin)) {
            return;
        }
        try (Stream<Path> s = Files.list(gcin)) {
            for (Path d : s.toList()) {
                String py = Bopomofo.toPinyin(d.getFileName().toString());
                if (py != null) {
                    assertEquals(py, PinyinSyllable.parse(py).toPinyin(), d.toString());
                }
            }
        }
    }
}
