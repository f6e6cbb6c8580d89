package marytts.neural.clone;

import java.util.ArrayList;
import java.util.List;

import marytts.neural.EngineOptions;
import marytts.neural.NeuralVoiceEngine;
import marytts.neural.PhoneSequence;
import marytts.neural.ProsodyControls;
import marytts.neural.VoicePackage;
import marytts.neural.VoicePackageException;

/**
 * Fits a clone's own speaking rate and pitch ({@code speaker.NAME.controls}; {@code enroll
 * --fit-prosody}, off by default because it costs tone shape, see CloneService): the speaker embedding
 * alone leaves both at the base voice's (a clone of a 130 Hz speaker on the 340 Hz demo voice came
 * out at 356 Hz). Closed loop through the real models, because the acoustic model's controls are
 * not exact (asking +3.2 semitones gave +5.3): synthesize up to {@value #MAX_SEQUENCES} of the
 * enrollment transcripts with the new embedding, set the duration scale to the enrollment audio's
 * length over the synthesized length, then try pitch scales from 1 towards the recordings' median F0
 * over the output's ({@link PitchTrack}) and keep the one whose output's median F0 comes closest to
 * the recordings' (1 when none does better). Scales stay within {@link ProsodyControls}' ranges;
 * when an F0 cannot be measured (whispered recordings, a model whose output has no clear pitch) the
 * pitch scale stays 1.
 */
public final class SpeakerControlsFit {
    static final int MAX_SEQUENCES = 8;
    /** Pitch scales tried between 1 and the ratio asked (geometrically spaced, the ratio included). */
    static final int PITCH_STEPS = 4;

    /** The fitted controls and the figures they came from (F0s in Hz, 0 = not measurable). */
    public record Result(ProsodyControls controls, double targetF0, double firstF0, double fittedF0, double lengthRatio) {
        /** Nothing fitted. */
        public static final Result NONE = new Result(ProsodyControls.NEUTRAL, 0, 0, 0, 1);
    }

    private SpeakerControlsFit() {
    }

    static Result fit(VoicePackage base, float[] embedding, List<PhoneSequence> transcripts, List<Utterance> audio)
            throws EnrollmentException {
        int n = Math.min(MAX_SEQUENCES, Math.min(transcripts.size(), audio.size()));
        if (n == 0) {
            return Result.NONE;
        }
        List<float[]> recordings = new ArrayList<>();
        double recorded = 0;
        for (int i = 0; i < n; i++) {
            recordings.add(audio.get(i).audio().samples());
            recorded += audio.get(i).audio().seconds();
        }
        double target = medianF0(recordings, base.sampleRate());
        try (NeuralVoiceEngine engine = new NeuralVoiceEngine(base, new EngineOptions("cpu", 1, 60_000))) {
            List<float[]> out = synthesize(engine, transcripts.subList(0, n), embedding, ProsodyControls.NEUTRAL);
            double synthesized = 0;
            for (float[] x : out) {
                synthesized += x.length / (double) base.sampleRate();
            }
            double ratio = synthesized > 0 ? recorded / synthesized : 1;
            float duration = new ProsodyControls((float) ratio, 1, 1).durationScale(); // clamped
            double first = medianF0(out, base.sampleRate());
            if (target <= 0 || first <= 0) {
                return new Result(new ProsodyControls(duration, 1, 1), target, first, first, ratio);
            }
            // the model's pitch control is neither exact nor monotonic far from 1 (0.5 asked of the demo
            // voice raised its measured F0): try scales from 1 to the ratio asked and keep the one whose
            // measured F0 comes closest to the recordings'
            float wanted = new ProsodyControls(1, (float) (target / first), 1).pitchScale();
            float pitch = 1;
            double fitted = Double.NaN;
            for (int k = 0; k <= PITCH_STEPS; k++) { // k = 0: pitch 1 at the fitted rate
                float candidate = (float) Math.pow(wanted, k / (double) PITCH_STEPS);
                double f = medianF0(synthesize(engine, transcripts.subList(0, n), embedding,
                        new ProsodyControls(duration, candidate, 1)), base.sampleRate());
                if (f > 0 && (Double.isNaN(fitted)
                        || Math.abs(Math.log(f / target)) < Math.abs(Math.log(fitted / target)))) {
                    pitch = candidate;
                    fitted = f;
                }
            }
            return new Result(new ProsodyControls(duration, pitch, 1), target, first, Double.isNaN(fitted) ? 0 : fitted,
                    ratio);
        } catch (VoicePackageException e) {
            throw new EnrollmentException("base voice " + base.name() + " does not load: " + e.getMessage(), e);
        }
    }

    private static List<float[]> synthesize(NeuralVoiceEngine engine, List<PhoneSequence> seqs, float[] embedding,
            ProsodyControls controls) throws EnrollmentException {
        List<float[]> out = new ArrayList<>();
        try {
            for (PhoneSequence s : seqs) {
                out.add(engine.synthesize(s.withControls(controls), embedding));
            }
        } catch (Exception e) {
            throw new EnrollmentException("synthesis with the new speaker failed: " + e.getMessage(), e);
        }
        return out;
    }

    /** Median F0 over the voiced frames of all clips, 0 when none is voiced. */
    static double medianF0(List<float[]> clips, int rate) {
        return PitchTrack.median(clips.stream().flatMapToDouble(c -> java.util.Arrays.stream(PitchTrack.f0(c, rate)))
                .toArray());
    }
}
