package marytts.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The optional FP16 acoustic model (contract v1 {@code model.acoustic.fp16}). The fixture
 * {@code tiny-acoustic.fp16.pt} is {@code voices/tools/make_fp16_variant.py} applied to a copy of
 * zh-tiny-test. There is no GPU here, so {@code fp16=on} forces the FP16 path onto the CPU: libtorch
 * either runs it (then its mel must be close to fp32's and it is used) or cannot (then fp32 is
 * kept); both are the behaviour a GPU gets, minus the speed.
 */
class NeuralVoiceEngineFp16Test {
    @TempDir
    Path tmp;

    private Path tinyWithFp16(Path dir) throws Exception {
        TinyVoice.copyTo(dir);
        try (InputStream in = getClass().getResourceAsStream("tiny-acoustic.fp16.pt")) {
            Files.copy(in, dir.resolve("acoustic.fp16.pt"));
        }
        TinyVoice.declareFp16(dir, "acoustic.fp16.pt");
        return dir;
    }

    private static PhoneSequence sequence(VoicePackage voice) {
        return TinyVoice.sequence(voice, 0, "n", "i", "h", "ao");
    }

    @Test
    void packageDeclaresTheFp16Model() throws Exception {
        VoicePackage voice = VoicePackage.load(tinyWithFp16(tmp.resolve("v")));
        assertTrue(voice.acousticFp16().isPresent());
        assertTrue(VoicePackage.load(TinyVoice.source()).acousticFp16().isEmpty());
    }

    @Test
    void autoKeepsFp32OnTheCpu() throws Exception {
        VoicePackage voice = VoicePackage.load(tinyWithFp16(tmp.resolve("v")));
        try (NeuralVoiceEngine engine = new NeuralVoiceEngine(voice, new EngineOptions("cpu", 1, 10_000))) {
            assertEquals("fp32", engine.precision());
        }
    }

    @Test
    void forcedFp16EitherPassesTheCheckOrFallsBackAndStillSpeaks() throws Exception {
        VoicePackage voice = VoicePackage.load(tinyWithFp16(tmp.resolve("v")));
        float[] speaker = voice.speaker(voice.defaultSpeaker()).orElseThrow();
        float[][] reference;
        try (NeuralVoiceEngine fp32 = new NeuralVoiceEngine(voice, new EngineOptions("cpu", 1, 10_000))) {
            reference = fp32.acoustic(java.util.List.of(sequence(voice)), java.util.List.of(speaker)).mels()[0];
        }
        try (NeuralVoiceEngine engine = new NeuralVoiceEngine(voice,
                new EngineOptions("cpu", 1, 10_000).withFp16("on"))) {
            float[][] mel = engine.acoustic(java.util.List.of(sequence(voice)), java.util.List.of(speaker)).mels()[0];
            double difference = NeuralVoiceEngine.meanAbsDifference(reference, mel);
            if (engine.precision().equals("fp16")) {
                assertTrue(difference > 0 && difference <= NeuralVoiceEngine.FP16_TOLERANCE, "difference " + difference);
            } else {
                assertEquals("fp32", engine.precision());
                assertEquals(0.0, difference, 1e-6);
            }
            float[] wav = engine.synthesize(sequence(voice), speaker);
            double energy = 0;
            for (float s : wav) {
                energy += s * s;
            }
            assertTrue(energy / wav.length > 1e-5, "not silent");
        }
    }

    @Test
    void corruptFp16ModelRefusesThePackageOnEveryDevice() throws Exception {
        Path dir = tinyWithFp16(tmp.resolve("v"));
        byte[] model = Files.readAllBytes(dir.resolve("acoustic.fp16.pt"));
        model[model.length / 2] ^= 1;
        Files.write(dir.resolve("acoustic.fp16.pt"), model);
        VoicePackage broken = VoicePackage.load(dir);
        String msg = assertThrows(VoicePackageException.class,
                () -> new NeuralVoiceEngine(broken, new EngineOptions("cpu", 1, 1000))).getMessage();
        assertTrue(msg.contains("model.acoustic.fp16.sha256 mismatch"), msg);
    }

    @Test
    void fp32ModelDeclaredAsFp16IsRefused() throws Exception {
        Path dir = TinyVoice.copyTo(tmp.resolve("v"));
        Files.copy(dir.resolve("acoustic.pt"), dir.resolve("acoustic.fp16.pt"));
        TinyVoice.declareFp16(dir, "acoustic.fp16.pt");
        VoicePackage voice = VoicePackage.load(dir);
        String msg = assertThrows(VoicePackageException.class,
                () -> new NeuralVoiceEngine(voice, new EngineOptions("cpu", 1, 1000).withFp16("on"))).getMessage();
        assertTrue(msg.contains("precision"), msg);
    }

    @Test
    void meanDifferenceIsInfiniteForNaNOrNoOverlap() {
        float[][] a = { { 1f, 2f }, { 3f, 4f } };
        float[][] b = { { 1.5f, 2f }, { 3f, Float.NaN } };
        assertEquals(Double.POSITIVE_INFINITY, NeuralVoiceEngine.meanAbsDifference(a, b));
        assertEquals(Double.POSITIVE_INFINITY, NeuralVoiceEngine.meanAbsDifference(a, new float[][] { {}, {} }));
        assertEquals(0.125, NeuralVoiceEngine.meanAbsDifference(a, new float[][] { { 1.5f, 2f, 9f }, { 3f, 4f, 9f } }),
                1e-9);
    }

    @Test
    void badModeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new EngineOptions("cpu", 1, 1000).withFp16("half"));
    }
}
