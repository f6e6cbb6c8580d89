package marytts.zh.installer;

import java.nio.file.Path;

/**
 * The layout of a MARY_BASE as voice-admin uses it. Neural voices live in
 * {@code neural-voices/NAME/} (the server loads every directory there at start-up), stock
 * components' jars in {@code lib/}, MaryTTS's install records in {@code installed/}; voice-admin's
 * own working files (lock, staging, trash) in {@code .voice-admin/} and replaced voices in
 * {@code backups/}, both outside the folders the server reads.
 */
public record MaryBase(Path root) {
    public MaryBase {
        root = root.toAbsolutePath().normalize();
    }

    public Path neuralVoices() {
        return root.resolve("neural-voices");
    }

    public Path voiceDir(String name) {
        return neuralVoices().resolve(name);
    }

    public Path lib() {
        return root.resolve("lib");
    }

    public Path installed() {
        return root.resolve("installed");
    }

    public Path work() {
        return root.resolve(".voice-admin");
    }

    public Path lockFile() {
        return work().resolve("lock");
    }

    public Path backups() {
        return root.resolve("backups");
    }

    /** Speaker-embedding cache of cloned voices; an entry of voice NAME is a file named {@code NAME.*}. */
    public Path embeddingCache() {
        return root.resolve("cache").resolve("speaker-embeddings");
    }

    /** The cache-key prefix of a voice: its name and a dot (a dot never occurs in a voice name). */
    public static String cacheKeyPrefix(String voiceName) {
        return voiceName + ".";
    }
}
