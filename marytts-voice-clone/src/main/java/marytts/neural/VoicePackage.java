package marytts.neural;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * An immutable, validated voice package (docs/voice-package.md, contract version 1). Load with
 * {@link #load(Path)}; every error names the file and the key.
 */
public final class VoicePackage {
    public static final int CONTRACT_VERSION = 1;
    public static final String CONFIG_FILE = "voice.properties";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final List<String> TONES = List.of("<pad>", "0", "1", "2", "3", "4", "5");
    private static final List<String> BOUNDARIES = List.of("<pad>", "none", "syllable", "word", "phrase", "sentence");

    private final Path directory;
    private final String name;
    private final Locale locale;
    private final String gender;
    private final int sampleRate;
    private final int hopSize;
    private final int melBands;
    private final SymbolTable phones;
    private final SymbolTable tones;
    private final SymbolTable boundaries;
    private final int embeddingSize;
    private final Map<String, float[]> speakers;
    private final Map<String, ProsodyControls> speakerControls = new java.util.HashMap<>();
    private final ModelFile acoustic;
    private final ModelFile acousticFp16;
    private final ModelFile vocoder;
    private final ModelFile speakerEncoder;
    private final String license;
    private final boolean defaultForLocale;
    private final Properties raw;

    /** A model file of the package with its expected sha256. */
    public record ModelFile(Path path, String sha256) {
    }

    private VoicePackage(Path directory, Properties p) throws VoicePackageException {
        this.directory = directory;
        this.raw = p;
        String version = need(p, "contract.version");
        if (!String.valueOf(CONTRACT_VERSION).equals(version)) {
            throw error("contract.version", "unsupported contract version '" + version + "' (this engine reads "
                    + CONTRACT_VERSION + ")");
        }
        name = need(p, "name");
        if (!NAME.matcher(name).matches()) {
            throw error("name", "voice name '" + name + "' must match " + NAME.pattern());
        }
        String firstLocale = need(p, "locale").split(",")[0].trim();
        locale = parseLocale(firstLocale);
        gender = need(p, "gender").toLowerCase(Locale.ROOT);
        if (!gender.equals("female") && !gender.equals("male")) {
            throw error("gender", "gender must be female or male, not '" + gender + "'");
        }
        sampleRate = positiveInt(p, "sample.rate");
        hopSize = positiveInt(p, "hop.size");
        melBands = positiveInt(p, "mel.bands");
        phones = table(p, "symbols.phones");
        if (!"<pad>".equals(phones.symbols().get(0)) || !phones.contains("_")) {
            throw error("symbols.phones", "phone table must start with <pad> and contain the silence _");
        }
        tones = table(p, "symbols.tones");
        if (!tones.symbols().equals(TONES)) {
            throw error("symbols.tones", "tone table must be exactly " + String.join(" ", TONES));
        }
        boundaries = table(p, "symbols.boundaries");
        if (!boundaries.symbols().equals(BOUNDARIES)) {
            throw error("symbols.boundaries", "boundary table must be exactly " + String.join(" ", BOUNDARIES));
        }
        embeddingSize = positiveInt(p, "speaker.embedding.size");
        speakers = new LinkedHashMap<>();
        for (String speaker : need(p, "speakers").trim().split("\\s+")) {
            speakers.put(speaker, floats(p, "speaker." + speaker, embeddingSize));
            String controls = "speaker." + speaker + ".controls";
            if (p.getProperty(controls) != null) {
                float[] c = floats(p, controls, 3);
                if (c[0] <= 0 || c[1] <= 0 || c[2] <= 0) {
                    throw error(controls, "duration, pitch and energy scales must be positive");
                }
                speakerControls.put(speaker, new ProsodyControls(c[0], c[1], c[2]));
            }
        }
        acoustic = model(p, "model.acoustic", true);
        acousticFp16 = model(p, "model.acoustic.fp16", false);
        vocoder = model(p, "model.vocoder", true);
        speakerEncoder = model(p, "model.speaker_encoder", false);
        license = need(p, "license");
        defaultForLocale = Boolean.parseBoolean(p.getProperty("default.for.locale", "false").trim());
    }

    /** Reads and validates {@code dir/voice.properties}; model files must exist (checksums are checked at load). */
    public static VoicePackage load(Path dir) throws VoicePackageException {
        Path config = dir.resolve(CONFIG_FILE);
        if (!Files.isRegularFile(config)) {
            throw new VoicePackageException(config + ": missing");
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(config)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            throw new VoicePackageException(config + ": unreadable: " + e.getMessage(), e);
        }
        return new VoicePackage(dir, p);
    }

    private VoicePackageException error(String key, String message) {
        return new VoicePackageException(directory.resolve(CONFIG_FILE) + ": " + key + ": " + message);
    }

    private String need(Properties p, String key) throws VoicePackageException {
        String v = p.getProperty(key);
        if (v == null || v.trim().isEmpty()) {
            throw error(key, "required key is missing");
        }
        return v.trim();
    }

    private int positiveInt(Properties p, String key) throws VoicePackageException {
        String v = need(p, key);
        try {
            int i = Integer.parseInt(v);
            if (i <= 0) {
                throw error(key, "must be positive, not " + v);
            }
            return i;
        } catch (NumberFormatException e) {
            throw error(key, "not an integer: '" + v + "'");
        }
    }

    private SymbolTable table(Properties p, String key) throws VoicePackageException {
        return new SymbolTable(Arrays.asList(need(p, key).split("\\s+")));
    }

    private float[] floats(Properties p, String key, int size) throws VoicePackageException {
        String[] parts = need(p, key).split(",");
        if (parts.length != size) {
            throw error(key, "expected " + size + " comma-separated floats, found " + parts.length);
        }
        float[] out = new float[size];
        for (int i = 0; i < size; i++) {
            try {
                out[i] = Float.parseFloat(parts[i].trim());
            } catch (NumberFormatException e) {
                throw error(key, "not a float: '" + parts[i].trim() + "'");
            }
            if (!Float.isFinite(out[i])) {
                throw error(key, "not a finite float: '" + parts[i].trim() + "'");
            }
        }
        return out;
    }

    private ModelFile model(Properties p, String key, boolean required) throws VoicePackageException {
        String file = p.getProperty(key);
        if (file == null || file.isBlank()) {
            if (required) {
                throw error(key, "required key is missing");
            }
            return null;
        }
        Path path = directory.resolve(file.trim()).normalize();
        if (!path.startsWith(directory.normalize())) {
            throw error(key, "model file must be inside the package: '" + file.trim() + "'");
        }
        if (!Files.isRegularFile(path)) {
            throw error(key, "model file not found: " + path);
        }
        String sha = need(p, key + ".sha256").toLowerCase(Locale.ROOT);
        if (!sha.matches("[0-9a-f]{64}")) {
            throw error(key + ".sha256", "not a sha256 hex digest");
        }
        return new ModelFile(path, sha);
    }

    private Locale parseLocale(String s) throws VoicePackageException {
        String[] parts = s.split("[_-]");
        if (parts.length == 0 || !parts[0].matches("[a-zA-Z]{2,3}")) {
            throw error("locale", "not a locale: '" + s + "'");
        }
        return parts.length > 1 ? new Locale(parts[0], parts[1]) : new Locale(parts[0]);
    }

    public Path directory() {
        return directory;
    }

    public String name() {
        return name;
    }

    public Locale locale() {
        return locale;
    }

    public String gender() {
        return gender;
    }

    public int sampleRate() {
        return sampleRate;
    }

    public int hopSize() {
        return hopSize;
    }

    public int melBands() {
        return melBands;
    }

    public SymbolTable phones() {
        return phones;
    }

    public SymbolTable tones() {
        return tones;
    }

    public SymbolTable boundaries() {
        return boundaries;
    }

    public int embeddingSize() {
        return embeddingSize;
    }

    public String defaultSpeaker() {
        return speakers.keySet().iterator().next();
    }

    /**
     * The speaker's own model controls ({@code speaker.NAME.controls = duration,pitch,energy}, optional;
     * a cloned voice's fitted speaking rate and pitch), applied under every request's SSML prosody.
     */
    public ProsodyControls speakerControls(String speakerName) {
        return speakerControls.getOrDefault(speakerName, ProsodyControls.NEUTRAL);
    }

    public Optional<float[]> speaker(String speakerName) {
        float[] e = speakers.get(speakerName);
        return e == null ? Optional.empty() : Optional.of(e.clone());
    }

    public ModelFile acoustic() {
        return acoustic;
    }

    /** The optional FP16 copy of the acoustic model, same interface, for GPUs (contract v1, optional). */
    public Optional<ModelFile> acousticFp16() {
        return Optional.ofNullable(acousticFp16);
    }

    public ModelFile vocoder() {
        return vocoder;
    }

    public Optional<ModelFile> speakerEncoder() {
        return Optional.ofNullable(speakerEncoder);
    }

    public String license() {
        return license;
    }

    public boolean defaultForLocale() {
        return defaultForLocale;
    }

    /** Any other key of voice.properties (e.g. {@code consent}). */
    public Optional<String> property(String key) {
        return Optional.ofNullable(raw.getProperty(key)).map(String::trim);
    }
}
