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

    /** Phones of {@code voice} with tone 3 on every second phone, a sentence boundary at the end. */
    static PhoneSequence sequence(VoicePackage voice, int silenceAfterMs, String... phones) {
        long[] ids = new long[phones.length];
        long[] tones = new long[phones.length];
        long[] bounds = new long[phones.length];
        for (int i = 0; i < phones.length; i++) {
            ids[i] = voice.phones().id(phones[i]);
            tones[i] = voice.tones().id(i % 2 == 1 ? "3" : "0");
            bounds[i] = voice.boundaries().id(i == phones.length - 1 ? "sentence" : "none");
        }
        return new PhoneSequence(ids, tones, bounds, silenceAfterMs, ProsodyControls.NEUTRAL);
    }

    /** Adds {@code file} (already in {@code dir}) to the package as its FP16 acoustic model. */
    static void declareFp16(Path dir, String file) throws IOException {
        String sha;
        try {
            sha = NeuralVoiceEngine.sha256(new VoicePackage.ModelFile(dir.resolve(file), ""));
        } catch (VoicePackageException e) {
            throw new IOException(e);
        }
        edit(dir, "model.vocoder = ", "model.acoustic.fp16 = " + file + "\nmodel.acoustic.fp16.sha256 = " + sha
                + "\nmodel.vocoder = ");
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
