package marytts.neural;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sound.sampled.AudioInputStream;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.w3c.dom.Element;

import ai.djl.translate.TranslateException;
import marytts.exceptions.SynthesisException;
import marytts.modules.phonemiser.Allophone;
import marytts.modules.phonemiser.AllophoneSet;
import marytts.modules.synthesis.Voice;
import marytts.modules.synthesis.WaveformSynthesizer;
import marytts.server.MaryProperties;

/**
 * MaryTTS adapter for neural voices: at start-up it loads every voice package under the voices
 * folder ({@code -Dmary.neural.voices.dir}, default {@code MARY_BASE/neural-voices}), refuses
 * broken ones with one log line, registers the rest as MaryTTS voices, and turns the allophone
 * MaryXML of a request into audio.
 */
public class NeuralSynthesizer implements WaveformSynthesizer {
    private static final Logger LOG = LogManager.getLogger(NeuralSynthesizer.class);

    private final Map<String, NeuralVoiceEngine> engines = new ConcurrentHashMap<>();
    private final AudioCache cache = AudioCache.fromSystemProperties();

    /** Bytes of audio in the cache (for tests). */
    long cachedBytes() {
        return cache.size();
    }
    private final SynthesisLimits limits = SynthesisLimits.fromSystemProperties();
    private final WatermarkRuns watermarkRuns = new WatermarkRuns();

