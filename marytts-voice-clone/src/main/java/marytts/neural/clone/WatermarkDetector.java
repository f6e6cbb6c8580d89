package marytts.neural.clone;

/**
 * Finds the {@link Watermark} in any stretch of audio at any rate, without knowing where the
 * output started: resample to 16 kHz, pre-whiten with a first difference (speech is mostly low
 * frequency, the mark is white), divide by the local envelope (the mark is proportional to it)
 * leaving out frames more than 40 dB below the loudest, fold the result modulo the sequence period,
 * and correlate the folded signal circularly with the (differenced) key sequence at all
 * {@value Watermark#PERIOD} lags by FFT. The score is the best lag's correlation in standard
 * deviations of all lags' correlations (z). Unmarked audio gives z of about 3-4.5 (the maximum of
 * 4096 near-Gaussian values); {@link #THRESHOLD} is set above that: the chance that unmarked audio
 * passes it is about {@code PERIOD x Q(THRESHOLD)} (1e-4 for Gaussian noise; speech is not exactly
 * Gaussian, hence the false-positive measurement in the tests).
 */
public final class WatermarkDetector {
    public static final double THRESHOLD = 5.5;

    /** {@code z} is the score, {@code confidence} in [0, 1] is 1 - PERIOD x Q(z), {@code present} is z >= THRESHOLD. */
    public record Result(double z, double confidence, boolean present, int lag) {
    }

    private WatermarkDetector() {
    }

    public static Result detect(float[] samples, int rate) {
        return detect(samples, rate, Watermark.key());
    }

    public static Result detect(float[] samples, int rate, String key) {
        byte[] chips = Watermark.chips(key);
        int n = Watermark.PERIOD;
        float[] x = Resampler.resample(samples, rate, Watermark.CHIP_RATE);
        if (x.length < 2 * n) {
            return new Result(0, 0, false, -1);
        }
        double[] d = new double[x.length];
        for (int i = 1; i < x.length; i++) {
            d[i] = x[i] - x[i - 1];
        }
        float[] xf = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            xf[i] = (float) d[i];
        }
        float[] env = Watermark.envelope(xf, Watermark.CHIP_RATE);
        float peak = 0;
        for (float e : env) {
            peak = Math.max(peak, e);
        }
        double floor = peak * 0.01;
        double[] foldRe = new double[n];
        for (int i = 0; i < x.length; i++) {
            if (env[i] > floor) {
                foldRe[i % n] += d[i] / env[i];
            }
        }
        double[] ref = new double[n];
        for (int i = 0; i < n; i++) {
            ref[i] = chips[i] - chips[(i - 1 + n) % n];
        }
        // circular cross-correlation c[lag] = sum_k fold[k] ref[k - lag] via FFT
        double[] aRe = foldRe.clone();
        double[] aIm = new double[n];
        double[] bRe = ref.clone();
        double[] bIm = new double[n];
        LogMel.fft(aRe, aIm);
        LogMel.fft(bRe, bIm);
        double[] cRe = new double[n];
        double[] cIm = new double[n];
        for (int k = 0; k < n; k++) {
            // A * conj(B)
            cRe[k] = aRe[k] * bRe[k] + aIm[k] * bIm[k];
            cIm[k] = aIm[k] * bRe[k] - aRe[k] * bIm[k];
        }
        // inverse FFT by conjugation
        for (int k = 0; k < n; k++) {
            cIm[k] = -cIm[k];
        }
        LogMel.fft(cRe, cIm);
        double mean = 0;
        for (double v : cRe) {
            mean += v / n;
        }
        double var = 0;
        int best = 0;
        for (int k = 0; k < n; k++) {
            var += (cRe[k] - mean) * (cRe[k] - mean) / n;
            if (cRe[k] > cRe[best]) {
                best = k;
            }
        }
        double z = (cRe[best] - mean) / Math.sqrt(var + 1e-30);
        double confidence = Math.max(0, 1 - n * upperTail(z));
        return new Result(z, confidence, z >= THRESHOLD, best);
    }

    /** Q(z), the standard normal upper tail (Abramowitz-Stegun 7.1.26 via erfc). */
    static double upperTail(double z) {
        double x = z / Math.sqrt(2);
        double t = 1 / (1 + 0.3275911 * Math.abs(x));
        double erfc = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
                * Math.exp(-x * x);
        return x >= 0 ? erfc / 2 : 1 - erfc / 2;
    }
}
