package marytts.zh.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Random;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import marytts.neural.VoicePackage;
import marytts.neural.clone.ConsentCheck;

/** bin/voice-admin enroll, embeddings and revoke on a MARY_BASE holding the tiny test voice. */
class CloneCommandsTest {
    @TempDir
    Path tmp;
    private String out;
    private String err;

    private int run(String... args) {
        AdminCli.Run r = AdminCli.run(Services.defaults(), args);
        out = r.out();
        err = r.err();
        return r.rc();
    }

    /** Harmonic "syllables" with pauses, as in the clone module's tests. */
    static void speechLike(Path file, double seconds, long seed, double f0Low, double rolloff) throws Exception {
        int rate = 16000;
        Random r = new Random(seed);
        float[] x = new float[(int) (seconds * rate)];
        int i = rate / 5;
        int syll = 0;
        while (i < x.length - rate / 5) {
            int len = rate / 5;
            double f0 = f0Low + r.nextDouble() * 100;
            for (int k = 0; k < len; k++) {
                double v = 0;
                for (int h = 1; h <= 8; h++) {
                    v += Math.sin(2 * Math.PI * f0 * h * k / rate + h) / Math.pow(h, rolloff);
                }
                x[i + k] = (float) (v * Math.sin(Math.PI * k / len) * 0.25);
            }
            i += len + rate / 25 + (++syll % 6 == 0 ? rate * 2 / 5 : 0);
        }
        byte[] b = new byte[x.length * 2];
        for (int k = 0; k < x.length; k++) {
            int s = (int) Math.round((x[k] + r.nextGaussian() * 0.0005) * 32767);
            b[2 * k] = (byte) s;
            b[2 * k + 1] = (byte) (s >> 8);
        }
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(b),
                new AudioFormat(rate, 16, 1, true, false), x.length)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
        }
    }

    private Path baseWithTinyVoice() throws Exception {
        Path base = tmp.resolve("mary-base");
        Path voice = Files.createDirectories(base.resolve("neural-voices/zh-tiny-test"));
        Path src = Paths.get("..", "voices", "zh-tiny-test");
        for (String f : new String[] { "voice.properties", "acoustic.pt", "vocoder.pt", "LICENSE" }) {
            Files.copy(src.resolve(f), voice.resolve(f));
        }
        return base;
    }

    @Test
    void enrollsPrecomputesAndRevokesThroughTheCli() throws Exception {
        Path base = baseWithTinyVoice();
        Path audio = Files.createDirectories(tmp.resolve("audio"));
        String[] lines = { "我们今天一起去公园散步，看见很多花朵开放，天气非常晴朗，大家都很高兴。",
                "小明每天早上七点起床，先跑步半小时，然后吃早饭，再坐公交车去学校上课。",
                "这本书讲的是一个老人和大海的故事，语言简单，却让人久久不能忘怀。",
                "请把窗户打开一点，屋里有些闷热，我们需要新鲜的空气来提提神。" };
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            speechLike(audio.resolve("s" + i + ".wav"), 9, i, 120, 1.0);
            t.append("s").append(i).append('\t').append(lines[i]).append('\n');
        }
        Path transcripts = Files.writeString(tmp.resolve("transcripts.txt"), t.toString());
        Path consent = tmp.resolve("consent.wav");
        speechLike(consent, 4, 42, 120, 1.0);

        assertEquals(ExitCodes.OK, run("--base", base.toString(), "embeddings", "--precompute", audio.toString()), err);
        assertTrue(out.contains("4 file(s): 0 already cached, 4 computed"), out);
        assertEquals(ExitCodes.OK, run("--base", base.toString(), "embeddings", "--precompute", audio.toString()), err);
        assertTrue(out.contains("4 already cached"), out);

        // the CLI path, not the fit, is under test here (CloneServiceTest checks that the loss goes down)
        String steps = System.getProperty("mary.clone.adapt.steps");
        System.setProperty("mary.clone.adapt.steps", "3");
        int rc;
        try {
            rc = run("--base", base.toString(), "enroll", "--name", "li-lei", "--audio", audio.toString(),
                    "--transcripts", transcripts.toString(), "--consent-audio", consent.toString(), "--speaker",
                    "Li Lei", "--agreed", "I agree to a synthetic copy of my voice for this server.");
            assertFalse(out.contains("fitted speaking rate"), out);
            AdminCli.Run fit = AdminCli.run(Services.defaults(), "--base", base.toString(), "enroll", "--name",
                    "li-lei-fit", "--audio", audio.toString(), "--transcripts", transcripts.toString(),
                    "--consent-audio", consent.toString(), "--speaker", "Li Lei", "--agreed",
                    "I agree to a synthetic copy of my voice for this server.", "--fit-prosody");
            assertEquals(ExitCodes.OK, fit.rc(), fit.err());
            assertTrue(fit.out().contains("fitted speaking rate x"), fit.out());
            assertTrue(VoicePackage.load(base.resolve("neural-voices/li-lei-fit")).property("speaker.li-lei-fit.controls")
                    .isPresent());
        } finally {
            if (steps == null) {
                System.clearProperty("mary.clone.adapt.steps");
            } else {
                System.setProperty("mary.clone.adapt.steps", steps);
            }
        }
        assertTrue(out.startsWith("enrolled li-lei (adaptation"), out + err);
        assertEquals(ExitCodes.OK, rc, err);
        VoicePackage pkg = VoicePackage.load(base.resolve("neural-voices/li-lei"));
        assertTrue(ConsentCheck.isClone(pkg));

        Path other = tmp.resolve("other.wav");
        speechLike(other, 4, 43, 300, 3.0);
        assertEquals(ExitCodes.FAILED, run("--base", base.toString(), "enroll", "--name", "han-mei", "--audio",
                audio.toString(), "--transcripts", transcripts.toString(), "--consent-audio", other.toString(),
                "--speaker", "Han Mei", "--agreed", "yes"));
        assertTrue(err.contains("does not match") && !err.contains("\n\tat "), err);

        assertEquals(ExitCodes.OK, run("--base", base.toString(), "revoke", "li-lei"), err);
        assertFalse(Files.exists(base.resolve("neural-voices/li-lei")));
        assertEquals(ExitCodes.FAILED, run("--base", base.toString(), "revoke", "li-lei"));
        assertEquals(ExitCodes.OK, run("revoke", "--help"));
        assertEquals(ExitCodes.OK, run("embeddings", "--help"));
    }
}
