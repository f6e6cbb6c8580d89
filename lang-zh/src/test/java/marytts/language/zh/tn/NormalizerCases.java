package marytts.language.zh.tn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;

/**
 * Base of the TN case tables: a fresh normalizer per case, and after each case the check that no
 * pattern threw (a pattern that throws leaves its text unexpanded, which a case may not notice).
 */
abstract class NormalizerCases {
    protected final ChineseTextNormalizer tn = new ChineseTextNormalizer();

    @AfterEach
    void noPatternFailed() {
        assertEquals(0, tn.fallbacks(), "a pattern threw and its text was kept as written (see the WARN log)");
    }
}
