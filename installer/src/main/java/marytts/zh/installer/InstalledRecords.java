package marytts.zh.installer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * MaryTTS's install bookkeeping: one {@code NAME-VERSION-component.xml} per installed component in
 * {@code MARY_BASE/installed/} (the package file name without .zip, as MaryTTS 5.2.1 names it), the
 * component XML with a {@code <files>} list of the installed paths relative to MARY_BASE. MaryTTS's
 * installer sees a component with such a record as installed and can uninstall it.
 */
public final class InstalledRecords {
    /** A parsed record and the file it came from. */
    public record Record(Path file, ComponentDescriptor component) {
    }

    private final MaryBase base;

    public InstalledRecords(MaryBase base) {
        this.base = base;
    }

    /** All readable records; unreadable ones are reported in {@code problems}. */
    public List<Record> all(List<String> problems) {
        List<Record> out = new ArrayList<>();
        if (!Files.isDirectory(base.installed())) {
            return out;
        }
        try (Stream<Path> s = Files.list(base.installed())) {
            for (Path p : s.filter(f -> f.getFileName().toString().endsWith("-component.xml")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(p)) {
                    out.add(new Record(p, ComponentXml.read(in, p.toString())));
                } catch (AdminException | IOException e) {
                    problems.add(e.getMessage());
                }
            }
        } catch (IOException e) {
            problems.add("cannot list " + base.installed() + ": " + e.getMessage());
        }
        return out;
    }

    public List<Record> forName(String name) {
        return all(new ArrayList<>()).stream().filter(r -> r.component().name().equals(name)).toList();
    }

    /** Writes the record atomically (temporary file + rename); returns its path. */
    public Path write(ComponentDescriptor c) throws IOException {
        Files.createDirectories(base.installed());
        Path target = base.installed().resolve(c.recordFileName());
        Path tmp = Files.createTempFile(base.installed(), ".record-", ".tmp");
        try {
            Files.write(tmp, ComponentXml.write(c, true));
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return target;
    }
}
