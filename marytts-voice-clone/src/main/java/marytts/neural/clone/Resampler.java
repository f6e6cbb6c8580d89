package marytts.neural.clone;

/**
 * Band-limited resampling by windowed-sinc interpolation: for each output sample, a sinc low-pass
 * at 0.95 x the lower Nyquist frequency, Hann-windowed over {@value #HALF_WIDTH} zero crossings of
 * the input on each side. O(output x 2 x HALF_WIDTH x ratio); plenty for minutes of speech. The
 * JDK's own {@code AudioSystem} conversion does not change sample rates, hence this class.
 */
public final class Resampler {
    static final int HALF_WIDTH = 16;

    private Resampler() {
    }

    public static AudioClip resample(AudioClip in, int targetRate) {
        return new AudioClip(resample(in.samples(), in.sampleRate(), targetRate), targetRate);
    }

    public static float[] resample(float[] x, int from, int to) {
        if (from == to || x.length == 0) {
            return x.clone();
        }
        double ratio = (double) to / from;
        int outLen = (int) Math.floor(x.length * ratio);
        float[] y = new float[outLen];
        double cutoff = 0.95 * Math.min(1.0, ratio); // relative to the input Nyquist frequency
        double halfSpan = HALF_WIDTH / cutoff; // input samples on each side
        for (int i = 0; i < outLen; i++) {
            double t = i / ratio;
            int lo = (int) Math.ceil(t - halfSpan);
            int hi = (int) Math.floor(t + halfSpan);
            double acc = 0;
            for (int k = Math.max(0, lo); k <= Math.min(x.length - 1, hi); k++) {
                double d = k - t;
                double arg = Math.PI * cutoff * d;
                double sinc = Math.abs(arg) < 1e-9 ? 1.0 : Math.sin(arg) / arg;
                double w = 0.5 + 0.5 * Math.cos(Math.PI * d / halfSpan);
                acc += x[k] * sinc * w * cutoff;
            }
            y[i] = (float) acc;
        }
        return y;
    }
}
