package marytts.language.zh.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ZhTextMainTest {

    private static String[] run(String mode, String input) throws Exception {
        StringWriter out = new StringWriter();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ZhTextMain.run(new String[] { mode }, new StringReader(input), out,
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        String s = out.toString();
        assertTrue(s.isEmpty() || s.endsWith("\n"));
        return s.isEmpty() ? new String[0] : s.split("\n", -1);
    }

    @Test
    void keepsOneOutputLinePerInputLineIncludingEmptyOnes() throws Exception {
        for (String mode : new String[] { "normalize", "pinyin", "sandhi", "phonemes" }) {
            String[] lines = run(mode, "你好\n\n世界。\n   \nabc 123\n");
            assertEquals(6, lines.length, mode); // 5 lines + the empty string after the last newline
            assertEquals("", lines[1], mode);
        }
    }

    @Test
    void pinyinGivesOneTokenPerNonWhitespaceCodePoint() throws Exception {
        String[] lines = run("pinyin", "我 爱 北京, OK\n");
        assertEquals("wo3 ai4 bei3 jing1 , O K", lines[0]);
    }

    @Test
    void sandhiChangesThirdToneBeforeThirdTone() throws Exception {
        assertEquals("ni2 hao3", run("sandhi", "你好\n")[0]);
    }

    @Test
    void phonemesSeparateWordsWithBars() throws Exception {
        String line = run("phonemes", "你好世界\n")[0];
        assertTrue(line.contains(" | "), line);
        assertTrue(line.startsWith("n i2 h ao3"), line);
    }

    @Test
    void handlesOneMegabyteLine() throws Exception {
        StringBuilder big = new StringBuilder();
        while (big.length() < 1_000_000) {
            big.append("今天天气很好，");
        }
        long start = System.nanoTime();
        String[] lines = run("pinyin", big + "\n第二行\n");
        assertEquals(3, lines.length);
        assertEquals(big.length(), lines[0].split(" ").length);
        assertTrue(System.nanoTime() - start < 60_000_000_000L, "1 MB line in under a minute");
    }

    @Test
    void refusesUnknownModeWithNonZeroExit() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ZhTextMain.run(new String[] { "translate" }, new StringReader("x\n"), new StringWriter(),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(ZhTextMain.EXIT_USAGE, code);
        String msg = err.toString(StandardCharsets.UTF_8);
        assertTrue(msg.contains("unknown mode 'translate'"), msg);
        assertEquals(1, msg.strip().split("\n").length, "one-line message");
    }

    @Test
    void refusesMissingModeWithUsage() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ZhTextMain.run(new String[0], new StringReader(""), new StringWriter(),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(ZhTextMain.EXIT_USAGE, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage:"));
    }

    @Test
    void englishWordsInsideChineseGetPhonesOfTheChineseSet() throws Exception {
        java.util.Set<String> zhPhones = java.util.Set.of("b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q",
                "x", "zh", "ch", "sh", "r", "z", "c", "s", "rr", "a", "o", "e", "ee", "ai", "ei", "ao", "ou", "an", "en",
                "ang", "eng", "ong", "er", "i", "ii", "iii", "ia", "ie", "iao", "iou", "ian", "in", "iang", "ing", "iong",
                "u", "ua", "uo", "uai", "uei", "uan", "uen", "uang", "ueng", "v", "ve", "van", "vn");
        String line = run("phonemes", "我用iPhone拍照，打开Wi-Fi下载APP，这个bug很难修。\n")[0];
        String[] words = line.split(" \\| ");
        assertTrue(words.length >= 10, line);
        for (String word : words) {
            for (String phone : word.trim().split(" ")) {
                String bare = phone.replaceAll("[1-5]$", "");
                assertTrue(zhPhones.contains(bare), "'" + phone + "' in " + line);
            }
        }
    }
}