    @Override
    public void startup() throws Exception {
        Path dir = voicesDirectory();
        if (!Files.isDirectory(dir)) {
            LOG.warn("no neural voices: {} is not a directory", dir);
            return;
        }
        EngineOptions options = EngineOptions.fromSystemProperties();
        List<Path> packages = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, Files::isDirectory)) {
            ds.forEach(packages::add);
        }
        packages.sort(null);
        for (Path p : packages) {
            if (!Files.isRegularFile(p.resolve(VoicePackage.CONFIG_FILE))) {
                continue;
            }
            try {
                register(VoicePackage.load(p), options);
            } catch (VoicePackageException e) {
                LOG.error("neural voice refused: {}", e.getMessage());
            } catch (RuntimeException | Error e) {
                LOG.error("neural voice refused: {}: {}", p, e.toString());
            }
        }
    }

    static Path voicesDirectory() {
        String configured = System.getProperty("mary.neural.voices.dir");
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured);
        }
        return Paths.get(MaryProperties.maryBase(), "neural-voices");
    }

    private void register(VoicePackage pkg, EngineOptions options) throws VoicePackageException {
        checkConsent(pkg);
        if (Voice.getVoice(pkg.name()) != null) {
            throw new VoicePackageException(pkg.directory() + ": a voice named '" + pkg.name() + "' already exists");
        }
        NeuralVoiceEngine engine = new NeuralVoiceEngine(pkg, options);
        String wantsDefault = "voice." + pkg.name() + ".wants.to.be.default";
        if (pkg.defaultForLocale() && System.getProperty(wantsDefault) == null) {
            // MaryTTS reads this (system properties first) when the voice is created
            System.setProperty(wantsDefault, "10");
        }
        try {
            NeuralVoice voice = new NeuralVoice(pkg, this);
            engines.put(pkg.name(), engine);
            Voice.registerVoice(voice);
            LOG.info("neural voice {} ({}, {}) ready on {}", pkg.name(), pkg.locale(), pkg.gender(), engine.device());
        } catch (Exception e) {
            engine.close();
            throw new VoicePackageException(pkg.directory() + ": MaryTTS refused the voice: " + e.getMessage(), e);
        }
    }

    /**
     * A package that declares itself a clone is refused without a valid, unrevoked consent record
     * (see {@link marytts.neural.clone.ConsentCheck}); checked at registration and on every request.
     */
    static void checkConsent(VoicePackage pkg) throws VoicePackageException {
        if (!marytts.neural.clone.ConsentCheck.isClone(pkg)) {
            return;
        }
        try {
            marytts.neural.clone.ConsentCheck.validate(pkg,
                    marytts.neural.clone.ConsentCheck.revokedList(pkg.directory().toAbsolutePath().getParent()));
        } catch (marytts.neural.clone.EnrollmentException e) {
            throw new VoicePackageException("cloned voice refused: " + e.getMessage(), e);
        }
    }

    @Override
    public void powerOnSelfTest() throws Error {
        // each engine already ran its models at start-up (warm-up); nothing else to test
    }

    @Override
    public AudioInputStream synthesize(List<Element> tokensAndBoundaries, Voice voice, String outputParams)
            throws SynthesisException {
        NeuralVoiceEngine engine = engines.get(voice.getName());
        if (engine == null) {
            throw new SynthesisException("voice " + voice.getName() + " is not a loaded neural voice");
        }
        try {
            checkConsent(engine.voice());
        } catch (VoicePackageException e) {
            throw new SynthesisException(e.getMessage(), e);
        }
        String effect = marytts.neural.clone.ConsentCheck.isClone(engine.voice()) ? effectAttribute(tokensAndBoundaries)
                : "";
        if (!effect.isEmpty()) {
            // MaryTTS applies effects after this returns, and some wipe the watermark out; the server
            // refuses effect parameters for clones, this catches MaryXML's effect attributes
            throw new SynthesisException("audio effects are not applied to the cloned voice " + voice.getName()
                    + " (effect \"" + effect + "\"): they can remove the watermark its output must carry");
        }
        AllophoneSet allophones = voice.getAllophoneSet();
        AllophoneEncoder encoder = new AllophoneEncoder(engine.voice(), symbol -> {
            Allophone a = allophones.getAllophone(symbol);
            return a != null && a.isVowel();
        });
        try {
            List<PhoneSequence> chunks = encoder.encode(tokensAndBoundaries);
            // one output: the server's stream of several requests, else this request's document
            java.util.Optional<OutputScope> scope = OutputScope.current();
            Object output = scope.isPresent() ? scope.get()
                    : tokensAndBoundaries.isEmpty() ? new Object() : tokensAndBoundaries.get(0).getOwnerDocument();
            return render(engine, chunks, output);
        } catch (UnknownPhoneException | TranslateException | EngineBusyException e) {
            throw new SynthesisException("neural voice " + voice.getName() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new SynthesisException("neural voice " + voice.getName() + " failed: " + e, e);
        }
    }

    /** The effect attribute of the MaryXML voice element around these tokens, or "" if none. */
    static String effectAttribute(List<Element> tokensAndBoundaries) {
        if (tokensAndBoundaries.isEmpty()) {
            return "";
        }
        for (org.w3c.dom.Node n = tokensAndBoundaries.get(0); n != null; n = n.getParentNode()) {
            if (n instanceof Element && "voice".equals(n.getLocalName() != null ? n.getLocalName() : n.getNodeName())) {
                String effect = ((Element) n).getAttribute("effect").trim();
                if (!effect.isEmpty()) {
                    return effect;
                }
            }
        }
        return "";
    }

    /**
     * Runs the acoustic model for every chunk (batched with concurrent requests), then returns a
     * stream of exactly known length that vocodes chunk by chunk as it is read.
     */
    AudioInputStream render(NeuralVoiceEngine engine, List<PhoneSequence> chunks)
            throws TranslateException, EngineBusyException, SynthesisException {
        return render(engine, chunks, new Object());
    }

    /**
     * @param output what identifies one output: MaryTTS calls {@link #synthesize} once per
     *            sentence of a request (and the server's stream makes several requests, see
     *            {@link OutputScope}), and a clone's watermark must run on across those calls
     */
    AudioInputStream render(NeuralVoiceEngine engine, List<PhoneSequence> chunks, Object output)
            throws TranslateException, EngineBusyException, SynthesisException {
        VoicePackage pkg = engine.voice();
        float[] speaker = pkg.speaker(pkg.defaultSpeaker()).orElseThrow();
        ProsodyControls own = pkg.speakerControls(pkg.defaultSpeaker()); // a clone's fitted rate and pitch
        chunks = chunks.stream().map(c -> c.under(own)).toList();
        javax.sound.sampled.AudioFormat format = Pcm.format(pkg.sampleRate());
        String key = AudioCache.key(pkg.name(), speaker, chunks);
        // a clone's output is never cached: its watermark carries the hour it was made
        boolean clone = marytts.neural.clone.ConsentCheck.isClone(pkg);
        boolean caching = cache.enabled() && !clone;
        byte[] cached = caching ? cache.get(key) : null;
        if (cached != null) {
            return new AudioInputStream(new java.io.ByteArrayInputStream(cached), format, cached.length / 2);
        }
        long deadline = System.currentTimeMillis() + limits.timeoutMillis();
        List<java.util.concurrent.CompletableFuture<AcousticRow.Result>> futures = new ArrayList<>();
        for (PhoneSequence chunk : chunks) {
            futures.add(engine.submitAcoustic(chunk, speaker));
        }
        List<AcousticRow.Result> rows = new ArrayList<>(chunks.size());
        List<Integer> silences = new ArrayList<>(chunks.size());
        try {
            for (int i = 0; i < futures.size(); i++) {
                long left = Math.max(1, deadline - System.currentTimeMillis());
                rows.add(futures.get(i).get(left, java.util.concurrent.TimeUnit.MILLISECONDS));
                silences.add((int) ((long) chunks.get(i).silenceAfterMs() * pkg.sampleRate() / 1000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SynthesisException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new SynthesisException("acoustic model failed: " + e.getCause(), e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            futures.forEach(f -> f.cancel(false));
            throw new SynthesisException("synthesis took longer than " + limits.timeoutMillis() + " ms");
        }
        long samples = StreamingPcm.totalSamples(rows, silences, pkg.hopSize());
        if (samples > (long) limits.maxAudioSeconds() * pkg.sampleRate()) {
            throw new SynthesisException("request would give " + samples / pkg.sampleRate()
                    + " s of audio, more than the limit of " + limits.maxAudioSeconds() + " s");
        }
        marytts.neural.clone.Watermark mark = null;
        long markStart = 0;
        if (clone) {
            WatermarkRuns.Part part = watermarkRuns.next(output, samples);
            mark = marytts.neural.clone.Watermark.forOutput(pkg.name(), part.time());
            markStart = part.start();
        }
        StreamingPcm pcm = new StreamingPcm(engine, rows, silences, limits.timeoutMillis(),
                caching ? bytes -> cache.put(key, bytes) : null, mark, markStart);
        return new AudioInputStream(pcm, format, samples);
    }

    /** Releases native memory held by the models (used by tests and reloads). */
    public void shutdown() throws IOException {
        engines.values().forEach(NeuralVoiceEngine::close);
        engines.clear();
    }
}
