package marytts.neural;

import javax.sound.sampled.AudioFormat;

/** The PCM format neural voices produce, 16-bit signed little-endian mono, and the conversion to it. */
public final class Pcm {
    private Pcm() {
    }

    static AudioFormat format(int sampleRate) {
        return new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, sampleRate, 16, 1, 2, sampleRate, false);
    }

    /**
     * The first {@code count} samples as 16-bit little-endian PCM in a buffer of {@code totalSamples}
     * samples (the rest is silence). Samples are clipped to [-1, 1]; NaN and infinities become 0.
     */
    public static byte[] toLittleEndian16(float[] samples, int count, int totalSamples) {
        byte[] bytes = new byte[totalSamples * 2];
        int o = 0;
        for (int i = 0; i < count; i++) {
            float f = samples[i];
            float c = Float.isFinite(f) ? Math.max(-1f, Math.min(1f, f)) : 0f;
            short s = (short) Math.round(c * 32767f);
            bytes[o++] = (byte) s;
            bytes[o++] = (byte) (s >> 8);
        }
        return bytes;
    }
}
