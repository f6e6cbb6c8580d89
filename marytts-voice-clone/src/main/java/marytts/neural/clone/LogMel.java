package marytts.neural.clone;

import marytts.neural.VoicePackage;

/**
 * Log-mel analysis with a voice package's settings ({@code mel.bands}, {@code mel.fft},
 * {@code mel.win}, {@code mel.fmin}, {@code mel.fmax}, {@code hop.size}): Hann window of
 * {@code mel.win} samples, magnitude spectrum, HTK-scale triangular filters without area
 * normalization (as torchaudio's {@code melscale_fbanks} default), natural log with a floor of
 * 1e-5. The FFT size is rounded up to a power of two (radix-2) and the filter weights are scaled
 * by {@code mel.fft / fftSize}, so the values match an {@code mel.fft}-point analysis up to the
 * finer frequency sampling. Good for per-band statistics; not bit-exact with the training code.
 */
public final class LogMel {
    private final int bands;
    private final int win;
    private final int hop;
    private final int fft;
    private final double[] window;
    private final double[][] filters; // [bands][fft/2+1]

    public LogMel(int sampleRate, int bands, int nFft, int win, double fmin, double fmax, int hop) {
        this.bands = bands;
        this.win = win;
        this.hop = hop;
        int n = 1;
        while (n < Math.max(nFft, win)) {
            n <<= 1;
        }
        this.fft = n;
        window = new double[win];
        for (int i = 0; i < win; i++) {
            window[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / win);
        }
        int bins = fft / 2 + 1;
        filters = new double[bands][bins];
        double mMin = hz2mel(fmin);
        double mMax = hz2mel(fmax);
        double[] pts = new double[bands + 2];
        for (int i = 0; i < pts.length; i++) {
            pts[i] = mel2hz(mMin + (mMax - mMin) * i / (bands + 1));
        }
        double scale = nFft / (double) fft;
        for (int b = 0; b < bands; b++) {
            for (int k = 0; k < bins; k++) {
                double f = k * (double) sampleRate / fft;
                double up = (f - pts[b]) / (pts[b + 1] - pts[b]);
                double down = (pts[b + 2] - f) / (pts[b + 2] - pts[b + 1]);
                filters[b][k] = Math.max(0, Math.min(up, down)) * scale;
            }
        }
    }

    public static LogMel forVoice(VoicePackage v) {
        int fft = intProp(v, "mel.fft", 1024);
        return new LogMel(v.sampleRate(), v.melBands(), fft, intProp(v, "mel.win", fft),
                doubleProp(v, "mel.fmin", 0), doubleProp(v, "mel.fmax", v.sampleRate() / 2.0), v.hopSize());
    }

    private static int intProp(VoicePackage v, String key, int fallback) {
        return v.property(key).map(Integer::parseInt).orElse(fallback);
    }

    private static double doubleProp(VoicePackage v, String key, double fallback) {
        return v.property(key).map(Double::parseDouble).orElse(fallback);
    }

    static double hz2mel(double hz) {
        return 2595.0 * Math.log10(1.0 + hz / 700.0);
    }

    static double mel2hz(double mel) {
        return 700.0 * (Math.pow(10, mel / 2595.0) - 1.0);
    }

    /** Log-mel frames {@code [frames][bands]}, one per hop (frames centred, reflect-free zero padding). */
    public float[][] analyze(float[] x) {
        int frames = x.length / hop + 1;
        float[][] out = new float[frames][bands];
        double[] re = new double[fft];
        double[] im = new double[fft];
        double[] mag = new double[fft / 2 + 1];
        for (int f = 0; f < frames; f++) {
            java.util.Arrays.fill(re, 0);
            java.util.Arrays.fill(im, 0);
            int start = f * hop - win / 2;
            for (int i = 0; i < win; i++) {
                int j = start + i;
                re[i] = j >= 0 && j < x.length ? x[j] * window[i] : 0;
            }
            fft(re, im);
            for (int k = 0; k < mag.length; k++) {
                mag[k] = Math.hypot(re[k], im[k]);
            }
            for (int b = 0; b < bands; b++) {
                double s = 0;
                double[] w = filters[b];
                for (int k = 0; k < mag.length; k++) {
                    if (w[k] != 0) {
                        s += w[k] * mag[k];
                    }
                }
                out[f][b] = (float) Math.log(Math.max(1e-5, s));
            }
        }
        return out;
    }

    /** In-place iterative radix-2 FFT. */
    static void fft(double[] re, double[] im) {
        int n = re.length;
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        for (int len = 2; len <= n; len <<= 1) {
            double ang = -2 * Math.PI / len;
            double wr = Math.cos(ang);
            double wi = Math.sin(ang);
            for (int i = 0; i < n; i += len) {
                double cr = 1;
                double ci = 0;
                for (int k = 0; k < len / 2; k++) {
                    int a = i + k;
                    int b = a + len / 2;
                    double xr = re[b] * cr - im[b] * ci;
                    double xi = re[b] * ci + im[b] * cr;
                    re[b] = re[a] - xr;
                    im[b] = im[a] - xi;
                    re[a] += xr;
                    im[a] += xi;
                    double t = cr * wr - ci * wi;
                    ci = cr * wi + ci * wr;
                    cr = t;
                }
            }
        }
    }

    /**
     * Per-band mean and standard deviation over all frames of all clips: {@code [2][bands]}. These
     * are the adaptation targets: they need no alignment between transcript and audio.
     */
    public float[][] statistics(Iterable<float[]> clips) {
        double[] sum = new double[bands];
        double[] sq = new double[bands];
        long n = 0;
        for (float[] clip : clips) {
            for (float[] frame : analyze(clip)) {
                for (int b = 0; b < bands; b++) {
                    sum[b] += frame[b];
                    sq[b] += frame[b] * (double) frame[b];
                }
                n++;
            }
        }
        float[][] stats = new float[2][bands];
        for (int b = 0; b < bands; b++) {
            double mean = sum[b] / Math.max(1, n);
            stats[0][b] = (float) mean;
            stats[1][b] = (float) Math.sqrt(Math.max(1e-8, sq[b] / Math.max(1, n) - mean * mean));
        }
        return stats;
    }
}
