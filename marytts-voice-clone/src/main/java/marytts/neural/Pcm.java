package marytts.neural;

import javax.sound.sampled.AudioFormat;

/** The PCM format neural voices produce: 16-bit signed little-endian mono. */
final class Pcm {
    private Pcm() {
    }

    static AudioFormat format(int sampleRate) {
        return new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, sampleRate, 16, 1, 2, sampleRate, false);
    }
}
