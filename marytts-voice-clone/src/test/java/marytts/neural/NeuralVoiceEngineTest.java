package marytts.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real TorchScript models through DJL's PyTorch engine (CPU here). */
class NeuralVoiceEngineTest {
    private static NeuralVoiceEngine engine;
    private static VoicePackage voice;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() throws Exception {
        voice = VoicePackage.load(TinyVoice.source());
        engine = new NeuralVoiceEngine(voice, new EngineOptions("cpu", 2, 10_000));
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    private static PhoneSequence sequence(String... phones) {
        return TinyVoice.sequence(voice, 200, phones);
    }

    private static float[] speaker() {
        return voice.speaker(voice.defaultSpeaker()).orElseThrow();
    }

    @Test
    void synthesizesAudibleSamplesWithTrailingSilence() throws Exception {
        float[] wav = engine.synthesize(sequence("n", "i", "h", "ao"), speaker());
        int silence = 200 * voice.sampleRate() / 1000;
        assertTrue(wav.length > silence + voice.hopSize() * 4, "length " + wav.length);
        double energy = 0;
        for (int i = 0; i < wav.length - silence; i++) {
            assertTrue(wav[i] >= -1f && wav[i] <= 1f);
            energy += wav[i] * wav[i];
        }
        assertTrue(energy / (wav.length - silence) > 1e-4, "not silent");
        for (int i = wav.length - silence; i < wav.length; i++) {
            assertEquals(0f, wav[i]);
        }
    }

    @Test
    void batchesRowsOfDifferentLengthWithPadding() throws Exception {
        PhoneSequence shortRow = sequence("n", "i");
        PhoneSequence longRow = sequence("n", "i", "h", "ao", "sh", "iii");
        AcousticOutput out = engine.acoustic(List.of(shortRow, longRow), List.of(speaker(), speaker()));
        assertEquals(2, out.mels().length);
        assertEquals(voice.melBands(), out.mels()[0].length);
        long shortFrames = Arrays.stream(out.durations()[0]).sum();
        assertEquals(shortFrames, out.mels()[0][0].length);
        assertEquals(0, out.durations()[0][5], "padding gets no frames");
        AcousticOutput alone = engine.acoustic(List.of(shortRow), List.of(speaker()));
        assertEquals(Arrays.stream(alone.durations()[0]).sum(), shortFrames, "batching does not change a row");
    }

    @Test
    void slowerRateGivesLongerAudio() throws Exception {
        PhoneSequence normal = sequence("n", "i", "h", "ao");
        PhoneSequence slow = new PhoneSequence(normal.phones(), normal.tones(), normal.boundaries(), 0,
                new ProsodyControls(2f, 1f, 1f));
        int a = engine.synthesize(normal, speaker()).length - 200 * voice.sampleRate() / 1000;
        int b = engine.synthesize(slow, speaker()).length;
        assertTrue(b > 1.7 * a, a + " vs " + b);
    }

    @Test
    void refusesModelWithWrongChecksum() throws Exception {
        Path dir = TinyVoice.copyTo(tmp.resolve("v"));
        byte[] model = Files.readAllBytes(dir.resolve("vocoder.pt"));
        model[model.length / 2] ^= 1;
        Files.write(dir.resolve("vocoder.pt"), model);
        VoicePackage broken = VoicePackage.load(dir);
        String msg = assertThrows(VoicePackageException.class,
                () -> new NeuralVoiceEngine(broken, new EngineOptions("cpu", 1, 1000))).getMessage();
        assertTrue(msg.contains("model.vocoder.sha256 mismatch"), msg);
    }

    @Test
    void refusesTruncatedModelEvenWithMatchingChecksum() throws Exception {
        Path dir = TinyVoice.copyTo(tmp.resolve("v"));
        byte[] model = Files.readAllBytes(dir.resolve("acoustic.pt"));
        Files.write(dir.resolve("acoustic.pt"), Arrays.copyOf(model, model.length / 2));
        String sha = NeuralVoiceEngine.sha256(new VoicePackage.ModelFile(dir.resolve("acoustic.pt"), ""));
        TinyVoice.edit(dir, voice.acoustic().sha256(), sha);
        VoicePackage broken = VoicePackage.load(dir);
        String msg = assertThrows(VoicePackageException.class,
                () -> new NeuralVoiceEngine(broken, new EngineOptions("cpu", 1, 1000))).getMessage();
        assertTrue(msg.contains("not a loadable TorchScript model"), msg);
    }

    @Test
    void refusesModelsMadeForAnotherSampleRate() throws Exception {
        Path dir = TinyVoice.copyTo(tmp.resolve("v"));
        TinyVoice.edit(dir, "sample.rate = 16000", "sample.rate = 22050");
        VoicePackage other = VoicePackage.load(dir);
        String msg = assertThrows(VoicePackageException.class,
                () -> new NeuralVoiceEngine(other, new EngineOptions("cpu", 1, 1000))).getMessage();
        assertTrue(msg.contains("sample.rate"), msg);
    }

    @Test
    void streamsExactlyTheAnnouncedNumberOfSamples() throws Exception {
        List<PhoneSequence> chunks = List.of(sequence("n", "i", "h", "ao"), sequence("sh", "iii", "j", "ie"));
        List<AcousticRow.Result> rows = new java.util.ArrayList<>();
        for (PhoneSequence c : chunks) {
            rows.add(engine.submitAcoustic(c, speaker()).get());
        }
        List<Integer> silences = List.of(3200, 0);
        long announced = StreamingPcm.totalSamples(rows, silences, voice.hopSize());
        byte[][] completed = new byte[1][];
        try (StreamingPcm pcm = new StreamingPcm(engine, rows, silences, 10_000, b -> completed[0] = b)) {
            byte[] all = pcm.readAllBytes();
            assertEquals(announced * 2, all.length);
            assertEquals(all.length, completed[0].length, "the whole audio is handed to the cache");
        }
    }

    /** Two sentence ends in a row, or a <break/> before any text, give a chunk with no phones. */
    @Test
    void chunkWithoutPhonesIsItsPauseWithoutRunningTheModels() throws Exception {
        PhoneSequence pauseOnly = TinyVoice.sequence(voice, 300);
        assertEquals(0, pauseOnly.length());
        float[] alone = engine.synthesize(pauseOnly, speaker());
        assertEquals(300 * voice.sampleRate() / 1000, alone.length);

        List<PhoneSequence> chunks = List.of(pauseOnly, sequence("n", "i", "h", "ao"), TinyVoice.sequence(voice, 0));
        List<AcousticRow.Result> rows = new java.util.ArrayList<>();
        for (PhoneSequence c : chunks) {
            rows.add(engine.submitAcoustic(c, speaker()).get());
        }
        List<Integer> silences = List.of(4800, 3200, 0);
        long announced = StreamingPcm.totalSamples(rows, silences, voice.hopSize());
        try (StreamingPcm pcm = new StreamingPcm(engine, rows, silences, 10_000, null)) {
            byte[] all = pcm.readAllBytes();
            assertEquals(announced * 2, all.length);
            for (int i = 0; i < 4800 * 2; i++) {
                assertEquals(0, all[i], "the leading pause is silence");
            }
            assertTrue(announced > 4800 + 3200 + 4 * voice.hopSize(), "the speech is there: " + announced);
        }
    }
}
