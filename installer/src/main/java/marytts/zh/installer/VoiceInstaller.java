package marytts.zh.installer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import marytts.neural.VoicePackage;

/**
 * Installs a component zip into MARY_BASE: our neural voice components (entries under
 * {@code neural-voices/NAME/}) and MaryTTS's stock voice components (jars under {@code lib/}).
 * Steps, under the {@link InstallLock}: inspect the archive ({@link SafeZip}), read the component
 * XML (beside the zip as {@code BASENAME-component.xml}, or embedded at the zip's root) and check
 * the zip's size/sha256/md5 against it, refuse an existing component without {@code force},
 * extract into a staging directory inside MARY_BASE, verify (sha256 of every file, voice package,
 * load test), then commit: move the old version to {@code backups/}, rename the staged copy into
 * place, write MaryTTS's install record. Any failure undoes the committed steps in reverse.
 */
public final class VoiceInstaller {
    static final int MAX_XML_BYTES = 1 << 20;
    private static final Pattern COMPONENT_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Pattern PACKAGE_FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,150}\\.zip");
    private static final List<String> STOCK_ROOTS = List.of("lib/", "doc/");

    /** What an install did. */
    public record Result(ComponentDescriptor component, Path installedAt, Path record, Optional<Path> backup) {
    }

    private final MaryBase base;
    private final Services services;
    private final InstalledRecords records;

    public VoiceInstaller(MaryBase base, Services services) {
        this.base = base;
        this.services = services;
        this.records = new InstalledRecords(base);
    }

    public Result install(Path zip, boolean force) throws AdminException {
        if (!Files.isRegularFile(zip)) {
            throw new AdminException("no such file: " + zip);
        }
        try (InstallLock lock = InstallLock.acquire(base)) {
            cleanLeftovers();
            List<SafeZip.Entry> entries = SafeZip.inspect(zip, services.limits());
            ComponentDescriptor c = describe(zip, entries);
            boolean neural = entries.stream().anyMatch(e -> e.name().startsWith("neural-voices/"));
            List<String> files = checkLayout(c, entries, neural);
            checkNotInstalled(c, neural, files, force);
            Path staging = base.work().resolve("staging-" + System.nanoTime());
            try {
                Files.createDirectories(staging);
                return neural ? installNeural(zip, c, staging) : installStock(zip, c, files, staging);
            } catch (IOException e) {
                throw new AdminException("install failed: " + e.getMessage(), e);
            } finally {
                FileTrees.deleteQuietly(staging);
            }
        }
    }

    /** Staging and trash directories of runs that were killed; safe to delete while we hold the lock. */
    private void cleanLeftovers() {
        try (Stream<Path> s = Files.list(base.work())) {
            s.filter(p -> p.getFileName().toString().matches("(staging|trash)-.*")).forEach(FileTrees::deleteQuietly);
        } catch (IOException ignored) {
            // nothing to clean
        }
    }

    private ComponentDescriptor describe(Path zip, List<SafeZip.Entry> entries) throws AdminException {
        String zipName = zip.getFileName().toString();
        Path beside = zip.resolveSibling(ComponentDescriptor.baseName(zipName) + "-component.xml");
        List<String> embeddedNames = entries.stream().map(SafeZip.Entry::name)
                .filter(n -> !n.contains("/") && n.endsWith("-component.xml")).toList();
        if (embeddedNames.size() > 1) {
            throw new RefusedException("the zip holds " + embeddedNames.size() + " component XMLs at its root");
        }
        ComponentDescriptor embedded = null;
        if (!embeddedNames.isEmpty()) {
            byte[] xml = SafeZip.readEntry(zip, embeddedNames.get(0), MAX_XML_BYTES);
            embedded = ComponentXml.read(new ByteArrayInputStream(xml), zipName + "!/" + embeddedNames.get(0));
        }
        ComponentDescriptor c;
        if (Files.isRegularFile(beside)) {
            try (InputStream in = Files.newInputStream(beside)) {
                c = ComponentXml.read(in, beside.getFileName().toString());
            } catch (IOException e) {
                throw new AdminException("cannot read " + beside + ": " + e.getMessage(), e);
            }
            checkPackageChecksums(zip, c, beside.getFileName().toString());
            if (embedded != null) {
                if (!embedded.name().equals(c.name()) || !embedded.version().equals(c.version())) {
                    throw new RefusedException("the embedded component XML describes " + embedded.name() + " "
                            + embedded.version() + ", " + beside.getFileName() + " describes " + c.name() + " "
                            + c.version());
                }
                if (c.fileSha256().isEmpty()) {
                    c = c.withFiles(embedded.fileSha256(), List.of());
                }
            }
        } else if (embedded != null) {
            c = embedded;
            if (c.fileSha256().isEmpty()) {
                throw new RefusedException("the embedded component XML has no sha256 checksums and no "
                        + beside.getFileName() + " lies beside the zip");
            }
        } else {
            throw new RefusedException("no component XML: expected " + beside.getFileName()
                    + " beside the zip or one embedded at the zip's root");
        }
        if (c.contractVersion() != null && !String.valueOf(VoicePackage.CONTRACT_VERSION).equals(c.contractVersion())) {
            throw new RefusedException("unsupported contract version '" + c.contractVersion()
                    + "' in the component XML (voice-admin reads " + VoicePackage.CONTRACT_VERSION + ")");
        }
        if (!COMPONENT_NAME.matcher(c.name()).matches()) {
            throw new RefusedException("component name '" + c.name() + "' is not a safe name");
        }
        if (!PACKAGE_FILE.matcher(c.packageFilename()).matches()) {
            throw new RefusedException("package file name '" + c.packageFilename() + "' is not a plain .zip name");
        }
        return c;
    }

    private static void checkPackageChecksums(Path zip, ComponentDescriptor c, String xmlName) throws AdminException {
        if (c.md5Opt().isEmpty() && c.sha256Opt().isEmpty()) {
            throw new RefusedException(xmlName + " gives neither sha256 nor md5sum for the package");
        }
        try {
            long size = Files.size(zip);
            if (c.packageSize() >= 0 && c.packageSize() != size) {
                throw new RefusedException("size mismatch: " + zip.getFileName() + " has " + size + " bytes, "
                        + xmlName + " says " + c.packageSize());
            }
            if (c.sha256Opt().isPresent() && !Hashes.sha256(zip).equals(c.sha256())) {
                throw new RefusedException("checksum mismatch: sha256 of " + zip.getFileName() + " differs from "
                        + xmlName);
            }
            if (c.md5Opt().isPresent() && !Hashes.md5(zip).equals(c.md5())) {
                throw new RefusedException("checksum mismatch: md5 of " + zip.getFileName() + " differs from "
                        + xmlName);
            }
        } catch (IOException e) {
            throw new AdminException("cannot read " + zip + ": " + e.getMessage(), e);
        }
    }

    /** Checks where the entries go; returns the file entries to install (names relative to MARY_BASE). */
    private static List<String> checkLayout(ComponentDescriptor c, List<SafeZip.Entry> entries, boolean neural)
            throws AdminException {
        String voicePrefix = "neural-voices/" + c.name() + "/";
        List<String> files = new ArrayList<>();
        for (SafeZip.Entry e : entries) {
            String n = e.name();
            if (!n.contains("/") && n.endsWith("-component.xml")) {
                continue;
            }
            if (neural) {
                if (!n.startsWith(voicePrefix) && !n.equals("neural-voices/")) {
                    throw new RefusedException("entry '" + n + "' lies outside " + voicePrefix);
                }
            } else if (STOCK_ROOTS.stream().noneMatch(n::startsWith)) {
                throw new RefusedException("entry '" + n + "' lies outside " + String.join(" and ", STOCK_ROOTS)
                        + " (stock MaryTTS component) and outside neural-voices/ (neural voice)");
            }
            if (!e.directory()) {
                files.add(n);
            }
        }
        if (neural) {
            if (!files.contains(voicePrefix + VoicePackage.CONFIG_FILE)) {
                throw new RefusedException("the zip has no " + voicePrefix + VoicePackage.CONFIG_FILE);
            }
            for (String f : files) {
                if (!c.fileSha256().containsKey(f)) {
                    throw new RefusedException("entry '" + f + "' has no sha256 in the component XML");
                }
            }
            for (String listed : c.fileSha256().keySet()) {
                if (!files.contains(listed)) {
                    throw new RefusedException("file '" + listed + "' listed in the component XML is not in the zip");
                }
            }
        } else if (files.stream().noneMatch(f -> f.startsWith("lib/") && f.endsWith(".jar"))) {
            throw new RefusedException("the zip holds neither neural-voices/NAME/ nor a lib/*.jar");
        }
        return files;
    }

    private void checkNotInstalled(ComponentDescriptor c, boolean neural, List<String> files, boolean force)
            throws AdminException {
        if (force) {
            return;
        }
        List<InstalledRecords.Record> old = records.forName(c.name());
        if (!old.isEmpty()) {
            throw new AdminException("voice '" + c.name() + "' is already installed (version "
                    + old.get(0).component().version() + "); use --force to replace it (the old one is kept in "
                    + base.backups() + ")");
        }
        if (neural && Files.exists(base.voiceDir(c.name()), LinkOption.NOFOLLOW_LINKS)) {
            throw new AdminException("voice '" + c.name() + "' already exists in " + base.voiceDir(c.name())
                    + "; use --force to replace it (the old one is kept in " + base.backups() + ")");
        }
        for (String f : neural ? List.<String>of() : files) {
            if (Files.exists(base.root().resolve(f), LinkOption.NOFOLLOW_LINKS)) {
                throw new AdminException(base.root().resolve(f) + " already exists; use --force to replace it");
            }
        }
    }

    private Result installNeural(Path zip, ComponentDescriptor c, Path staging) throws AdminException, IOException {
        SafeZip.extract(zip, staging, n -> n.startsWith("neural-voices/"), services.limits());
        Path staged = staging.resolve("neural-voices").resolve(c.name());
        VoicePackage pkg = new VoiceVerifier(services.loadTester()).verify(staged, staging, c.fileSha256());
        if (!pkg.name().equals(c.name())) {
            throw new RefusedException("voice.properties names the voice '" + pkg.name() + "', the component XML '"
                    + c.name() + "'");
        }
        if (marytts.neural.clone.ConsentCheck.isClone(pkg)) {
            // the same rule as the server: no cloned voice without a valid, unrevoked consent record
            try {
                marytts.neural.clone.ConsentCheck.validate(pkg,
                        marytts.neural.clone.ConsentCheck.revokedList(base.neuralVoices()));
            } catch (marytts.neural.clone.EnrollmentException e) {
                throw new RefusedException("cloned voice refused: " + e.getMessage());
            }
        }
        List<String> installed = new ArrayList<>(c.fileSha256().keySet());
        installed.add("neural-voices/" + c.name() + "/");
        ComponentDescriptor record = c.withFiles(c.fileSha256(), installed);
        Path target = base.voiceDir(c.name());
        return commit(record, List.of(new Move(staged, target)));
    }

    private Result installStock(Path zip, ComponentDescriptor c, List<String> files, Path staging)
            throws AdminException, IOException {
        SafeZip.extract(zip, staging, files::contains, services.limits());
        Map<String, String> sums = new LinkedHashMap<>();
        List<Move> moves = new ArrayList<>();
        for (String f : files) {
            Path staged = staging.resolve(f);
            String sha = Hashes.sha256(staged);
            String expected = c.fileSha256().get(f);
            if (expected != null && !expected.equals(sha)) {
                throw new RefusedException("checksum mismatch: " + f + " differs from the component XML");
            }
            if (f.endsWith(".jar")) {
                try (ZipFile jar = new ZipFile(staged.toFile())) {
                    jar.size();
                } catch (IOException e) {
                    throw new RefusedException(f + " is not a valid jar: " + e.getMessage());
                }
            }
            sums.put(f, sha);
            moves.add(new Move(staged, base.root().resolve(f)));
        }
        return commit(c.withFiles(sums, files), moves);
    }

    private record Move(Path staged, Path target) {
    }

    private Result commit(ComponentDescriptor record, List<Move> moves) throws AdminException {
        Rollback rollback = new Rollback();
        List<InstalledRecords.Record> old = records.forName(record.name());
        Path backup = base.backups().resolve(record.name() + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-" + System.nanoTime() % 100000);
        boolean backedUp = false;
        try {
            services.hooks().reached("verified");
            for (Move m : moves) {
                if (Files.exists(m.target(), LinkOption.NOFOLLOW_LINKS)) {
                    Path b = backup.resolve(base.root().relativize(m.target()));
                    FileTrees.move(m.target(), b);
                    rollback.add(() -> FileTrees.move(b, m.target()));
                    backedUp = true;
                }
            }
            for (InstalledRecords.Record r : old) {
                Path b = backup.resolve("installed").resolve(r.file().getFileName());
                FileTrees.move(r.file(), b);
                rollback.add(() -> FileTrees.move(b, r.file()));
                backedUp = true;
            }
            services.hooks().reached("backed-up");
            for (Move m : moves) {
                FileTrees.move(m.staged(), m.target());
                rollback.add(() -> FileTrees.deleteRecursively(m.target()));
            }
            services.hooks().reached("moved");
            Path recordFile = base.installed().resolve(record.recordFileName());
            rollback.add(() -> Files.deleteIfExists(recordFile));
            records.write(record);
            services.hooks().reached("recorded");
            Path at = moves.size() == 1 ? moves.get(0).target() : base.lib();
            return new Result(record, at, recordFile, backedUp ? Optional.of(backup) : Optional.empty());
        } catch (Exception e) {
            List<String> failures = rollback.run();
            String reason = e instanceof AdminException ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
            if (!failures.isEmpty()) {
                throw new AdminException("install failed (" + DjlLoadTester.oneLine(reason)
                        + ") and the rollback is INCOMPLETE: " + String.join("; ", failures) + "; backup in " + backup, e);
            }
            FileTrees.deleteQuietly(backup);
            throw new AdminException("install failed and was rolled back: " + DjlLoadTester.oneLine(reason), e);
        }
    }
}
