package marytts.zh.installer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import marytts.neural.VoicePackage;
import marytts.neural.VoicePackageException;

/**
 * Turns a voice directory into {@code NAME-VERSION.zip} (entries {@code neural-voices/NAME/...}, so it
 * unpacks into MARY_BASE, plus the component XML embedded at the root) and
 * {@code NAME-VERSION-component.xml} beside it, with MaryTTS's md5 and our sha256 of the zip and of
 * every file. The files packaged are the ones the contract names: voice.properties, the models,
 * LICENSE, consent.properties and its audio, README.md. Entries carry a fixed time, so the same
 * directory gives the same zip.
 */
public final class VoicePackager {
    public static final String MARYTTS_VERSION = "5.2.1";
    public static final String DEFAULT_VERSION = "1.0.0";
    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,63}");
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2020, 1, 1, 0, 0);

    /** What {@link #pack} wrote. */
    public record Result(Path zip, Path componentXml, ComponentDescriptor component) {
    }

    public Result pack(Path dir, Path outDir, Optional<String> versionOption) throws AdminException {
        VoiceVerifier.checkContractVersion(dir);
        VoicePackage pkg;
        try {
            pkg = VoicePackage.load(dir);
        } catch (VoicePackageException e) {
            throw new AdminException("invalid voice package: " + DjlLoadTester.oneLine(e.getMessage()));
        }
        String version = versionOption.or(() -> pkg.property("version")).orElse(DEFAULT_VERSION);
        if (!VERSION.matcher(version).matches()) {
            throw new AdminException("version '" + version + "' must match " + VERSION.pattern());
        }
        VoiceVerifier.checkFile(pkg.acoustic().path(), pkg.acoustic().sha256(), "voice.properties");
        VoiceVerifier.checkFile(pkg.vocoder().path(), pkg.vocoder().sha256(), "voice.properties");
        if (pkg.acousticFp16().isPresent()) {
            VoiceVerifier.checkFile(pkg.acousticFp16().get().path(), pkg.acousticFp16().get().sha256(),
                    "voice.properties");
        }
        List<Path> files = filesOf(dir, pkg);
        String base = pkg.name() + "-" + version;
        String prefix = "neural-voices/" + pkg.name() + "/";
        Map<String, String> sums = new LinkedHashMap<>();
        try {
            for (Path f : files) {
                sums.put(prefix + dir.relativize(f).toString().replace('\\', '/'), Hashes.sha256(f));
            }
            String locale = pkg.property("locale").orElse("").split(",")[0].trim();
            ComponentDescriptor c = new ComponentDescriptor(pkg.name(), locale, pkg.gender(), "neural", version,
                    pkg.property("description").orElse("Neural voice " + pkg.name() + " (" + locale + ", "
                            + pkg.gender() + ", license " + pkg.license() + ")"),
                    pkg.license(), licenseHref(pkg.license()), base + ".zip", -1, null, null,
                    String.valueOf(VoicePackage.CONTRACT_VERSION), locale, MARYTTS_VERSION, sums, List.of());
            Files.createDirectories(outDir);
            Path zip = outDir.resolve(base + ".zip");
            Path tmp = Files.createTempFile(outDir, "." + base, ".zip.tmp");
            try {
                writeZip(tmp, dir, files, prefix, base + "-component.xml", ComponentXml.write(c, false));
                Files.move(tmp, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            ComponentDescriptor full = c.withPackage(base + ".zip", Files.size(zip), Hashes.md5(zip),
                    Hashes.sha256(zip));
            Path xml = outDir.resolve(base + "-component.xml");
            Files.write(xml, ComponentXml.write(full, false));
            return new Result(zip, xml, full);
        } catch (IOException e) {
            throw new AdminException("cannot write the package: " + e.getMessage(), e);
        }
    }

    private static List<Path> filesOf(Path dir, VoicePackage pkg) throws AdminException {
        List<Path> files = new ArrayList<>();
        files.add(dir.resolve(VoicePackage.CONFIG_FILE));
        files.add(pkg.acoustic().path());
        pkg.acousticFp16().ifPresent(m -> files.add(m.path()));
        files.add(pkg.vocoder().path());
        pkg.speakerEncoder().ifPresent(m -> files.add(m.path()));
        for (String optional : List.of("LICENSE", "README.md", "consent.properties")) {
            if (Files.exists(dir.resolve(optional), LinkOption.NOFOLLOW_LINKS)) {
                files.add(dir.resolve(optional));
            }
        }
        pkg.property("consent").ifPresent(c -> files.add(dir.resolve(c)));
        consentAudio(dir).ifPresent(files::add);
        List<Path> unique = new ArrayList<>();
        Path root = dir.toAbsolutePath().normalize();
        for (Path f : files) {
            Path n = f.toAbsolutePath().normalize();
            if (!n.startsWith(root)) {
                throw new AdminException("file " + f + " is outside the voice directory");
            }
            if (!Files.isRegularFile(n, LinkOption.NOFOLLOW_LINKS)) {
                throw new AdminException("file " + f + " is missing or not a regular file (symbolic links are not packaged)");
            }
            if (!unique.contains(n)) {
                unique.add(n);
            }
        }
        return unique;
    }

    private static Optional<Path> consentAudio(Path dir) throws AdminException {
        Path consent = dir.resolve("consent.properties");
        if (!Files.isRegularFile(consent)) {
            return Optional.empty();
        }
        java.util.Properties p = new java.util.Properties();
        try (var in = Files.newBufferedReader(consent)) {
            p.load(in);
        } catch (IOException e) {
            throw new AdminException("cannot read " + consent + ": " + e.getMessage(), e);
        }
        String audio = p.getProperty("consent.audio", "").trim();
        return audio.isEmpty() ? Optional.empty() : Optional.of(dir.resolve(audio));
    }

    private static void writeZip(Path zip, Path dir, List<Path> files, String prefix, String xmlName, byte[] xml)
            throws IOException {
        try (OutputStream os = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(os)) {
            ZipEntry x = new ZipEntry(xmlName);
            x.setTimeLocal(ENTRY_TIME);
            out.putNextEntry(x);
            out.write(xml);
            out.closeEntry();
            for (Path f : files) {
                ZipEntry e = new ZipEntry(prefix + dir.toAbsolutePath().normalize().relativize(f).toString().replace('\\', '/'));
                e.setTimeLocal(ENTRY_TIME);
                out.putNextEntry(e);
                Files.copy(f, out);
                out.closeEntry();
            }
        }
    }

    static String licenseHref(String license) {
        return license.matches("[A-Za-z0-9.+-]+") ? "https://spdx.org/licenses/" + license + ".html" : "";
    }
}
