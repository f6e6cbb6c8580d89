package marytts.neural.clone;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ai.djl.MalformedModelException;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import marytts.neural.PhoneSequence;
import marytts.neural.VoicePackage;

/**
 * Fits a new speaker embedding for a package's multi-speaker acoustic model from enrollment data,
 * through DJL's PyTorch engine: the TorchScript model's weights stay frozen; the embedding
 * {@code [1, E]} is the only parameter (an NDArray with a gradient), started from the mean of the
 * package's speaker embeddings and updated by Adam.
 *
 * <p>Alignment: none. The loss compares per-band statistics (mean and standard deviation over all
 * frames) of the model's log-mel output for the enrollment transcripts with the same statistics
 * of the enrollment audio ({@link LogMel#statistics}): L1 between the means (each minus its average
 * over bands, so overall level does not count: enrollment audio is loudness-normalized) plus L1
 * between standard deviations, averaged over bands. Such statistics capture timbre and spectral tilt and overall
 * loudness, and need no frame-to-phone alignment, but they ignore speaking rate, pitch contours and
 * anything phone-specific: the fitted voice is closer to the speaker's long-term spectrum, not a
 * faithful copy. A duration-aligned L1 over frames (forced alignment) is not implemented.
 */
public final class SpeakerAdapter {
    /** Outcome: the fitted embedding and the loss before (at the start point) and after. */
    public record Result(float[] embedding, double lossBefore, double lossAfter, int steps, long millis) {
    }

    private final int steps;
    private final double learningRate;
    private final int maxRows;

    public SpeakerAdapter(int steps, double learningRate, int maxRows) {
        this.steps = steps;
        this.learningRate = learningRate;
        this.maxRows = maxRows;
    }

    public static SpeakerAdapter defaults() {
        return new SpeakerAdapter(Integer.getInteger("mary.clone.adapt.steps", 60),
                Double.parseDouble(System.getProperty("mary.clone.adapt.lr", "0.1")), 32);
    }

    /** The mean of the package's speaker embeddings: the starting point. */
    public static float[] meanSpeaker(VoicePackage voice, List<String> speakerNames) {
        float[] mean = new float[voice.embeddingSize()];
        for (String s : speakerNames) {
            float[] e = voice.speaker(s).orElseThrow();
            for (int i = 0; i < mean.length; i++) {
                mean[i] += e[i] / speakerNames.size();
            }
        }
        return mean;
    }

