package marytts.zh.installer;

import java.nio.file.Path;

/** Loads a voice package's models and runs them once; throws with a one-line reason when they do not run. */
@FunctionalInterface
public interface LoadTester {
    void test(Path voiceDirectory) throws AdminException;
}
