package marytts.neural.clone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import marytts.neural.EngineOptions;
import marytts.neural.NeuralVoiceEngine;
import marytts.neural.VoicePackage;

/**
 * The zero-shot path: a base package with a speaker encoder ({@code model.speaker_encoder}) gets the
 * clone's embedding from the audio alone, through DJL. The encoder is the test fixture
 * {@code tiny-speaker-encoder.pt} (see make_tiny_speaker_encoder.py beside it), not a trained model.
 */
class ZeroShotEnrollmentTest {
    @TempDir
    Path tmp;
    private Path voices;
    private Path base;
    private Path audioDir;
    private Path transcripts;
    private CloneService service;

    @BeforeEach
    void setUp() throws Exception {
        voices = Files.createDirectories(tmp.resolve("base/neural-voices"));
        base = TestVoices.copyTiny(tmp.resolve("with-encoder"));
        try (InputStream in = getClass().getResourceAsStream("tiny-speaker-encoder.pt")) {
            Files.copy(in, base.resolve("speaker_encoder.pt"));
        }
        Files.writeString(base.resolve("voice.properties"), "model.speaker_encoder = speaker_encoder.pt\n"
                + "model.speaker_encoder.sha256 = " + Hashing.sha256(base.resolve("speaker_encoder.pt")) + "\n",
                java.nio.file.StandardOpenOption.APPEND);
        audioDir = tmp.resolve("audio");
        transcripts = Signals.enrollmentSet(audioDir, tmp.resolve("transcripts.txt"));
        service = new CloneService(voices, tmp.resolve("base/cache/speaker-embeddings"),
                CloneServiceTest.HASH_SYLLABLES, new SpeakerAdapter(15, 0.1, 16));
    }

    private CloneService.Request request(String name, Path consentAudio) {
        return new CloneService.Request(name, List.of(audioDir), transcripts, consentAudio, name + " Example",
                "I agree that my voice is cloned for reading the news on this server.", base);
    }

    private Path consent(double f0, double rolloff) throws Exception {
        return Signals.consent(tmp, f0, rolloff);
    }

    @Test
    void embedsTheSpeakerFromAudioAloneAndTheCloneSpeaks() throws Exception {
        CloneService.Result r = service.enroll(request("zoe", consent(120, 1.0)));
        assertEquals("zero-shot", r.method());
        assertTrue(Double.isNaN(r.lossBefore()), "no adaptation ran");
        VoicePackage pkg = VoicePackage.load(voices.resolve("zoe"));
        assertEquals("zero-shot", pkg.property("clone.method").orElseThrow());
        assertEquals(ConsentCheck.METHOD_ENCODER, ConsentCheck.validate(pkg, ConsentCheck.revokedList(voices)).method());
        float[] embedding = pkg.speaker("zoe").orElseThrow();
        // the package's embedding is the mean of the encoder's outputs for the enrollment files
        List<float[]> each = new ArrayList<>();
        try (SpeakerEncoder enc = new SpeakerEncoder(VoicePackage.load(base))) {
            for (int i = 0; i < 4; i++) {
                each.add(enc.embed(EnrollmentAudio.load(List.of(audioDir.resolve("utt" + i + ".wav")), null, 16000,
                        false).get(0).audio().samples()));
            }
        }
        float[] mean = SpeakerStats.mean(each);
        for (int k = 0; k < mean.length; k++) {
            assertEquals(mean[k], embedding[k], 1e-5, "component " + k);
        }
        try (NeuralVoiceEngine engine = new NeuralVoiceEngine(pkg, new EngineOptions("cpu", 1, 10_000))) {
            float[] wav = engine.synthesize(TestVoices.sequences(pkg, 1, 3).get(0), embedding);
            assertTrue(AudioPrep.peak(wav) > 0.1);
        }
    }

    @Test
    void reusesCachedEmbeddingsForTheSameAudio() throws Exception {
        service.enroll(request("yan", consent(120, 1.0)));
        long entries = embeddingFiles();
        service.enroll(request("yuki", consent(120, 1.0)));
        assertEquals(entries, embeddingFiles(), "the same audio and encoder give the same keys");
        assertArrayEquals(VoicePackage.load(voices.resolve("yan")).speaker("yan").orElseThrow(),
                VoicePackage.load(voices.resolve("yuki")).speaker("yuki").orElseThrow());
    }

    /** Cache entries, leaving out the per-voice key lists and the lock. */
    private long embeddingFiles() throws Exception {
        try (var s = Files.list(service.cache().directory())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".keys") && !n.startsWith("."))
                    .count();
        }
    }

    @Test
    void refusesAConsentRecordingOfAnotherSpeaker() throws Exception {
        // a much brighter, higher "voice": the fixture encoder only sees the long-term spectrum
        EnrollmentException e = assertThrows(EnrollmentException.class,
                () -> service.enroll(request("xia", consent(600, 0.3))));
        assertTrue(e.getMessage().contains("does not match") && e.getMessage().contains(ConsentCheck.METHOD_ENCODER),
                e.getMessage());
        assertFalse(Files.exists(voices.resolve("xia")));
    }

    @Test
    void refusesATamperedSpeakerEncoder() throws Exception {
        byte[] model = Files.readAllBytes(base.resolve("speaker_encoder.pt"));
        model[model.length / 2] ^= 1;
        Files.write(base.resolve("speaker_encoder.pt"), model);
        EnrollmentException e = assertThrows(EnrollmentException.class,
                () -> service.enroll(request("wen", consent(120, 1.0))));
        assertTrue(e.getMessage().contains("sha256 mismatch"), e.getMessage());
        assertFalse(Files.exists(voices.resolve("wen")));
    }
}
