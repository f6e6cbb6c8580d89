package marytts.neural.clone;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A cloned voice's {@code consent.properties} (docs/voice-package.md): who agreed, to what, when,
 * the recorded consent sentence (a file in the package) with its sha256, and how similar its
 * speaker was to the enrollment audio, measured by {@code consent.speaker.method}.
 */
public record ConsentRecord(String id, String speakerName, String agreedTo, String agreedAt, String consentAudio,
        String consentAudioSha256, double similarity, String method) {
    public static final String FILE = "consent.properties";

    public void write(Path dir) throws IOException {
        Properties p = new Properties();
        p.setProperty("consent.id", id);
        p.setProperty("speaker.name", speakerName);
        p.setProperty("agreed.to", agreedTo);
        p.setProperty("agreed.at", agreedAt);
        p.setProperty("consent.audio", consentAudio);
        p.setProperty("consent.audio.sha256", consentAudioSha256);
        p.setProperty("consent.speaker.similarity", String.format(java.util.Locale.ROOT, "%.4f", similarity));
        p.setProperty("consent.speaker.method", method);
        try (Writer w = new OutputStreamWriter(Files.newOutputStream(dir.resolve(FILE)), StandardCharsets.UTF_8)) {
            p.store(w, "consent record of a cloned voice");
        }
    }

    public static ConsentRecord read(Path dir) throws EnrollmentException {
        Path f = dir.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            throw new EnrollmentException(f + ": missing: a cloned voice needs a consent record");
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(f)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            throw new EnrollmentException(f + ": unreadable: " + e.getMessage(), e);
        }
        try {
            return new ConsentRecord(need(p, f, "consent.id"), need(p, f, "speaker.name"), need(p, f, "agreed.to"),
                    need(p, f, "agreed.at"), need(p, f, "consent.audio"), need(p, f, "consent.audio.sha256"),
                    Double.parseDouble(need(p, f, "consent.speaker.similarity")), need(p, f, "consent.speaker.method"));
        } catch (NumberFormatException e) {
            throw new EnrollmentException(f + ": consent.speaker.similarity: not a number");
        }
    }

    private static String need(Properties p, Path f, String key) throws EnrollmentException {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new EnrollmentException(f + ": " + key + ": required key is missing");
        }
        return v.trim();
    }
}
