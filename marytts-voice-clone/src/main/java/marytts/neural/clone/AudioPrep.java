package marytts.neural.clone;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Signal conditioning and measurements on mono samples, all on 20 ms frames (10 ms hop):
 * trimming of leading/trailing audio more than {@value #TRIM_DB} dB below the loudest frame,
 * loudness normalization to an RMS of {@value #TARGET_RMS_DBFS} dBFS over speech frames (with a
 * peak limit), segmentation on pauses, an SNR estimate from the spread of frame energies, and the
 * share of clipped samples.
 */
public final class AudioPrep {
    public static final double TRIM_DB = 30.0;
    public static final double TARGET_RMS_DBFS = -20.0;
    /** Pauses at least this long (frames quieter than {@value #PAUSE_DB} dB below the loudest) split segments. */
    public static final int MIN_PAUSE_MS = 300;
    public static final double PAUSE_DB = 35.0;

    private AudioPrep() {
    }

    static int frameLength(int rate) {
        return Math.max(1, rate / 50);
    }

    static int hop(int rate) {
        return Math.max(1, rate / 100);
    }

    /** Frame energies in dBFS (RMS), 20 ms frames every 10 ms; -120 for digital silence. */
    public static double[] frameDb(float[] x, int rate) {
        int len = frameLength(rate);
        int hop = hop(rate);
        int frames = x.length < len ? (x.length > 0 ? 1 : 0) : 1 + (x.length - len) / hop;
        double[] db = new double[frames];
        for (int f = 0; f < frames; f++) {
            double s = 0;
            int start = f * hop;
            int end = Math.min(x.length, start + len);
            for (int i = start; i < end; i++) {
                s += x[i] * x[i];
            }
            double rms = Math.sqrt(s / Math.max(1, end - start));
            db[f] = rms < 1e-6 ? -120.0 : 20 * Math.log10(rms);
        }
        return db;
    }

    /** Cuts leading and trailing audio whose frames are more than {@code db} below the loudest frame. */
    public static float[] trim(float[] x, int rate, double db) {
        double[] e = frameDb(x, rate);
        if (e.length == 0) {
            return x.clone();
        }
        double peak = Arrays.stream(e).max().orElse(-120);
        int first = -1;
        int last = -1;
        for (int f = 0; f < e.length; f++) {
            if (e[f] >= peak - db) {
                if (first < 0) {
                    first = f;
                }
                last = f;
            }
        }
        if (first < 0) {
            return new float[0];
        }
        int start = first * hop(rate);
        int end = Math.min(x.length, last * hop(rate) + frameLength(rate));
        return Arrays.copyOfRange(x, start, end);
    }

    /**
     * Scales so that the RMS of the frames within 30 dB of the loudest is {@link #TARGET_RMS_DBFS},
     * lowering the gain if the peak would pass -1 dBFS. Returns a new array.
     */
    public static float[] normalize(float[] x, int rate) {
        double[] e = frameDb(x, rate);
        double peakDb = Arrays.stream(e).max().orElse(-120);
        double power = 0;
        int n = 0;
        for (double d : e) {
            if (d >= peakDb - 30) {
                power += Math.pow(10, d / 10);
                n++;
            }
        }
        float[] y = x.clone();
        if (n == 0 || power <= 0) {
            return y;
        }
        double rmsDb = 10 * Math.log10(power / n);
        double gain = Math.pow(10, (TARGET_RMS_DBFS - rmsDb) / 20);
        float peak = 0;
        for (float v : x) {
            peak = Math.max(peak, Math.abs(v));
        }
        if (peak * gain > 0.891) {
            gain = 0.891 / peak;
        }
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) (x[i] * gain);
        }
        return y;
    }

    /** Sample ranges {@code [start, end)} of speech between pauses of at least {@link #MIN_PAUSE_MS}. */
    public static List<int[]> segments(float[] x, int rate) {
        double[] e = frameDb(x, rate);
        List<int[]> out = new ArrayList<>();
        if (e.length == 0) {
            return out;
        }
        double peak = Arrays.stream(e).max().orElse(-120);
        int minPauseFrames = MIN_PAUSE_MS / 10;
        int segStart = -1;
        int quietRun = 0;
        int lastLoud = -1;
        for (int f = 0; f < e.length; f++) {
            boolean loud = e[f] >= peak - PAUSE_DB;
            if (loud) {
                if (segStart < 0) {
                    segStart = f;
                }
                lastLoud = f;
                quietRun = 0;
            } else if (segStart >= 0 && ++quietRun >= minPauseFrames) {
                out.add(range(segStart, lastLoud, rate, x.length));
                segStart = -1;
                quietRun = 0;
            }
        }
        if (segStart >= 0) {
            out.add(range(segStart, lastLoud, rate, x.length));
        }
        return out;
    }

    private static int[] range(int firstFrame, int lastFrame, int rate, int n) {
        return new int[] { firstFrame * hop(rate), Math.min(n, lastFrame * hop(rate) + frameLength(rate)) };
    }

    /**
     * Estimated SNR in dB: the 95th percentile of frame energies (speech) minus the 10th percentile
     * (the noise floor in pauses). Recordings without pauses understate it; digital silence between
     * words overstates it (capped at 60 dB).
     */
    public static double snrDb(float[] x, int rate) {
        double[] e = frameDb(x, rate);
        if (e.length < 10) {
            return 0;
        }
        double[] s = e.clone();
        Arrays.sort(s);
        double speech = s[(int) (0.95 * (s.length - 1))];
        double noise = Math.max(s[(int) (0.10 * (s.length - 1))], speech - 60);
        return speech - noise;
    }

    /** Share of samples at or beyond 0.999 full scale that sit in runs of 3 or more (flat-topped). */
    public static double clippedRatio(float[] x) {
        int clipped = 0;
        int run = 0;
        for (float v : x) {
            if (Math.abs(v) >= 0.999f) {
                run++;
                if (run == 3) {
                    clipped += 3;
                } else if (run > 3) {
                    clipped++;
                }
            } else {
                run = 0;
            }
        }
        return x.length == 0 ? 0 : clipped / (double) x.length;
    }

    public static double peak(float[] x) {
        double p = 0;
        for (float v : x) {
            p = Math.max(p, Math.abs(v));
        }
        return p;
    }
}
