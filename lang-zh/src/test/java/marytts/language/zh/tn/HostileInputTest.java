package marytts.language.zh.tn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random and adversarial input never throws and never hangs. */
class HostileInputTest {

    private final ChineseTextNormalizer tn = new ChineseTextNormalizer();

    private static String repeat(String s, int totalChars) {
        StringBuilder sb = new StringBuilder(totalChars + s.length());
        while (sb.length() < totalChars) {
            sb.append(s);
        }
        return sb.toString();
    }

    @Test
    void returnsEmptyForNullAndEmpty() {
        assertEquals("", tn.normalize(null));
        assertEquals("", tn.normalize(""));
    }

    @Test
    void oneMegabyteOfDigitsFinishesFast() {
        String s = repeat("1234567890", 1 << 20);
        String out = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> tn.normalize(s));
        assertTrue(out.length() >= s.length());
    }

    @Test
    void oneMegabyteOfMixedTextFinishesFast() {
        String s = repeat("今天是2024-03-05，温度-3℃，打13912345678，比分3:2，a.b.c 1.2.3.4.5 -- ~~ ::: ///", 1 << 20);
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> tn.normalize(s));
    }

    @Test
    void oneMegabyteOfSeparatorsAndLettersFinishesFast() {
        for (String unit : new String[] {"1.", "1-", "1:", "1/", "a", "k1", "$", "1,", "1 ", "v1."}) {
            String s = repeat(unit, 1 << 20);
            // a guard against catastrophic (super-linear) behaviour, not a benchmark: generous for loaded CI machines
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> tn.normalize(s), unit);
        }
    }

    @Test
    void keepsEmojiAndControlCharacters() {
        String s = "价格😀\u0000\u0007\t12元\uD83D\uDE00";
        assertEquals("价格😀\u0000\u0007\t十二元\uD83D\uDE00", tn.normalize(s));
    }

    @Test
    void keepsUnpairedSurrogates() {
        String s = "\uD800第3\uDC00名\uDBFF";
        assertEquals("\uD800第三\uDC00名\uDBFF", tn.normalize(s));
    }

    @Test
    void keepsOneOutputLinePerInputLine() {
        String out = tn.normalize("1\n2\r\n3");
        assertEquals("一\n二\r\n三", out);
    }

    @Test
    void randomInputNeverThrows() {
        Random r = new Random(42);
        String alphabet = "0123456789０１２.-/:~%‰$¥€年月日号点个第元kmgh²℃°+=×÷<>≥≤±√ aZv中文\uD800\uDC00😀\n，。";
        for (int t = 0; t < 2000; t++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(60);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            assertNotNull(tn.normalize(sb.toString()));
        }
    }

    @Test
    void isThreadSafe() throws Exception {
        Thread[] threads = new Thread[4];
        String[] errors = new String[threads.length];
        for (int k = 0; k < threads.length; k++) {
            int id = k;
            threads[k] = new Thread(() -> {
                for (int i = 0; i < 2000; i++) {
                    String out = tn.normalize("第" + i + "名，2024-03-05，12.5%");
                    if (!out.endsWith("百分之十二点五")) {
                        errors[id] = out;
                    }
                }
            });
            threads[k].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        for (String e : errors) {
            assertEquals(null, e);
        }
    }
}
