package marytts.zh.installer;

import java.nio.file.Path;

import marytts.neural.EngineOptions;
import marytts.neural.NeuralVoiceEngine;
import marytts.neural.VoicePackage;
import marytts.neural.VoicePackageException;

/**
 * Load test through the real engine: {@link NeuralVoiceEngine} checks the model checksums and
 * each model's embedded contract, and its constructor runs acoustic model + vocoder at several
 * input lengths (warm-up). Always on the CPU with one predictor, so it works beside a running server.
 */
public final class DjlLoadTester implements LoadTester {
    @Override
    public void test(Path voiceDirectory) throws AdminException {
        try {
            VoicePackage pkg = VoicePackage.load(voiceDirectory);
            try (NeuralVoiceEngine engine = new NeuralVoiceEngine(pkg, new EngineOptions("cpu", 1, 10_000))) {
                engine.voice();
            }
        } catch (VoicePackageException e) {
            throw new AdminException("load test failed: " + oneLine(e.getMessage()), e);
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            throw new AdminException("load test failed: " + oneLine(String.valueOf(e)), e);
        }
    }

    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }
}
