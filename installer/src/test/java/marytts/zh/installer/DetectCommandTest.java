package marytts.zh.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import marytts.neural.clone.CloneService;
import marytts.neural.clone.Watermark;
import marytts.neural.clone.WatermarkPayload;

/** voice-admin detect: exit 0 on marked audio, 1 on clean audio, 2 on usage errors and non-audio; one line. */
class DetectCommandTest {
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

    /** Voiced bursts with pauses at {@code rate}. */
    static float[] speechLike(double seconds, int rate, long seed) {
        Random r = new Random(seed);
        float[] x = new float[(int) (seconds * rate)];
        int i = rate / 5;
        while (i < x.length - rate / 5) {
            int len = rate / 5;
            double f0 = 120 + r.nextDouble() * 100;
            for (int k = 0; k < len; k++) {
                double v = 0;
                for (int h = 1; h <= 8; h++) {
                    v += Math.sin(2 * Math.PI * f0 * h * k / rate + h) / h;
                }
                x[i + k] = (float) (v * Math.sin(Math.PI * k / len) * 0.2 + r.nextGaussian() * 0.001);
            }
            i += len + rate / 20;
        }
        return x;
    }

    static Path wav(Path file, float[] x, int rate) throws Exception {
        byte[] b = new byte[x.length * 2];
        for (int i = 0; i < x.length; i++) {
            int s = (int) Math.max(-32768, Math.min(32767, Math.round(x[i] * 32767.0)));
            b[2 * i] = (byte) s;
            b[2 * i + 1] = (byte) (s >> 8);
        }
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(b),
                new AudioFormat(rate, 16, 1, true, false), x.length)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
        }
        return file;
    }

    private static final Instant WHEN = Instant.parse("2025-06-01T12:34:56Z");

    @Test
    void findsTheMarkInMarkedAudioOnlyAndReadsItsPayload() throws Exception {
        float[] clean = speechLike(4, 22050, 1);
        Path marked = wav(tmp.resolve("marked.wav"), Watermark.forOutput("anna-clone", WHEN).apply(clean, 22050, 12345),
                22050);
        Path plain = wav(tmp.resolve("plain.wav"), clean, 22050);
        String hash = String.format("%06x", WatermarkPayload.voiceHash("anna-clone"));

        assertEquals(ExitCodes.OK, run("detect", marked.toString()), err);
        assertTrue(out.startsWith("watermark found: score ") && out.contains("threshold 6.00"), out);
        assertTrue(out.contains("; voice hash " + hash + " (pass --base to show its name), time 2025-06-01T12:00:00Z"
                + " (UTC, hour of synthesis)"), out);
        assertEquals(1, out.strip().lines().count(), out);

        // named when the voice is under MARY_BASE
        Path base = tmp.resolve("base");
        Files.createDirectories(base.resolve("neural-voices/anna-clone"));
        Files.createDirectories(base.resolve("neural-voices/bo-li"));
        assertEquals(ExitCodes.OK, run("--base", base.toString(), "detect", marked.toString()), err);
        assertTrue(out.contains("; voice anna-clone (hash " + hash + "), time 2025-06-01T12:00:00Z"), out);
        // or was, and was revoked
        Files.delete(base.resolve("neural-voices/anna-clone"));
        assertEquals(ExitCodes.OK, run("--base", base.toString(), "detect", marked.toString()), err);
        assertTrue(out.contains("; voice hash " + hash + " (no voice of that name under "), out);
        Path revoked = CloneService.revokedVoicesList(base.resolve("neural-voices"));
        Files.createDirectories(revoked.getParent());
        Files.writeString(revoked, "anna-clone\tsome-id\t2025-07-01T00:00:00Z\n");
        assertEquals(ExitCodes.OK, run("--base", base.toString(), "detect", marked.toString()), err);
        assertTrue(out.contains("; voice anna-clone (hash " + hash + ")"), out);

        assertEquals(ExitCodes.FAILED, run("detect", plain.toString()), err);
        assertTrue(out.startsWith("no watermark: score ") && out.contains("threshold 6.00"), out);
        assertEquals("", err);
    }

    @Test
    void aPayloadThatCannotBeReadWithCertaintyIsReportedUnreadable() throws Exception {
        // two outputs of different voices mixed sample-aligned: one sync mark, two payloads that collide
        float[] clean = speechLike(4, 16000, 3);
        float[] a = Watermark.forOutput("anna-clone", WHEN).apply(clean, 16000, 0);
        float[] b = Watermark.forOutput("bo-li", WHEN.plusSeconds(86400 * 40)).apply(clean, 16000, 0);
        float[] mix = new float[a.length];
        for (int i = 0; i < mix.length; i++) {
            mix[i] = a[i] + b[i] - clean[i];
        }
        assertEquals(ExitCodes.OK, run("detect", wav(tmp.resolve("mix.wav"), mix, 16000).toString()), err);
        assertTrue(out.startsWith("watermark found: ") && out.contains("; payload unreadable (weakest symbol z "), out);
    }

    @Test
    void usageErrorsAndNonAudioExitWith2() throws Exception {
        assertEquals(ExitCodes.OK, run("detect", "--help"));
        assertTrue(out.contains("usage: voice-admin [--base DIR] detect FILE") && out.contains("mary.clone.watermark.key")
                && out.contains("payload unreadable"), out);
        assertEquals(ExitCodes.USAGE, run("detect"));
        assertTrue(err.contains("missing FILE"), err);
        assertEquals(ExitCodes.USAGE, run("detect", "a.wav", "b.wav"));
        Path text = Files.writeString(tmp.resolve("notes.wav"), "this is not audio at all");
        assertEquals(ExitCodes.USAGE, run("detect", text.toString()));
        assertTrue(err.contains("not audio") && err.strip().lines().count() == 1, err);
        assertEquals(ExitCodes.USAGE, run("detect", tmp.resolve("missing.wav").toString()));
        assertTrue(VoiceAdminMain.usage().contains("detect"));
    }

    @Test
    void tooShortAudioIsNotFoundAndSaysSo() throws Exception {
        float[] clean = speechLike(0.3, 16000, 2);
        Path marked = wav(tmp.resolve("short.wav"), Watermark.forOutput("x", WHEN).apply(clean, 16000, 0), 16000);
        assertEquals(ExitCodes.FAILED, run("detect", marked.toString()));
        assertTrue(out.contains("too short"), out);
    }
}
