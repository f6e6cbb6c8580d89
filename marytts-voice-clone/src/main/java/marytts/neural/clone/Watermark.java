package marytts.neural.clone;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Spread-spectrum watermark for cloned voices. A keyed pseudo-random sequence of
 * {@value #PERIOD} chips of +-1 at {@value #CHIP_RATE} chips per second (0.256 s, repeating) is
 * added to the audio, scaled by the signal's own short-term RMS ({@value #FRAME_MS} ms frames) times
 * {@link #strength}: the mark follows the speech envelope, so pauses stay clean and loud parts mask
 * it. At the default strength the mark sits about 30 dB under the speech (measured in
 * WatermarkTest); nobody has listened for it in a controlled test, so "inaudible" is a goal, not a
 * measured fact. The chip index is a function of absolute time (sample offset), so chunks marked
 * one after another form one continuous mark. At output rates other than 16 kHz each chip is held
 * for the samples of its 1/16000 s (zero-order hold).
 *
 * <p>Carries presence only, no payload (voice id and time are not encoded). The key is
 * {@code -Dmary.clone.watermark.key}; the built-in default key is public, so anyone with this code
 * can detect, and with effort subtract, the mark: a deployment should set its own secret.
 */
public final class Watermark {
    public static final int CHIP_RATE = 16000;
    public static final int PERIOD = 4096;
    public static final int FRAME_MS = 20;
    public static final double DEFAULT_STRENGTH = 0.03;
    static final String DEFAULT_KEY = "marytts-zh-clone-watermark-v1";

    private final byte[] chips;
    private final double strength;

    public Watermark(String key, double strength) {
        this.chips = chips(key);
        this.strength = strength;
    }

    public static Watermark fromSystemProperties() {
        return new Watermark(key(), DEFAULT_STRENGTH);
    }

    static String key() {
        String k = System.getProperty("mary.clone.watermark.key");
        return k == null || k.isBlank() ? DEFAULT_KEY : k;
    }

    static byte[] chips(String key) {
        long seed = 0;
        byte[] h = Hashing.digest().digest(key.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 8; i++) {
            seed = (seed << 8) | (h[i] & 0xff);
        }
        SplittableRandom r = new SplittableRandom(seed);
        byte[] c = new byte[PERIOD];
        for (int i = 0; i < PERIOD; i++) {
            c[i] = (byte) (r.nextBoolean() ? 1 : -1);
        }
        return c;
    }

    byte[] chips() {
        return chips;
    }

    /**
     * Returns a marked copy of {@code x}, whose first sample is sample {@code offset} of the whole
     * output at {@code rate}. Never returns unmarked audio: failures throw.
     */
    public float[] apply(float[] x, int rate, long offset) {
        if (rate <= 0) {
            throw new IllegalArgumentException("sample rate " + rate);
        }
        float[] env = envelope(x, rate);
        float[] y = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            long chip = rate == CHIP_RATE ? offset + i : (long) Math.floor((offset + i) * (double) CHIP_RATE / rate);
            double v = x[i] + strength * env[i] * chips[(int) (chip % PERIOD)];
            y[i] = (float) Math.max(-1.0, Math.min(1.0, v));
        }
        return y;
    }

    /** Short-term RMS per sample: frame RMS, linearly interpolated between frame centres. */
    static float[] envelope(float[] x, int rate) {
        int frame = Math.max(1, rate * FRAME_MS / 1000);
        int frames = (x.length + frame - 1) / frame;
        double[] rms = new double[frames];
        for (int f = 0; f < frames; f++) {
            double s = 0;
            int end = Math.min(x.length, (f + 1) * frame);
            for (int i = f * frame; i < end; i++) {
                s += x[i] * x[i];
            }
            rms[f] = Math.sqrt(s / Math.max(1, end - f * frame));
        }
        float[] env = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            double pos = (i - frame / 2.0) / frame;
            int a = (int) Math.floor(pos);
            double w = pos - a;
            double ra = rms[Math.max(0, Math.min(frames - 1, a))];
            double rb = rms[Math.max(0, Math.min(frames - 1, a + 1))];
            env[i] = (float) (ra * (1 - w) + rb * w);
        }
        return env;
    }
}
