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
        if (Voice.getVoice(pkg.name()) != null) {
            throw new VoicePackageException(pkg.directory() + ": a voice named '" + pkg.name() + "' already exists");
        }
        NeuralVoiceEngine engine = new NeuralVoiceEngine(pkg, options);
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
        AllophoneSet allophones = voice.getAllophoneSet();
        AllophoneEncoder encoder = new AllophoneEncoder(engine.voice(), symbol -> {
            Allophone a = allophones.getAllophone(symbol);
            return a != null && a.isVowel();
        });
        try {
            List<PhoneSequence> chunks = encoder.encode(tokensAndBoundaries);
            float[] speaker = engine.voice().speaker(engine.voice().defaultSpeaker()).orElseThrow();
            List<float[]> parts = new ArrayList<>(chunks.size());
            for (PhoneSequence chunk : chunks) {
                parts.add(engine.synthesize(chunk, speaker));
            }
            return Pcm.toAudioInputStream(parts, engine.voice().sampleRate());
        } catch (UnknownPhoneException | TranslateException | EngineBusyException e) {
            throw new SynthesisException("neural voice " + voice.getName() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new SynthesisException("neural voice " + voice.getName() + " failed: " + e, e);
        }
    }

    /** Releases native memory held by the models (used by tests and reloads). */
    public void shutdown() throws IOException {
        engines.values().forEach(NeuralVoiceEngine::close);
        engines.clear();
    }
}
