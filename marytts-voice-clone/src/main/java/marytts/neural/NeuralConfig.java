package marytts.neural;

import marytts.config.SynthesisConfig;
import marytts.exceptions.MaryConfigurationException;

/** Registers {@link NeuralSynthesizer} with MaryTTS (see {@code neural.config}). */
public class NeuralConfig extends SynthesisConfig {
    public NeuralConfig() throws MaryConfigurationException {
        super(NeuralConfig.class.getResourceAsStream("neural.config"));
    }
}
