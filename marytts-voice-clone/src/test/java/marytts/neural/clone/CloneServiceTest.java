package marytts.neural.clone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import marytts.neural.EngineOptions;
import marytts.neural.NeuralVoiceEngine;
import marytts.neural.PhoneSequence;
import marytts.neural.ProsodyControls;
import marytts.neural.ProsodyControls;
import marytts.neural.VoicePackage;

/** Enrollment, consent refusals and revocation against the real tiny voice and real files. */
class CloneServiceTest {
    @TempDir
    Path tmp;
    private Path voices;
    private Path audioDir;
    private Path transcripts;
    private CloneService service;

    /** Test transcripts: each Han character becomes one deterministic syllable (no front end here). */
    static final TranscriptEncoder HASH_SYLLABLES = (text, v) -> {
        String[] ini = { "b", "d", "g", "m", "n", "sh", "x" };
        String[] fin = { "a", "i", "u", "ao", "an", "ing" };
        List<long[]> rows = new ArrayList<>();
        text.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).forEach(cp -> {
            rows.add(new long[] { v.phones().id(ini[cp % ini.length]), 0, v.boundaries().id("none") });
            rows.add(new long[] { v.phones().id(fin[cp % fin.length]), v.tones().id(String.valueOf(1 + cp % 4)),
                    v.boundaries().id("syllable") });
        });
        long[] p = new long[rows.size()];
        long[] t = new long[rows.size()];
        long[] b = new long[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            p[i] = rows.get(i)[0];
            t[i] = rows.get(i)[1] == 0 ? v.tones().id("0") : rows.get(i)[1];
            b[i] = rows.get(i)[2];
        }
        return new PhoneSequence(p, t, b, 0, ProsodyControls.NEUTRAL);
    };

    @BeforeEach
    void setUp() throws Exception {
        voices = Files.createDirectories(tmp.resolve("base/neural-voices"));
        audioDir = tmp.resolve("audio");
        transcripts = Signals.enrollmentSet(audioDir, tmp.resolve("transcripts.txt"));
        service = new CloneService(voices, tmp.resolve("base/cache/speaker-embeddings"), HASH_SYLLABLES,
                new SpeakerAdapter(15, 0.1, 16));
    }

    private CloneService.Request request(String name, Path consentAudio, String speaker) {
        return new CloneService.Request(name, List.of(audioDir), transcripts, consentAudio, speaker,
                "I agree that my voice is cloned for reading the news on this server.", TestVoices.tinySource());
    }

    private Path consent(double f0, double rolloff) throws Exception {
        return Signals.consent(tmp, f0, rolloff);
    }

    @Test
    void enrollsAVoiceThatTheEngineLoadsAndSpeaksWith() throws Exception {
        CloneService.Result r = service.enroll(request("anna", consent(120, 1.0), "Anna Example"));
        System.out.printf("enrollment: %s, similarity %.3f, loss %.4f -> %.4f, %.1f s audio in %d ms%n", r.method(),
                r.similarity(), r.lossBefore(), r.lossAfter(), r.audioSeconds(), r.millis());
        VoicePackage pkg = VoicePackage.load(voices.resolve("anna"));
        assertEquals("anna", pkg.defaultSpeaker());
        assertTrue(ConsentCheck.isClone(pkg));
        ConsentRecord c = ConsentCheck.validate(pkg, ConsentCheck.revokedList(voices));
        assertEquals("Anna Example", c.speakerName());
        assertTrue(r.lossAfter() < r.lossBefore());
        assertEquals(ProsodyControls.NEUTRAL, pkg.speakerControls("anna"), "rate and pitch are fitted only on request");
        try (NeuralVoiceEngine engine = new NeuralVoiceEngine(pkg, new EngineOptions("cpu", 1, 10_000))) {
            float[] wav = engine.synthesize(TestVoices.sequences(pkg, 1, 3).get(0), pkg.speaker("anna").orElseThrow());
            assertTrue(AudioPrep.peak(wav) > 0.1);
        }
        assertTrue(Files.isRegularFile(audioDir.resolve("utt0.wav")), "inputs are kept");
        assertTrue(Files.isRegularFile(pkg.directory().resolve("consent.wav")));
        // a second enrollment with the same name never overwrites
        assertThrows(EnrollmentException.class, () -> service.enroll(request("anna", consent(120, 1.0), "Anna")));
    }

    @Test
    void fitsTheSpeakingRateClosedLoopWhenAsked() throws Exception {
        CloneService.Result r = service.enroll(request("fay", consent(120, 1.0), "Fay Example"), true);
        ProsodyControls own = VoicePackage.load(voices.resolve("fay")).speakerControls("fay");
        assertEquals(r.controls().controls().durationScale(), own.durationScale(), 1e-3); // written with 4 decimals
        assertEquals(r.controls().controls().pitchScale(), own.pitchScale(), 1e-3);
        // the recordings' length over the synthesized transcripts' length, within the control's range
        double ratio = r.controls().lengthRatio();
        assertTrue(ratio > 0 && Double.isFinite(ratio), "ratio " + ratio);
        assertEquals(Math.max(0.25, Math.min(4, ratio)), own.durationScale(), 1e-3);
        assertTrue(Math.abs(own.durationScale() - 1) > 0.05, "a rate was fitted: " + own);
    }

    @Test
    void refusesAConsentRecordingOfAnotherSpeaker() throws Exception {
        EnrollmentException e = assertThrows(EnrollmentException.class,
                () -> service.enroll(request("bob", consent(300, 3.0), "Bob Example")));
        System.out.println("mismatch: " + e.getMessage());
        assertTrue(e.getMessage().contains("does not match"), e.getMessage());
        assertFalse(Files.exists(voices.resolve("bob")));
    }

    @Test
    void refusesWithoutConsent() {
        assertTrue(assertThrows(EnrollmentException.class, () -> service.enroll(request("carl", null, "Carl")))
                .getMessage().startsWith("no consent"));
        assertTrue(assertThrows(EnrollmentException.class,
                () -> service.enroll(request("carl", tmp.resolve("x.wav"), " "))).getMessage().startsWith("no consent"));
        assertFalse(Files.exists(voices.resolve("carl")));
    }

    @Test
    void refusesPackagesWithoutOrWithTamperedConsent() throws Exception {
        service.enroll(request("dora", consent(120, 1.0), "Dora Example"));
        Path dir = voices.resolve("dora");
        Files.write(dir.resolve("consent.wav"), new byte[] { 1, 2, 3 });
        assertThrows(EnrollmentException.class,
                () -> ConsentCheck.validate(VoicePackage.load(dir), ConsentCheck.revokedList(voices)));
        Files.delete(dir.resolve(ConsentRecord.FILE));
        assertTrue(assertThrows(EnrollmentException.class,
                () -> ConsentCheck.validate(VoicePackage.load(dir), ConsentCheck.revokedList(voices))).getMessage()
                .contains("missing"));
    }

    @Test
    void revokingRemovesTheVoiceItsCacheEntriesAndRefusesCopies() throws Exception {
        service.enroll(request("emma", consent(120, 1.0), "Emma Example"));
        Path copy = tmp.resolve("copy-of-emma");
        Files.createDirectories(copy);
        try (var s = Files.list(voices.resolve("emma"))) {
            for (Path f : s.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        long entries;
        try (var s = Files.list(service.cache().directory())) {
            entries = s.filter(f -> f.toString().endsWith(".emb")).count();
        }
        assertTrue(entries >= 6, "cache entries " + entries);
        CloneService.Revocation r = service.revoke("emma");
        assertTrue(r.voiceRemoved());
        assertFalse(Files.exists(voices.resolve("emma")));
        // the name stays on record for the watermark detector
        assertTrue(Files.readString(CloneService.revokedVoicesList(voices)).startsWith("emma\t" + r.consentId() + "\t"));
        try (var s = Files.list(service.cache().directory())) {
            assertEquals(0, s.filter(f -> f.toString().endsWith(".emb") || f.toString().endsWith(".keys")).count());
        }
        EnrollmentException e = assertThrows(EnrollmentException.class,
                () -> ConsentCheck.validate(VoicePackage.load(copy), ConsentCheck.revokedList(voices)));
        assertTrue(e.getMessage().contains("revoked"), e.getMessage());
    }
}