    /**
     * @param sequences the enrollment transcripts as model ids (one per utterance)
     * @param target per-band {@code [mean, std]} of the enrollment audio's log-mel
     */
    public Result adapt(VoicePackage voice, float[] start, List<PhoneSequence> sequences, float[][] target)
            throws EnrollmentException {
        if (sequences.isEmpty()) {
            throw new EnrollmentException("no transcripts to adapt on");
        }
        List<PhoneSequence> rows = sequences.size() > maxRows ? sequences.subList(0, maxRows) : sequences;
        long t0 = System.currentTimeMillis();
        Path file = voice.acoustic().path();
        String name = file.getFileName().toString().replaceFirst("\\.pt$", "");
        Criteria<NDList, NDList> criteria = Criteria.builder().setTypes(NDList.class, NDList.class)
                .optEngine("PyTorch").optModelPath(file.getParent()).optModelName(name)
                .optOption("mapLocation", "true").optOption("trainParam", "true").build();
        try (ZooModel<NDList, NDList> model = criteria.loadModel();
                NDManager m = model.getNDManager().newSubManager()) {
            Block block = model.getBlock();
            NDList fixed = inputs(m, rows);
            NDArray meanT = m.create(target[0]);
            NDArray stdT = m.create(target[1]);
            ParameterStore ps = new ParameterStore(m, false);
            float[] p = start.clone();
            float[] mAdam = new float[p.length];
            float[] vAdam = new float[p.length];
            double first = Double.NaN;
            double last = Double.NaN;
            float[] best = p.clone();
            double bestLoss = Double.POSITIVE_INFINITY;
            for (int step = 0; step <= steps; step++) {
                try (NDManager sm = m.newSubManager()) {
                    NDArray leaf = sm.create(p, new Shape(1, p.length));
                    leaf.setRequiresGradient(true);
                    float[] grad;
                    double loss;
                    try (GradientCollector gc = Engine.getEngine("PyTorch").newGradientCollector()) {
                        NDArray speakers = leaf.repeat(0, rows.size());
                        NDList in = new NDList(fixed.get(0), fixed.get(1), fixed.get(2), speakers, fixed.get(3));
                        NDList out = block.forward(ps, in, true);
                        NDArray l = statsLoss(out.get(0), out.get(1), meanT, stdT);
                        loss = l.getFloat();
                        if (step == steps) {
                            last = loss;
                            if (loss < bestLoss) {
                                bestLoss = loss;
                                best = p.clone();
                            }
                            break;
                        }
                        gc.backward(l);
                        grad = leaf.getGradient().toFloatArray();
                    }
                    if (step == 0) {
                        first = loss;
                    }
                    if (loss < bestLoss) {
                        bestLoss = loss;
                        best = p.clone();
                    }
                    adam(p, grad, mAdam, vAdam, step + 1);
                }
            }
            return new Result(best, first, Math.min(last, bestLoss), steps, System.currentTimeMillis() - t0);
        } catch (ModelNotFoundException | MalformedModelException | IOException e) {
            throw new EnrollmentException(file + ": cannot load the acoustic model: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new EnrollmentException("adaptation failed in the acoustic model: " + e.getMessage(), e);
        }
    }

    private void adam(float[] p, float[] g, float[] m, float[] v, int t) {
        double b1 = 0.9;
        double b2 = 0.999;
        for (int i = 0; i < p.length; i++) {
            if (!Float.isFinite(g[i])) {
                continue;
            }
            m[i] = (float) (b1 * m[i] + (1 - b1) * g[i]);
            v[i] = (float) (b2 * v[i] + (1 - b2) * g[i] * g[i]);
            double mh = m[i] / (1 - Math.pow(b1, t));
            double vh = v[i] / (1 - Math.pow(b2, t));
            p[i] -= (float) (learningRate * mh / (Math.sqrt(vh) + 1e-8));
        }
    }

    /** Padded id tensors and neutral controls for the rows. */
    private static NDList inputs(NDManager m, List<PhoneSequence> rows) {
        int n = rows.stream().mapToInt(PhoneSequence::length).max().orElse(1);
        int b = rows.size();
        long[] ph = new long[b * n];
        long[] to = new long[b * n];
        long[] bo = new long[b * n];
        float[] controls = new float[b * 3];
        for (int i = 0; i < b; i++) {
            PhoneSequence r = rows.get(i);
            System.arraycopy(r.phones(), 0, ph, i * n, r.length());
            System.arraycopy(r.tones(), 0, to, i * n, r.length());
            System.arraycopy(r.boundaries(), 0, bo, i * n, r.length());
            float[] c = r.controls().toArray();
            System.arraycopy(c, 0, controls, i * 3, 3);
        }
        Shape s = new Shape(b, n);
        return new NDList(m.create(ph, s), m.create(to, s), m.create(bo, s), m.create(controls, new Shape(b, 3)));
    }

    /**
     * L1 between per-band means plus L1 between per-band standard deviations of the generated
     * log-mel {@code [B, bands, T]} (frames past each row's summed durations are masked out).
     */
    static NDArray statsLoss(NDArray mel, NDArray durations, NDArray meanT, NDArray stdT) {
        long frames = mel.getShape().get(2);
        NDArray lengths = durations.toType(DataType.INT64, false).sum(new int[] { 1 }); // [B]
        NDManager m = mel.getManager();
        NDArray idx = m.arange(0, (int) frames, 1, DataType.INT64).reshape(1, frames);
        NDArray mask = idx.lt(lengths.reshape(-1, 1)).toType(DataType.FLOAT32, false).expandDims(1); // [B,1,T]
        NDArray count = mask.sum().maximum(1f);
        NDArray mean = mel.mul(mask).sum(new int[] { 0, 2 }).div(count); // [bands]
        NDArray centred = mel.sub(mean.reshape(1, -1, 1)).mul(mask);
        NDArray std = centred.square().sum(new int[] { 0, 2 }).div(count).add(1e-5f).sqrt();
        // level-invariant: enrollment audio is loudness-normalized, so only the spectral shape counts
        NDArray shapeG = mean.sub(mean.mean());
        NDArray shapeT = meanT.sub(meanT.mean());
        return shapeG.sub(shapeT).abs().mean().add(std.sub(stdT).abs().mean());
    }

    /** Rows of one utterance each, for callers that have their own sequences. */
    static List<PhoneSequence> first(List<PhoneSequence> s, int n) {
        return new ArrayList<>(s.subList(0, Math.min(n, s.size())));
    }
}
