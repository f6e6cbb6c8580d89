package marytts.zh.installer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import marytts.neural.VoicePackage;
import marytts.neural.VoicePackageException;

/**
 * Checks a neural voice directory: contract version, {@link VoicePackage} validation, the sha256 of
 * every model against voice.properties, of every file against a component's checksums, and a load
 * test of the models. Used on the staged copy before install and by {@code verify}.
 */
public final class VoiceVerifier {
    private final LoadTester loadTester;

    public VoiceVerifier(LoadTester loadTester) {
        this.loadTester = loadTester;
    }

    /**
     * @param dir       the voice directory
     * @param root      what the keys of {@code checksums} are relative to (MARY_BASE or a staging dir)
     * @param checksums expected sha256 per file, may be empty
     */
    public VoicePackage verify(Path dir, Path root, Map<String, String> checksums) throws AdminException {
        checkContractVersion(dir);
        VoicePackage pkg;
        try {
            pkg = VoicePackage.load(dir);
        } catch (VoicePackageException e) {
            throw new RefusedException("invalid voice package: " + DjlLoadTester.oneLine(e.getMessage()));
        }
        checkFile(pkg.acoustic().path(), pkg.acoustic().sha256(), "voice.properties model.acoustic.sha256");
        checkFile(pkg.vocoder().path(), pkg.vocoder().sha256(), "voice.properties model.vocoder.sha256");
        if (pkg.acousticFp16().isPresent()) {
            checkFile(pkg.acousticFp16().get().path(), pkg.acousticFp16().get().sha256(),
                    "voice.properties model.acoustic.fp16.sha256");
        }
        if (pkg.speakerEncoder().isPresent()) {
            checkFile(pkg.speakerEncoder().get().path(), pkg.speakerEncoder().get().sha256(),
                    "voice.properties model.speaker_encoder.sha256");
        }
        for (Map.Entry<String, String> e : checksums.entrySet()) {
            checkFile(root.resolve(e.getKey()), e.getValue(), "component checksums");
        }
        loadTester.test(dir);
        return pkg;
    }

    /** Checks an installed voice (see {@link VoiceCatalog}); returns a short summary or throws with the reason. */
    public String verifyInstalled(MaryBase base, VoiceCatalog.Voice voice) throws AdminException {
        Map<String, String> sums = voice.record().map(r -> r.component().fileSha256()).orElse(Map.of());
        if (voice.directory().isPresent()) {
            VoicePackage pkg = verify(voice.directory().get(), base.root(), sums);
            return "neural, " + (sums.isEmpty() ? "models" : sums.size() + " files") + " match their sha256, "
                    + "models load and run (" + pkg.sampleRate() + " Hz)";
        }
        if (voice.record().isPresent() && voice.record().get().component().isNeural()) {
            throw new RefusedException("voice directory " + base.voiceDir(voice.name()) + " is missing");
        }
        for (Map.Entry<String, String> e : sums.entrySet()) {
            checkFile(base.root().resolve(e.getKey()), e.getValue(), "install record");
        }
        for (String f : voice.record().map(r -> r.component().installedFiles()).orElse(java.util.List.of())) {
            if (!f.endsWith("/") && !Files.isRegularFile(base.root().resolve(f))) {
                throw new RefusedException("missing file " + f + " (listed in the install record)");
            }
        }
        return "stock component, " + sums.size() + " files match their sha256 (no load test: MaryTTS loads it at start-up)";
    }

    static void checkContractVersion(Path dir) throws AdminException {
        Path config = dir.resolve(VoicePackage.CONFIG_FILE);
        if (!Files.isRegularFile(config)) {
            throw new RefusedException("no " + VoicePackage.CONFIG_FILE + " in " + dir);
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(config)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            throw new RefusedException(config + " is unreadable: " + e.getMessage());
        }
        String v = p.getProperty("contract.version", "").trim();
        if (!String.valueOf(VoicePackage.CONTRACT_VERSION).equals(v)) {
            throw new RefusedException("unsupported contract version '" + v + "' in " + VoicePackage.CONFIG_FILE
                    + " (voice-admin reads " + VoicePackage.CONTRACT_VERSION + ")");
        }
    }

    static void checkFile(Path file, String expected, String source) throws AdminException {
        if (!Files.isRegularFile(file)) {
            throw new RefusedException("missing file " + file.getFileName() + " (listed in " + source + ")");
        }
        try {
            String actual = Hashes.sha256(file);
            if (!actual.equalsIgnoreCase(expected)) {
                throw new RefusedException("checksum mismatch: " + file.getFileName() + " has sha256 "
                        + actual.substring(0, 12) + "..., " + source + " expects " + abbreviate(expected));
            }
        } catch (IOException e) {
            throw new AdminException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String abbreviate(String sha) {
        return sha.length() > 12 ? sha.substring(0, 12) + "..." : sha;
    }
}
