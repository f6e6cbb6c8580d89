package marytts.neural.clone;

import java.nio.file.Path;

/**
 * One enrollment recording after conditioning: mono, at the voice's rate, trimmed and loudness
 * normalized; {@code sha256} is of the original file's bytes (the cache key's audio part).
 */
public record Utterance(String id, Path source, String sha256, AudioClip audio, String transcript) {
}
