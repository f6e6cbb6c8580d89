package marytts.neural;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.engine.Engine;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;
import ai.djl.translate.Translator;

/**
 * Owns the TorchScript models of one voice package, loaded through DJL's PyTorch engine on the
 * chosen device, with a bounded predictor pool per model. Thread-safe. Construction verifies
 * checksums and each model's embedded {@code contract.properties}, then warms the models up with
 * several input lengths (TorchScript re-optimizes per new shape). On a GPU it runs the package's
 * optional FP16 acoustic model instead of the fp32 one when that model's mel stays within
 * {@link #FP16_TOLERANCE} of the fp32 model's on a test sequence; otherwise it keeps fp32 and says why.
 */
public final class NeuralVoiceEngine implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(NeuralVoiceEngine.class);
    static final String CONTRACT_ENTRY = "contract.properties";
    /** Natural log of the contract's mel floor (1e-5): the value of a silent frame. */
    static final float LOG_MEL_FLOOR = (float) Math.log(1e-5);
    /** Largest mean absolute log-mel difference (about 2 dB) accepted from the FP16 acoustic model. */
    static final double FP16_TOLERANCE = 0.25;

    private final VoicePackage voice;
    private final Device device;
    private final String precision;
    private final ZooModel<AcousticBatch, AcousticOutput> acousticModel;
    private final ZooModel<float[][][], float[][]> vocoderModel;
    private final PredictorPool<AcousticBatch, AcousticOutput> acoustic;
    private final PredictorPool<float[][][], float[][]> vocoder;
    private final DynamicBatcher<AcousticRow, AcousticRow.Result> acousticBatcher;
    private final DynamicBatcher<float[][], float[]> vocoderBatcher;

    public NeuralVoiceEngine(VoicePackage voice, EngineOptions options) throws VoicePackageException {
        this.voice = voice;
        this.device = chooseDevice(options.device());
        verifyChecksum(voice.acoustic(), "model.acoustic");
        verifyChecksum(voice.vocoder(), "model.vocoder");
        if (voice.acousticFp16().isPresent()) {
            verifyChecksum(voice.acousticFp16().get(), "model.acoustic.fp16");
        }
        ZooModel<AcousticBatch, AcousticOutput> a = null;
        ZooModel<float[][][], float[][]> v = null;
        String chosen = "fp32";
        try {
            a = load(voice.acoustic(), AcousticBatch.class, AcousticOutput.class, new AcousticTranslator());
            checkContract(a, "acoustic", "model.acoustic");
            if (options.wantsFp16(device) && voice.acousticFp16().isPresent()) {
                ZooModel<AcousticBatch, AcousticOutput> half = halfPrecision(a, voice.acousticFp16().get());
                if (half != null) {
                    a.close();
                    a = half;
                    chosen = "fp16";
                }
            }
            v = load(voice.vocoder(), float[][][].class, float[][].class, new VocoderTranslator());
            checkContract(v, "vocoder", "model.vocoder");
        } catch (VoicePackageException | RuntimeException e) {
            closeQuietly(a);
            closeQuietly(v);
            throw e;
        }
        this.precision = chosen;
        this.acousticModel = a;
        this.vocoderModel = v;
        this.acoustic = new PredictorPool<>(voice.name() + "/acoustic", a, options.predictors(), options.waitMillis());
        this.vocoder = new PredictorPool<>(voice.name() + "/vocoder", v, options.predictors(), options.waitMillis());
        this.acousticBatcher = new DynamicBatcher<>(voice.name() + "/acoustic", this::acousticRows, options.batchFor(device),
                options.batchWaitMillis(), options.queueCapacity(), options.predictors());
        this.vocoderBatcher = new DynamicBatcher<>(voice.name() + "/vocoder", this::vocodeBatch, options.batchFor(device),
                options.batchWaitMillis(), options.queueCapacity(), options.predictors());
        try {
            warmUp();
        } catch (Exception e) {
            close();
            throw new VoicePackageException(voice.directory() + ": models load but fail to run: " + e.getMessage(), e);
        }
    }

    public VoicePackage voice() {
        return voice;
    }

    public Device device() {
        return device;
    }

    /** {@code fp16} when the FP16 acoustic model is in use, else {@code fp32}. */
    public String precision() {
        return precision;
    }

    /**
     * Loads the FP16 acoustic model and returns it if its mel for a test sequence stays within
     * {@link #FP16_TOLERANCE} of the fp32 model's; otherwise (cannot load, cannot run on this
     * device, NaN, too far off) logs one line and returns null so the fp32 model is kept. A wrong
     * embedded contract is still a broken package and throws.
     */
    private ZooModel<AcousticBatch, AcousticOutput> halfPrecision(ZooModel<AcousticBatch, AcousticOutput> full,
            VoicePackage.ModelFile file) throws VoicePackageException {
        ZooModel<AcousticBatch, AcousticOutput> half;
        try {
            half = load(file, AcousticBatch.class, AcousticOutput.class, new AcousticTranslator());
        } catch (VoicePackageException e) {
            LOG.warn("voice {}: FP16 acoustic model not used, keeping fp32: {}", voice.name(), e.getMessage());
            return null;
        }
        try {
            checkContract(half, "acoustic", "model.acoustic.fp16");
            expect(half, "precision", "fp16", "model.acoustic.fp16");
        } catch (VoicePackageException e) {
            half.close();
            throw e;
        }
        AcousticBatch probe = new AcousticBatch(List.of(testSequence(48)),
                List.of(voice.speaker(voice.defaultSpeaker()).orElseThrow()));
        String refusal;
        try (ai.djl.inference.Predictor<AcousticBatch, AcousticOutput> p32 = full.newPredictor();
                ai.djl.inference.Predictor<AcousticBatch, AcousticOutput> p16 = half.newPredictor()) {
            double difference = meanAbsDifference(p32.predict(probe).mels()[0], p16.predict(probe).mels()[0]);
            if (difference <= FP16_TOLERANCE) {
                LOG.info("voice {}: FP16 acoustic model on {} (mean |log-mel difference| {} against fp32)",
                        voice.name(), device, String.format(java.util.Locale.ROOT, "%.4f", difference));
                return half;
            }
            refusal = "its mel differs from fp32 by " + String.format(java.util.Locale.ROOT, "%.3f", difference)
                    + " on average (limit " + FP16_TOLERANCE + ")";
        } catch (TranslateException | RuntimeException e) {
            refusal = "it does not run on " + device + ": " + firstAndLastLine(e);
        }
        LOG.warn("voice {}: FP16 acoustic model not used, keeping fp32: {}", voice.name(), refusal);
        half.close();
        return null;
    }

    /** Mean absolute difference over the frames both mels have; infinite when either has NaN or none overlap. */
    static double meanAbsDifference(float[][] a, float[][] b) {
        int bands = Math.min(a.length, b.length);
        int frames = bands == 0 ? 0 : Math.min(a[0].length, b[0].length);
        if (frames == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double sum = 0;
        for (int k = 0; k < bands; k++) {
            for (int t = 0; t < frames; t++) {
                sum += Math.abs(a[k][t] - b[k][t]);
            }
        }
        double mean = sum / ((double) bands * frames);
        return Double.isFinite(mean) ? mean : Double.POSITIVE_INFINITY;
    }

    /** Mel frames and durations for a batch of sequences, one speaker embedding per row. */
    public AcousticOutput acoustic(List<PhoneSequence> rows, List<float[]> speakers)
            throws TranslateException, EngineBusyException {
        return acoustic.predict(new AcousticBatch(rows, speakers));
    }

    /** Samples in [-1, 1] for one mel chunk {@code [bands][frames]}. */
    public float[] vocode(float[][] mel) throws TranslateException, EngineBusyException {
        return vocodeBatch(java.util.Collections.singletonList(mel)).get(0);
    }

    /** Several mel chunks in one vocoder call: padded with silence frames, outputs cut to each chunk's length. */
    public List<float[]> vocodeBatch(List<float[][]> mels) throws TranslateException, EngineBusyException {
        int frames = 0;
        for (float[][] m : mels) {
            frames = Math.max(frames, m.length == 0 ? 0 : m[0].length);
        }
        List<float[]> out = new ArrayList<>(mels.size());
        if (frames == 0) {
            mels.forEach(m -> out.add(new float[0]));
            return out;
        }
        float[][][] padded = new float[mels.size()][voice.melBands()][frames];
        for (int i = 0; i < mels.size(); i++) {
            float[][] m = mels.get(i);
            int own = m.length == 0 ? 0 : m[0].length;
            for (int k = 0; k < voice.melBands(); k++) {
                if (own > 0) {
                    System.arraycopy(m[k], 0, padded[i][k], 0, own);
                }
                java.util.Arrays.fill(padded[i][k], own, frames, LOG_MEL_FLOOR);
            }
        }
        float[][] wavs = vocoder.predict(padded);
        for (int i = 0; i < mels.size(); i++) {
            int own = mels.get(i).length == 0 ? 0 : mels.get(i)[0].length;
            out.add(java.util.Arrays.copyOf(wavs[i], Math.min(wavs[i].length, own * voice.hopSize())));
        }
        return out;
    }

    /**
     * Queues one sequence for the acoustic model; concurrent requests share batches. A sequence
     * without phones (a break with nothing to say, e.g. two sentence ends in a row) never reaches
     * the model, whose convolutions cannot take an empty input: it is zero frames of speech.
     */
    public java.util.concurrent.CompletableFuture<AcousticRow.Result> submitAcoustic(PhoneSequence sequence,
            float[] speaker) throws EngineBusyException {
        if (sequence.length() == 0) {
            return java.util.concurrent.CompletableFuture.completedFuture(
                    new AcousticRow.Result(new float[voice.melBands()][0], new long[0]));
        }
        return acousticBatcher.submit(new AcousticRow(sequence, speaker));
    }

    /** Queues one mel chunk for the vocoder; concurrent requests share batches. Zero frames are zero samples. */
    public java.util.concurrent.CompletableFuture<float[]> submitVocoder(float[][] mel) throws EngineBusyException {
        if (mel.length == 0 || mel[0].length == 0) {
            return java.util.concurrent.CompletableFuture.completedFuture(new float[0]);
        }
        return vocoderBatcher.submit(mel);
    }

    private List<AcousticRow.Result> acousticRows(List<AcousticRow> rows) throws TranslateException,
            EngineBusyException {
        List<PhoneSequence> seqs = new ArrayList<>(rows.size());
        List<float[]> speakers = new ArrayList<>(rows.size());
        for (AcousticRow r : rows) {
            seqs.add(r.sequence());
            speakers.add(r.speaker());
        }
        AcousticOutput out = acoustic(seqs, speakers);
        List<AcousticRow.Result> results = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            results.add(new AcousticRow.Result(out.mels()[i], out.durations()[i]));
        }
        return results;
    }

    /** One sequence to samples, including its trailing silence. */
    public float[] synthesize(PhoneSequence sequence, float[] speaker) throws TranslateException, EngineBusyException {
        float[] speech = new float[0];
        if (sequence.length() > 0) {
            AcousticOutput out = acoustic(List.of(sequence), List.of(speaker));
            speech = vocode(out.mels()[0]);
        }
        int silence = (int) ((long) sequence.silenceAfterMs() * voice.sampleRate() / 1000);
        float[] all = new float[speech.length + silence];
        System.arraycopy(speech, 0, all, 0, speech.length);
        return all;
    }

    private void warmUp() throws TranslateException, EngineBusyException {
        float[] speaker = voice.speaker(voice.defaultSpeaker()).orElseThrow();
        long start = System.nanoTime();
        for (int length : new int[] { 4, 16, 48 }) {
            synthesize(testSequence(length), speaker);
        }
        LOG.info("voice {} warmed up on {} ({}) in {} ms", voice.name(), device, precision,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** A made-up sequence cycling through the phone, tone and boundary tables: for warm-up and checks. */
    private PhoneSequence testSequence(int length) {
        int someVowel = Math.min(voice.phones().size() - 1, 2);
        long[] ids = new long[length];
        long[] tones = new long[length];
        long[] bounds = new long[length];
        for (int i = 0; i < length; i++) {
            ids[i] = someVowel + (i % (voice.phones().size() - someVowel));
            tones[i] = 1 + (i % 6);
            bounds[i] = 1 + (i % 5);
        }
        return new PhoneSequence(ids, tones, bounds, 0, ProsodyControls.NEUTRAL);
    }

    private static Device chooseDevice(String mode) {
        Engine engine = Engine.getEngine("PyTorch");
        int gpus = engine.getGpuCount();
        if (mode.equals("cpu")) {
            return Device.cpu();
        }
        if (gpus > 0) {
            return Device.gpu();
        }
        if (mode.equals("gpu")) {
            LOG.warn("mary.neural.device=gpu but PyTorch sees no GPU (CPU natives or no driver): using the CPU");
        }
        return Device.cpu();
    }

    private <I, O> ZooModel<I, O> load(VoicePackage.ModelFile file, Class<I> in, Class<O> out,
            Translator<I, O> translator) throws VoicePackageException {
        String fileName = file.path().getFileName().toString();
        Criteria<I, O> criteria = Criteria.builder().setTypes(in, out).optEngine("PyTorch").optDevice(device)
                .optModelPath(file.path().getParent())
                .optModelName(fileName.endsWith(".pt") ? fileName.substring(0, fileName.length() - 3) : fileName)
                .optOption("extraFiles", CONTRACT_ENTRY).optOption("mapLocation", "true").optTranslator(translator)
                .build();
        try {
            return criteria.loadModel();
        } catch (ModelNotFoundException | MalformedModelException | IOException | RuntimeException e) {
            throw new VoicePackageException(file.path() + ": not a loadable TorchScript model: " + firstLine(e), e);
        }
    }

    private void checkContract(ZooModel<?, ?> model, String role, String key) throws VoicePackageException {
        String text = model.getProperty(CONTRACT_ENTRY);
        Properties p = new Properties();
        try {
            if (text == null || text.isEmpty()) {
                throw new VoicePackageException(key + ": model has no embedded " + CONTRACT_ENTRY);
            }
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new VoicePackageException(key + ": unreadable " + CONTRACT_ENTRY, e);
        }
        String where = voice.directory().resolve(VoicePackage.CONFIG_FILE) + ": " + key + ": ";
        expect(p, "contract.version", String.valueOf(VoicePackage.CONTRACT_VERSION), where);
        expect(p, "role", role, where);
        expect(p, "mel.bands", String.valueOf(voice.melBands()), where);
        expect(p, "hop.size", String.valueOf(voice.hopSize()), where);
        expect(p, "sample.rate", String.valueOf(voice.sampleRate()), where);
        if (role.equals("acoustic")) {
            expect(p, "phones", String.valueOf(voice.phones().size()), where);
            expect(p, "speaker.embedding.size", String.valueOf(voice.embeddingSize()), where);
        }
    }

    private static void expect(ZooModel<?, ?> model, String key, String value, String where)
            throws VoicePackageException {
        Properties p = new Properties();
        try {
            p.load(new StringReader(String.valueOf(model.getProperty(CONTRACT_ENTRY))));
        } catch (IOException e) {
            throw new VoicePackageException(where + ": unreadable " + CONTRACT_ENTRY, e);
        }
        expect(p, key, value, where + ": ");
    }

    private static void expect(Properties p, String key, String value, String where) throws VoicePackageException {
        String actual = p.getProperty(key);
        if (actual == null || !actual.trim().equals(value)) {
            throw new VoicePackageException(where + "model was made for " + key + "=" + actual + " but the package says "
                    + value);
        }
    }

    private void verifyChecksum(VoicePackage.ModelFile file, String key) throws VoicePackageException {
        String actual = sha256(file);
        if (!actual.equals(file.sha256())) {
            throw new VoicePackageException(voice.directory().resolve(VoicePackage.CONFIG_FILE) + ": " + key
                    + ".sha256 mismatch for " + file.path().getFileName() + " (file is " + actual + ")");
        }
    }

    static String sha256(VoicePackage.ModelFile file) throws VoicePackageException {
        try (InputStream in = Files.newInputStream(file.path())) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new VoicePackageException(file.path() + ": unreadable: " + e.getMessage(), e);
        }
    }

    private static String firstLine(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** TorchScript errors put the failing statement first and the actual error last. */
    private static String firstAndLastLine(Throwable e) {
        String[] lines = String.valueOf(e.getMessage()).strip().split("\n");
        String last = lines[lines.length - 1].strip();
        return lines.length == 1 ? lines[0] : lines[0].strip() + " ... " + last;
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception ignored) {
                // already failing; the first error is the one to report
            }
        }
    }

    @Override
    public void close() {
        List<AutoCloseable> all = new ArrayList<>(
                List.of(acousticBatcher, vocoderBatcher, acoustic, vocoder, acousticModel, vocoderModel));
        all.forEach(NeuralVoiceEngine::closeQuietly);
    }
}
