package marytts.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import marytts.neural.clone.ConsentCheck;
import marytts.neural.clone.ConsentRecord;
import marytts.neural.clone.Hashing;
import marytts.neural.clone.WatermarkDetector;

/**
 * The whole engine path of a cloned voice: a clone package (the tiny test voice's models, a new
 * speaker, {@code clone = true} and a valid consent record) through {@link NeuralSynthesizer#render}
 * (acoustic model, {@link StreamingPcm} vocoding chunk by chunk, the watermark on every chunk) to
 * 16-bit PCM, in which {@link WatermarkDetector} finds the mark; the same phones through the
 * non-clone base voice give audio without it. Also: a revoked consent makes the per-request consent
 * check (run by {@code synthesize} before rendering) refuse the clone.
 */
class CloneWatermarkEndToEndTest {
    @TempDir
    static Path tmp;
    private static VoicePackage base;
    private static VoicePackage clone;
    private static NeuralVoiceEngine baseEngine;
    private static NeuralVoiceEngine cloneEngine;
    private static NeuralSynthesizer synthesizer;

    /** A minimal clone package as the enrollment writes it, built directly (no adaptation: fast). */
    static Path clonePackage(Path voices, String name) throws Exception {
        Path dir = TinyVoice.copyTo(voices.resolve(name));
        VoicePackage tiny = VoicePackage.load(TinyVoice.source());
        float[] emb = tiny.speaker(tiny.defaultSpeaker()).orElseThrow();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < emb.length; i++) {
            sb.append(i == 0 ? "" : ",").append(String.format(java.util.Locale.ROOT, "%.4f", emb[i] * 0.8f + 0.05f));
        }
        TinyVoice.edit(dir, "name = zh-tiny-test", "name = " + name);
        TinyVoice.edit(dir, "speakers = test", "speakers = " + name + "\nclone = true\nconsent = "
                + ConsentRecord.FILE);
        TinyVoice.edit(dir, "speaker.test = ", "speaker." + name + " = " + sb + "\n#old = ");
        Path consentWav = dir.resolve("consent.wav");
        writeWav(consentWav, new float[16000], 16000);
        new ConsentRecord("test-consent-" + name, "Test Speaker", "I agree to a synthetic copy of my voice for tests.",
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString(), "consent.wav",
                Hashing.sha256(consentWav), 0.97, ConsentCheck.METHOD_STATS).write(dir);
        return dir;
    }

    static void writeWav(Path file, float[] x, int rate) throws Exception {
        byte[] b = new byte[x.length * 2];
        for (int i = 0; i < x.length; i++) {
            int s = Math.round(x[i] * 32767);
            b[2 * i] = (byte) s;
            b[2 * i + 1] = (byte) (s >> 8);
        }
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(b),
                new AudioFormat(rate, 16, 1, true, false), x.length)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
        }
    }

    @BeforeAll
    static void load() throws Exception {
        System.setProperty("mary.neural.cache.mb", "0"); // every render runs the models
        Path voices = Files.createDirectories(tmp.resolve("mary-base/neural-voices"));
        base = VoicePackage.load(TinyVoice.copyTo(voices.resolve("zh-tiny-test")));
        clone = VoicePackage.load(clonePackage(voices, "test-clone"));
        assertTrue(ConsentCheck.isClone(clone) && !ConsentCheck.isClone(base));
        NeuralSynthesizer.checkConsent(clone); // a valid record: accepted
        baseEngine = new NeuralVoiceEngine(base, new EngineOptions("cpu", 1, 10_000));
        cloneEngine = new NeuralVoiceEngine(clone, new EngineOptions("cpu", 1, 10_000));
        synthesizer = new NeuralSynthesizer();
        System.clearProperty("mary.neural.cache.mb");
    }

    @AfterAll
    static void close() {
        cloneEngine.close();
        baseEngine.close();
    }

    @Test
    void aClonesOutputIsNeverCachedSoEachCarriesItsOwnTime() throws Exception {
        NeuralSynthesizer cached = new NeuralSynthesizer(); // default cache on
        List<PhoneSequence> chunks = text(base, 1, 3);
        cached.render(cloneEngine, chunks).readAllBytes();
        assertEquals(0, cached.cachedBytes(), "clone output cached");
        cached.render(baseEngine, chunks).readAllBytes();
        assertTrue(cached.cachedBytes() > 0, "the base voice's output is cached");
    }

    /** "Sentences" of initial + toned final syllables, as the allophone encoder makes them; 300 ms pauses. */
    static List<PhoneSequence> text(VoicePackage v, int sentences, long seed) {
        String[] initials = { "b", "p", "m", "d", "t", "n", "l", "g", "h", "j", "x", "zh", "sh", "s" };
        String[] finals = { "a", "o", "e", "ai", "ao", "ou", "an", "en", "ang", "i", "u", "ing", "ian", "iii" };
        Random r = new Random(seed);
        List<PhoneSequence> out = new ArrayList<>();
        for (int k = 0; k < sentences; k++) {
            int syl = 10;
            long[] ph = new long[2 * syl];
            long[] to = new long[ph.length];
            long[] bo = new long[ph.length];
            for (int s = 0; s < syl; s++) {
                ph[2 * s] = v.phones().id(initials[r.nextInt(initials.length)]);
                to[2 * s] = v.tones().id("0");
                bo[2 * s] = v.boundaries().id("none");
                ph[2 * s + 1] = v.phones().id(finals[r.nextInt(finals.length)]);
                to[2 * s + 1] = v.tones().id(String.valueOf(1 + r.nextInt(4)));
                bo[2 * s + 1] = v.boundaries().id(s == syl - 1 ? "sentence" : s % 2 == 1 ? "word" : "syllable");
            }
            out.add(new PhoneSequence(ph, to, bo, 300, ProsodyControls.NEUTRAL));
        }
        return out;
    }

    /** Renders through the engine path and reads the 16-bit PCM back as floats. */
    static float[] render(NeuralVoiceEngine engine, List<PhoneSequence> chunks) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (AudioInputStream in = synthesizer.render(engine, chunks)) {
            assertEquals(16, in.getFormat().getSampleSizeInBits());
            in.transferTo(bytes);
        }
        byte[] b = bytes.toByteArray();
        float[] x = new float[b.length / 2];
        for (int i = 0; i < x.length; i++) {
            x[i] = (short) ((b[2 * i] & 0xff) | (b[2 * i + 1] << 8)) / 32768f;
        }
        return x;
    }

    @Test
    void clonedVoiceOutputCarriesTheMarkAndTheBaseVoiceOutputDoesNot() throws Exception {
        float[] cloned = render(cloneEngine, text(clone, 3, 7));
        float[] plain = render(baseEngine, text(base, 3, 7));
        assertTrue(cloned.length > 2 * 16000, "audio of " + cloned.length + " samples");
        WatermarkDetector.Result marked = WatermarkDetector.detect(cloned, clone.sampleRate());
        WatermarkDetector.Result unmarked = WatermarkDetector.detect(plain, base.sampleRate());
        assertTrue(marked.present(), "clone output: z = " + marked.z());
        assertFalse(unmarked.present(), "base voice output: z = " + unmarked.z());
        assertTrue(marked.z() > WatermarkDetector.THRESHOLD + 3, "a clear margin: z = " + marked.z());
        // only the key used at render time finds it
        assertFalse(WatermarkDetector.detect(cloned, clone.sampleRate(), "some-other-key").present());
    }

    /**
     * The random test model's output is noise-like, which the detector's linear-prediction whitening
     * cannot thin out as it does speech: the payload needs more of it (about 6 s gave a weakest
     * symbol of 3.9, under the floor of 4.5; 16 s give a clear read).
     */
    @Test
    void thePayloadOfClonedOutputNamesTheVoiceAndTheHour() throws Exception {
        float[] cloned = render(cloneEngine, text(clone, 8, 7));
        WatermarkDetector.Result marked = WatermarkDetector.detect(cloned, clone.sampleRate());
        marytts.neural.clone.WatermarkPayload p = marked.payload().orElseThrow(() -> new AssertionError(
                "payload unreadable, weakest z " + marked.payloadZ() + ", sync z " + marked.z() + ", "
                        + cloned.length + " samples at " + clone.sampleRate()));
        System.out.printf("clone output %.1f s: sync z %.1f, weakest payload symbol z %.1f%n",
                cloned.length / (double) clone.sampleRate(), marked.z(), marked.payloadZ());
        assertTrue(p.voiceHash() == marytts.neural.clone.WatermarkPayload.voiceHash(clone.name()), p.voiceHex());
        long ageHours = java.time.Duration.between(p.time(), java.time.Instant.now()).toHours();
        assertTrue(ageHours >= 0 && ageHours <= 1, "synthesized at " + p.time());
    }

    @Test
    void aSecondOfClonedOutputStillCarriesTheMark() throws Exception {
        float[] cloned = render(cloneEngine, text(clone, 2, 11));
        int from = cloned.length / 3;
        float[] piece = java.util.Arrays.copyOfRange(cloned, from, Math.min(cloned.length, from + 16000));
        assertTrue(WatermarkDetector.detect(piece, 16000).present(), "1 s from the middle");
    }

    @Test
    void revokedConsentStopsSynthesisOfTheClone() throws Exception {
        Path voices = Files.createDirectories(tmp.resolve("other-base/neural-voices"));
        VoicePackage revoked = VoicePackage.load(clonePackage(voices, "revoked-clone"));
        NeuralSynthesizer.checkConsent(revoked);
        ConsentCheck.revoke(ConsentCheck.revokedList(voices), "test-consent-revoked-clone");
        VoicePackageException e = assertThrows(VoicePackageException.class,
                () -> NeuralSynthesizer.checkConsent(revoked));
        assertTrue(e.getMessage().contains("revoked"), e.getMessage());
    }
}
