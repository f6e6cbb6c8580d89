package marytts.neural.clone;

import java.util.Arrays;

/**
 * A small normalized-autocorrelation F0 tracker for the tone check of the installer's RealSpeechCloneFigures and the pitch fit of a clone ({@link CloneService})
 * (the same idea as {@code f0_track} in {@code voices/zh-demo/common.py}, simpler): frames of 1024
 * samples every 256 at 22.05 kHz (scaled to other rates), F0 from 70 to 600 Hz, a frame is voiced
 * when its best normalized correlation exceeds 0.5 (the F0 is
 * that of the shortest-lag peak reaching 0.9 of the best, against octave-down errors) and its energy is within 35 dB of the loudest;
 * frames farther than a factor 1.7 from the clip's median F0 (octave errors) are unvoiced.
 */
public final class PitchTrack {
    static final double FMIN = 70;
    static final double FMAX = 600;
    /** A peak at a shorter lag wins when it reaches this share of the best correlation. */
    static final double OCTAVE_RATIO = 0.9;

    private PitchTrack() {
    }

    /** F0 in Hz per frame, 0 where unvoiced. */
    public static double[] f0(float[] x, int rate) {
        int win = Math.max(256, (int) Math.round(1024.0 * rate / 22050));
        int hop = Math.max(64, (int) Math.round(256.0 * rate / 22050));
        int lo = (int) (rate / FMAX);
        int hi = (int) (rate / FMIN);
        int n = Math.max(0, (x.length - win - hi) / hop + 1);
        double[] f = new double[n];
        double[] db = new double[n];
        double[] best = new double[n];
        for (int t = 0; t < n; t++) {
            int o = t * hop;
            double e = 0;
            for (int i = 0; i < win; i++) {
                e += x[o + i] * (double) x[o + i];
            }
            db[t] = 10 * Math.log10(e / win + 1e-18);
            double bestR = 0;
            int bestLag = 0;
            double[] r = new double[hi + 2];
            for (int lag = lo - 1; lag <= hi + 1; lag++) {
                double ab = 0;
                double bb = 0;
                for (int i = 0; i < win; i++) {
                    double b = x[o + i + lag];
                    ab += x[o + i] * b;
                    bb += b * b;
                }
                r[lag] = ab / Math.sqrt(e * bb + 1e-18);
            }
            for (int lag = lo; lag <= hi; lag++) {
                bestR = Math.max(bestR, r[lag]);
            }
            // the shortest lag whose peak comes close to the best one: multiples of the period
            // correlate about as well as the period itself (octave-down errors)
            for (int lag = lo; lag <= hi; lag++) {
                if (r[lag] >= OCTAVE_RATIO * bestR && r[lag] >= r[lag - 1] && r[lag] >= r[lag + 1]) {
                    bestLag = lag;
                    break;
                }
            }
            best[t] = bestR;
            if (bestLag > 0) {
                double a = r[bestLag - 1];
                double b = r[bestLag];
                double c = r[bestLag + 1];
                double den = a - 2 * b + c;
                double off = Math.abs(den) > 1e-12 ? Math.max(-0.5, Math.min(0.5, 0.5 * (a - c) / den)) : 0;
                f[t] = rate / (bestLag + off);
            }
        }
        double maxDb = Arrays.stream(db).max().orElse(0);
        for (int t = 0; t < n; t++) {
            if (best[t] < 0.5 || db[t] < maxDb - 35) {
                f[t] = 0;
            }
        }
        double med = median(f);
        for (int t = 0; t < n; t++) {
            if (f[t] > 0 && (f[t] < med / 1.7 || f[t] > med * 1.7)) {
                f[t] = 0;
            }
        }
        return f;
    }

    /** Median of the positive values, 0 if none. */
    public static double median(double[] f) {
        double[] v = Arrays.stream(f).filter(d -> d > 0).sorted().toArray();
        return v.length == 0 ? 0 : v[v.length / 2];
    }

    /**
     * The voiced part of a track resampled to {@code points} values, in semitones relative to
     * {@code refHz}; null when fewer than 3 frames are voiced.
     */
    public static double[] contour(double[] f0, double refHz, int points) {
        double[] v = Arrays.stream(f0).filter(d -> d > 0).toArray();
        if (v.length < 3) {
            return null;
        }
        double[] out = new double[points];
        for (int k = 0; k < points; k++) {
            double pos = (v.length - 1) * k / (double) (points - 1);
            int i = (int) Math.floor(pos);
            double w = pos - i;
            double hz = i + 1 < v.length ? v[i] * (1 - w) + v[i + 1] * w : v[i];
            out[k] = 12 * Math.log(hz / refHz) / Math.log(2);
        }
        return out;
    }
}
