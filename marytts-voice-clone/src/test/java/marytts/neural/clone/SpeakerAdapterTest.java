package marytts.neural.clone;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import marytts.neural.AcousticOutput;
import marytts.neural.EngineOptions;
import marytts.neural.NeuralVoiceEngine;
import marytts.neural.PhoneSequence;
import marytts.neural.VoicePackage;

/**
 * Adaptation through DJL on the tiny test voice's real TorchScript acoustic model. The "speaker"
 * to fit is the same model with another embedding, so the right answer is reachable.
 */
class SpeakerAdapterTest {
    private static VoicePackage voice;
    private static List<PhoneSequence> seqs;
    private static float[] truth;
    private static List<float[]> audio = new ArrayList<>();
    private static List<float[][]> mels = new ArrayList<>();

    @BeforeAll
    static void speak() throws Exception {
        voice = VoicePackage.load(TestVoices.tinySource());
        seqs = TestVoices.sequences(voice, 8, 7);
        truth = new float[voice.embeddingSize()];
        for (int i = 0; i < truth.length; i++) {
            truth[i] = (float) Math.sin(i * 1.7) * 0.8f;
        }
        try (NeuralVoiceEngine engine = new NeuralVoiceEngine(voice, new EngineOptions("cpu", 1, 10_000))) {
            for (PhoneSequence s : seqs) {
                audio.add(engine.synthesize(s, truth));
                AcousticOutput out = engine.acoustic(List.of(s), List.of(truth));
                mels.add(out.mels()[0]);
            }
        }
    }

    private static float[][] melStats() {
        int bands = voice.melBands();
        double[] sum = new double[bands];
        double[] sq = new double[bands];
        long n = 0;
        for (float[][] m : mels) {
            for (int t = 0; t < m[0].length; t++) {
                for (int b = 0; b < bands; b++) {
                    sum[b] += m[b][t];
                    sq[b] += m[b][t] * (double) m[b][t];
                }
                n++;
            }
        }
        float[][] s = new float[2][bands];
        for (int b = 0; b < bands; b++) {
            s[0][b] = (float) (sum[b] / n);
            s[1][b] = (float) Math.sqrt(Math.max(1e-8, sq[b] / n - s[0][b] * (double) s[0][b]));
        }
        return s;
    }

    @Test
    void fittingRecoversAnotherSpeakersMelStatistics() throws Exception {
        float[] start = SpeakerAdapter.meanSpeaker(voice, List.of(voice.defaultSpeaker()));
        SpeakerAdapter.Result r = new SpeakerAdapter(40, 0.1, 16).adapt(voice, start, seqs, melStats());
        System.out.printf("adaptation (model-domain target) loss %.4f -> %.4f in %d steps, %d ms%n", r.lossBefore(),
                r.lossAfter(), r.steps(), r.millis());
        assertTrue(r.lossAfter() < 0.5 * r.lossBefore(), r.lossBefore() + " -> " + r.lossAfter());
    }

    @Test
    void fittingOnVocodedAudioLowersTheLoss() throws Exception {
        float[][] target = LogMel.forVoice(voice).statistics(audio);
        float[] start = SpeakerAdapter.meanSpeaker(voice, List.of(voice.defaultSpeaker()));
        SpeakerAdapter.Result r = new SpeakerAdapter(40, 0.1, 16).adapt(voice, start, seqs, target);
        System.out.printf("adaptation (audio target) loss %.4f -> %.4f in %d steps, %d ms%n", r.lossBefore(),
                r.lossAfter(), r.steps(), r.millis());
        assertTrue(r.lossAfter() < 0.9 * r.lossBefore(), r.lossBefore() + " -> " + r.lossAfter());
    }
}
