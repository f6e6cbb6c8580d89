package marytts.neural;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;

/** Copies of the repository's zh-tiny-test voice package (made by its script) for tests to use or break. */
final class TinyVoice {
    private TinyVoice() {
    }

    static Path source() {
        Path p = Paths.get("..", "voices", "zh-tiny-test").toAbsolutePath().normalize();
        if (!Files.isRegularFile(p.resolve("voice.properties"))) {
            throw new IllegalStateException("missing " + p + ": run voices/zh-tiny-test/make_tiny_voice.py");
        }
        return p;
    }

    static Path copyTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String f : new String[] { "voice.properties", "acoustic.pt", "vocoder.pt", "LICENSE" }) {
            Files.copy(source().resolve(f), dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        return dir;
    }

    static void edit(Path dir, String from, String to) throws IOException {
        Path p = dir.resolve("voice.properties");
        String s = Files.readString(p);
        if (!s.contains(from)) {
            throw new IllegalArgumentException("voice.properties has no '" + from + "'");
        }
        Files.writeString(p, s.replace(from, to));
    }
}
