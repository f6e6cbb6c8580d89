package marytts.neural.clone;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Spread-spectrum watermark for cloned voices, carrying a {@link WatermarkPayload} (voice and hour
 * of synthesis). The mark is a sum of keyed pseudo-random sequences of {@value #PERIOD} chips of +-1
 * at {@value #CHIP_RATE} chips per second (0.256 s, repeating), scaled by the signal's own
 * short-term RMS ({@value #FRAME_MS} ms frames) times {@link #strength}: the mark follows the speech
 * envelope, so pauses stay clean and loud parts mask it.
 * <ul>
 * <li>The sync sequence (half the mark's power) tells presence and where the period starts.</li>
 * <li>{@value WatermarkPayload#SYMBOLS} payload sequences (an eighth of the power each) each carry
 * one 13-bit symbol: 12 bits as its circular shift relative to the sync sequence (code-shift keying)
 * and 1 bit as its sign. The payload is the same for a whole output, so every period repeats it and
 * the detector's folding adds the periods up.</li>
 * </ul>
 * The sequences' sum has the power of one +-1 sequence, so the mark's power is that of the earlier
 * presence-only mark: about 30 dB under the speech at the default strength (measured in WatermarkTest
 * and CloneFigures); nobody has listened for it in a controlled test, so "inaudible" is a goal, not
 * a measured fact. The chip index is a function of absolute time (sample offset), so chunks marked
 * one after another form one continuous mark. At output rates other than 16 kHz each chip is held
 * for the samples of its 1/16000 s (zero-order hold).
 *
 * <p>The key is {@code -Dmary.clone.watermark.key}; the built-in default key is public, so anyone
 * with this code can detect, read, and with effort subtract or forge the mark: a deployment should
 * set its own secret.
 */
public final class Watermark {
    public static final int CHIP_RATE = 16000;
    public static final int PERIOD = 4096;
    public static final int FRAME_MS = 20;
    public static final double DEFAULT_STRENGTH = 0.03;
    /** Share of the mark's power in the sync sequence; the rest is split evenly among the payload sequences. */
    static final double SYNC_SHARE = 0.5;
    static final String DEFAULT_KEY = "marytts-zh-clone-watermark-v1";

    private final float[] pattern;
    private final double strength;
    private final WatermarkPayload payload;

    public Watermark(String key, double strength, WatermarkPayload payload) {
        this.strength = strength;
        this.payload = payload;
        this.pattern = pattern(key, payload);
    }

    /** The mark for an output of {@code voice} synthesized at {@code time}, with the configured key. */
    public static Watermark forOutput(String voice, java.time.Instant time) {
        return new Watermark(key(), DEFAULT_STRENGTH, WatermarkPayload.of(voice, time));
    }

    public WatermarkPayload payload() {
        return payload;
    }

    static String key() {
        String k = System.getProperty("mary.clone.watermark.key");
        return k == null || k.isBlank() ? DEFAULT_KEY : k;
    }

    /** The sync sequence of {@code key}. */
    static byte[] chips(String key) {
        return sequence(key);
    }

    /** Payload sequence {@code k} (0-based) of {@code key}. */
    static byte[] payloadChips(String key, int k) {
        return sequence(key + "/payload-" + k);
    }

    private static byte[] sequence(String seedText) {
        long seed = 0;
        byte[] h = Hashing.digest().digest(seedText.getBytes(StandardCharsets.UTF_8));
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

    /** One period of the mark: sync plus the payload sequences, shifted and signed by their symbols. */
    static float[] pattern(String key, WatermarkPayload payload) {
        int[] symbols = payload.symbols();
        double a0 = Math.sqrt(SYNC_SHARE);
        double a1 = Math.sqrt((1 - SYNC_SHARE) / symbols.length);
        byte[] sync = chips(key);
        double[] p = new double[PERIOD];
        for (int i = 0; i < PERIOD; i++) {
            p[i] = a0 * sync[i];
        }
        for (int k = 0; k < symbols.length; k++) {
            byte[] c = payloadChips(key, k);
            int shift = symbols[k] & (PERIOD - 1);
            double a = (symbols[k] >>> 12 & 1) == 0 ? a1 : -a1;
            for (int i = 0; i < PERIOD; i++) {
                p[i] += a * c[(i - shift + PERIOD) % PERIOD];
            }
        }
        float[] f = new float[PERIOD];
        for (int i = 0; i < PERIOD; i++) {
            f[i] = (float) p[i];
        }
        return f;
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
            double v = x[i] + strength * env[i] * pattern[(int) (chip % PERIOD)];
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
