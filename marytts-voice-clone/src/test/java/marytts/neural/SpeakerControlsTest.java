package marytts.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import javax.sound.sampled.AudioInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A speaker's own controls ({@code speaker.NAME.controls}): parsed, validated, and applied under every request. */
class SpeakerControlsTest {
    @TempDir
    Path tmp;

    private static final String LINE = "speakers = test\n";

    @Test
    void aSpeakerWithoutControlsIsNeutral() throws Exception {
        VoicePackage v = VoicePackage.load(TinyVoice.source());
        assertEquals(ProsodyControls.NEUTRAL, v.speakerControls("test"));
    }

    @Test
    void parsesAndRefusesBadControls() throws Exception {
        Path dir = TinyVoice.copyTo(tmp.resolve("v"));
        TinyVoice.edit(dir, LINE, LINE + "speaker.test.controls = 1.25, 0.8, 1\n");
        assertEquals(new ProsodyControls(1.25f, 0.8f, 1f), VoicePackage.load(dir).speakerControls("test"));
        Path bad = TinyVoice.copyTo(tmp.resolve("bad"));
        TinyVoice.edit(bad, LINE, LINE + "speaker.test.controls = 1.25, -0.8, 1\n");
        String msg = assertThrows(VoicePackageException.class, () -> VoicePackage.load(bad)).getMessage();
        assertTrue(msg.contains("speaker.test.controls"), msg);
    }

    @Test
    void theSynthesizerAppliesThemUnderTheRequestsProsody() throws Exception {
        Path dir = TinyVoice.copyTo(tmp.resolve("slow"));
        TinyVoice.edit(dir, LINE, LINE + "speaker.test.controls = 2, 1, 1\n");
        VoicePackage neutral = VoicePackage.load(TinyVoice.source());
        VoicePackage slow = VoicePackage.load(dir);
        List<PhoneSequence> text = List.of(TinyVoice.sequence(neutral, 0, "n", "i", "h", "ao", "sh", "iii", "j", "ie"));
        NeuralSynthesizer synthesizer = new NeuralSynthesizer();
        long a;
        long b;
        try (NeuralVoiceEngine e = new NeuralVoiceEngine(neutral, new EngineOptions("cpu", 1, 10_000));
                AudioInputStream in = synthesizer.render(e, text)) {
            a = in.getFrameLength();
        }
        try (NeuralVoiceEngine e = new NeuralVoiceEngine(slow, new EngineOptions("cpu", 1, 10_000));
                AudioInputStream in = synthesizer.render(e, text)) {
            b = in.getFrameLength();
        }
        assertTrue(b > 1.8 * a && b < 2.2 * a, a + " vs " + b);
    }
}
