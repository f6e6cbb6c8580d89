package marytts.neural.clone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import marytts.neural.PhoneSequence;
import marytts.neural.ProsodyControls;
import marytts.neural.VoicePackage;

/** The repository's zh-tiny-test package, copies of it, and phone sequences for it. */
final class TestVoices {
    private TestVoices() {
    }

    static Path tinySource() {
        Path p = Paths.get("..", "voices", "zh-tiny-test").toAbsolutePath().normalize();
        if (!Files.isRegularFile(p.resolve("voice.properties"))) {
            throw new IllegalStateException("missing " + p + ": run voices/zh-tiny-test/make_tiny_voice.py");
        }
        return p;
    }

    static Path copyTiny(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String f : new String[] { "voice.properties", "acoustic.pt", "vocoder.pt", "LICENSE" }) {
            Files.copy(tinySource().resolve(f), dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        return dir;
    }

    /** Random syllable-like sequences (initial + toned final), deterministic per seed. */
    static List<PhoneSequence> sequences(VoicePackage v, int count, long seed) {
        String[] initials = { "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "zh", "sh", "s" };
        String[] finals = { "a", "o", "e", "ai", "ei", "ao", "ou", "an", "en", "ang", "i", "u", "ing", "ian" };
        Random r = new Random(seed);
        List<PhoneSequence> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int syl = 4 + r.nextInt(8);
            long[] ph = new long[syl * 2 + 1];
            long[] to = new long[ph.length];
            long[] bo = new long[ph.length];
            for (int s = 0; s < syl; s++) {
                ph[2 * s] = v.phones().id(initials[r.nextInt(initials.length)]);
                to[2 * s] = v.tones().id("0");
                bo[2 * s] = v.boundaries().id("none");
                ph[2 * s + 1] = v.phones().id(finals[r.nextInt(finals.length)]);
                to[2 * s + 1] = v.tones().id(String.valueOf(1 + r.nextInt(4)));
                bo[2 * s + 1] = v.boundaries().id(s % 2 == 1 ? "word" : "syllable");
            }
            ph[ph.length - 1] = v.phones().id("_");
            to[ph.length - 1] = v.tones().id("0");
            bo[ph.length - 1] = v.boundaries().id("sentence");
            out.add(new PhoneSequence(ph, to, bo, 0, ProsodyControls.NEUTRAL));
        }
        return out;
    }
}
