package marytts.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

import ai.djl.engine.Engine;

/** Runs only where PyTorch sees a GPU (build with -Pcuda); skipped, not failed, elsewhere. */
class NeuralVoiceEngineGpuTest {

    @Test
    void synthesizesOnTheGpuWhenAsked() throws Exception {
        assumeTrue(Engine.getEngine("PyTorch").getGpuCount() > 0, "no GPU visible to PyTorch");
        VoicePackage voice = VoicePackage.load(TinyVoice.source());
        try (NeuralVoiceEngine engine = new NeuralVoiceEngine(voice, new EngineOptions("gpu", 1, 10_000))) {
            assertEquals("gpu", engine.device().getDeviceType());
            long[] ids = { voice.phones().id("n"), voice.phones().id("i") };
            float[] wav = engine.synthesize(new PhoneSequence(ids, new long[] { 1, 4 }, new long[] { 1, 5 }, 0,
                    ProsodyControls.NEUTRAL), voice.speaker(voice.defaultSpeaker()).orElseThrow());
            assertTrue(wav.length > 0);
        }
    }
}
