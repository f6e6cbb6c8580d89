package marytts.neural;

import javax.sound.sampled.AudioFormat;

import marytts.exceptions.MaryConfigurationException;
import marytts.modules.synthesis.Voice;

/** A MaryTTS voice served by {@link NeuralSynthesizer}; its allophone set is its locale's. */
public class NeuralVoice extends Voice {
    private final VoicePackage voicePackage;

    NeuralVoice(VoicePackage pkg, NeuralSynthesizer synthesizer) throws MaryConfigurationException {
        super(pkg.name(), pkg.locale(), Pcm.format(pkg.sampleRate()), synthesizer,
                new Gender(pkg.gender()));
        this.voicePackage = pkg;
    }

    public VoicePackage voicePackage() {
        return voicePackage;
    }
}
