package marytts.zh.installer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What is installed in a MARY_BASE: every install record in {@code installed/} and every voice
 * directory in {@code neural-voices/} (also those copied there by hand or by {@code bin/mary-server},
 * which have no record).
 */
public final class VoiceCatalog {
    /** One voice as listed. {@code record} is empty for unrecorded voice directories. */
    public record Voice(String name, String version, String type, String locale, String gender,
            Optional<Path> directory, Optional<InstalledRecords.Record> record) {
    }

    private final MaryBase base;

    public VoiceCatalog(MaryBase base) {
        this.base = base;
    }

    public List<Voice> voices(List<String> problems) {
        TreeMap<String, Voice> out = new TreeMap<>();
        for (InstalledRecords.Record r : new InstalledRecords(base).all(problems)) {
            ComponentDescriptor c = r.component();
            Path dir = base.voiceDir(c.name());
            out.put(c.name(), new Voice(c.name(), c.version(), c.type(), c.locale(), c.gender(),
                    c.isNeural() && Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty(), Optional.of(r)));
        }
        if (Files.isDirectory(base.neuralVoices())) {
            try (Stream<Path> s = Files.list(base.neuralVoices())) {
                for (Path dir : s.filter(Files::isDirectory).sorted().toList()) {
                    String name = dir.getFileName().toString();
                    if (out.containsKey(name)) {
                        continue;
                    }
                    Properties p = properties(dir);
                    out.put(name, new Voice(name, p.getProperty("version", "-").trim(), "neural",
                            p.getProperty("locale", "?").split(",")[0].trim(), p.getProperty("gender", "?").trim(),
                            Optional.of(dir), Optional.empty()));
                }
            } catch (IOException e) {
                problems.add("cannot list " + base.neuralVoices() + ": " + e.getMessage());
            }
        }
        return new ArrayList<>(out.values());
    }

    public Optional<Voice> find(String name) {
        return voices(new ArrayList<>()).stream().filter(v -> v.name().equals(name)).findFirst();
    }

    static Properties properties(Path dir) {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(dir.resolve("voice.properties"))) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            // listed with '?' fields; verify names the problem
        }
        return p;
    }
}
