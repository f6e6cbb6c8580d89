package marytts.neural.clone;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Finds the {@link Watermark} in any stretch of audio at any rate, without knowing where the
 * output started, and reads its {@link WatermarkPayload}.
 *
 * <p>Presence: resample to 16 kHz; whiten with a per-frame linear-prediction inverse filter (order
 * {@value #LPC_ORDER}, {@value Watermark#FRAME_MS} ms frames, 40 ms Hann analysis windows: speech is
 * predictable, the mark is not, so the residual keeps the mark and loses most of the speech), weight
 * each frame's residual by its RMS over its residual power (maximum-ratio combining: the mark's
 * amplitude follows the RMS, the residual is what hides it), leave out frames more than 40 dB below
 * the loudest, fold the
 * result modulo the sequence period, and correlate the folded signal circularly with the sync
 * sequence at all {@value Watermark#PERIOD} lags by FFT. The reference is the sync sequence passed
 * through the frames' average prediction filter (weighted as the frames were), so the correlation
 * peak sits at the true lag with the true sign. The score is the best lag's correlation in standard
 * deviations of all lags' correlations (z), the best of {@value #PHASES} sub-chip phases of the
 * resampling grid at rates other than 16 kHz. Unmarked audio gives z of about 3-4.5 (the maximum of
 * 4096 near-Gaussian values); {@link #THRESHOLD} is set above that: the chance that unmarked audio
 * passes it is at most about {@code PHASES x PERIOD x Q(THRESHOLD)} (2e-5 for Gaussian noise, less
 * as the phases are correlated; speech is not exactly Gaussian, hence the false-positive
 * measurements in the tests and CloneFigures). It was 5.5 with one phase; with four, CloneFigures
 * gave 1 false positive in 5,000 unmarked clips at 5.95, while the weakest of 5,000 marked clips
 * rose from 6.6 to 10.8, so it went up to 6.0.
 *
 * <p>Payload (only read when the mark is present): the same folded signal is correlated with each
 * payload sequence; the lag of the largest |correlation|, relative to the sync lag, gives 12 bits and
 * its sign 1 bit. Every symbol's peak must reach {@link #PAYLOAD_FLOOR} standard deviations, and the
 * four symbols must pass the payload's CRC; otherwise the payload is reported unreadable, never
 * guessed. The payload's sequences carry half the mark's power in four parts, so each has about
 * 0.35 of the sync score: reading it needs more audio than finding the mark (see CloneFigures).
 */
public final class WatermarkDetector {
    public static final double THRESHOLD = 6.0;
    /** Lowest z a payload symbol's peak may have (the top of 8192 noise values reaches it ~3% of the time). */
    public static final double PAYLOAD_FLOOR = 4.5;
    static final int LPC_ORDER = 16;
    /** Sub-chip phases tried at rates other than 16 kHz (one input sample apart: 0.73 chip at 22.05 kHz). */
    static final int PHASES = 4;
    /** Lags either side of the sync peak that make up the template for payload peaks. */
    static final int TEMPLATE_HALF = 6;
    /** A further reading of a symbol is tried where its |z| is at least this share of the best one's. */
    static final double RIVAL_RATIO = 0.9;
    /** At most this many readings per symbol are tried (so at most MAX_READINGS^4 combinations). */
    static final int MAX_READINGS = 3;
    /** Rival readings are the lobes at most this many shifts from a symbol's best one. */
    static final int LOBE_REACH = 2;

    /**
     * {@code z} is the score, {@code confidence} in [0, 1] is 1 - phases x PERIOD x Q(z), {@code present} is
     * z >= THRESHOLD, {@code lag} the sync lag; {@code payload} is empty when the mark is absent or
     * the payload unreadable; {@code payloadZ} is the weakest payload symbol's |z| (NaN when the mark
     * is absent).
     */
    public record Result(double z, double confidence, boolean present, int lag, Optional<WatermarkPayload> payload,
            double payloadZ) {
    }

    private WatermarkDetector() {
    }

    public static Result detect(float[] samples, int rate) {
        return detect(samples, rate, Watermark.key());
    }

    public static Result detect(float[] samples, int rate, String key) {
        // Sub-chip timing: at rates other than 16 kHz each chip is held over ~rate/16000 samples,
        // and where the 16 kHz resampling grid falls on the chip edges the peak splits over two
        // lags. On the same 8 s of 22.05 kHz speech, shifting the mark by one to three samples
        // moved z between 9 and 19. Where the output started is unknown (a clip may be cut
        // anywhere), so the grid is tried at several sub-chip phases: presence and lag are the best
        // phase's, the payload is read from all phases where the mark is present (see readings).
        int phases = rate == Watermark.CHIP_RATE ? 1 : PHASES;
        List<Phase> tried = new ArrayList<>();
        Phase best = null;
        for (int skip = 0; skip < phases && skip < samples.length; skip++) {
            Phase p = phase(skip == 0 ? samples : Arrays.copyOfRange(samples, skip, samples.length), rate, key);
            tried.add(p);
            if (best == null || p.z() > best.z()) {
                best = p;
            }
        }
        if (best == null || best.lag() < 0) {
            return new Result(0, 0, false, -1, Optional.empty(), Double.NaN);
        }
        double confidence = Math.max(0, 1 - (double) Watermark.PERIOD * phases * upperTail(best.z()));
        if (best.z() < THRESHOLD) {
            return new Result(best.z(), confidence, false, best.lag(), Optional.empty(), Double.NaN);
        }
        double[][] readings = readings(tried.stream().filter(p -> p.scores() != null).toList());
        double weakest = Double.POSITIVE_INFINITY;
        for (double[] r : readings) {
            weakest = Math.min(weakest, r[1]);
        }
        Optional<WatermarkPayload> payload = weakest >= PAYLOAD_FLOOR ? decode(readings) : Optional.empty();
        return new Result(best.z(), confidence, true, best.lag(), payload, weakest);
    }

    /**
     * One sub-chip phase: the sync peak's z and lag (-1 when the audio is too short), and where the
     * mark is present, each payload symbol's matched-filter score by shift, in standard deviations.
     */
    private record Phase(double z, int lag, double[][] scores) {
    }

    private static Phase phase(float[] samples, int rate, String key) {
        int n = Watermark.PERIOD;
        float[] x = Resampler.resample(samples, rate, Watermark.CHIP_RATE);
        if (x.length < 2 * n) {
            return new Phase(0, -1, null);
        }
        double[][] folded = fold(x);
        double[] aRe = folded[0];
        double[] aIm = new double[n];
        LogMel.fft(aRe, aIm);
        double[] hRe = folded[1];
        double[] hIm = new double[n];
        LogMel.fft(hRe, hIm);
        double[] c = correlate(aRe, aIm, hRe, hIm, Watermark.chips(key));
        double[] ms = meanStd(c);
        int best = 0;
        for (int k = 1; k < n; k++) {
            if (c[k] > c[best]) {
                best = k;
            }
        }
        double z = (c[best] - ms[0]) / ms[1];
        if (z < THRESHOLD) {
            return new Phase(z, best, null);
        }
        // the sync peak's shape (spread over neighbouring lags, with side lobes of alternating sign,
        // by sub-chip timing and the whitening filter) is the template each payload peak is matched
        // with, so shifts are read relative to the sync peak as a whole, whichever of its lobes is
        // highest; the template is centred where the peak's energy is
        int centre = best;
        double most = -1;
        for (int l = best - TEMPLATE_HALF / 2; l <= best + TEMPLATE_HALF / 2; l++) {
            double e = 0;
            for (int d = -TEMPLATE_HALF / 2; d <= TEMPLATE_HALF / 2; d++) {
                double v = c[((l + d) % n + n) % n] - ms[0];
                e += v * v;
            }
            if (e > most) {
                most = e;
                centre = l;
            }
        }
        double[] template = new double[2 * TEMPLATE_HALF + 1];
        for (int d = -TEMPLATE_HALF; d <= TEMPLATE_HALF; d++) {
            template[d + TEMPLATE_HALF] = c[((centre + d) % n + n) % n] - ms[0];
        }
        double[][] scores = new double[WatermarkPayload.SYMBOLS][];
        for (int s = 0; s < scores.length; s++) {
            double[] cs = correlate(aRe, aIm, hRe, hIm, Watermark.payloadChips(key, s));
            double[] score = new double[n];
            for (int shift = 0; shift < n; shift++) {
                double v = 0;
                for (int d = -TEMPLATE_HALF; d <= TEMPLATE_HALF; d++) {
                    v += template[d + TEMPLATE_HALF] * cs[((centre + shift + d) % n + n) % n];
                }
                score[shift] = v;
            }
            scores[s] = standardized(score);
        }
        return new Phase(z, best, scores);
    }

    /**
     * Each symbol's readings, {symbol (shift and sign), |z|} pairs, best first: the best shift and up
     * to {@link #MAX_READINGS} - 1 of the lobes at most {@link #LOBE_REACH} shifts from it that score
     * within {@link #RIVAL_RATIO} of it (see {@link #decode}). The
     * phases' scores are added up first: a payload peak sits at the same shift from the sync peak in
     * every phase, while the lobes around it, of alternating sign, change with the phase.
     */
    static double[][] readings(List<Phase> phases) {
        int n = Watermark.PERIOD;
        double[][] readings = new double[WatermarkPayload.SYMBOLS][];
        for (int s = 0; s < readings.length; s++) {
            double[] sum = new double[n];
            for (Phase p : phases) {
                for (int k = 0; k < n; k++) {
                    sum[k] += p.scores()[s][k];
                }
            }
            double[] z = standardized(sum);
            int top = 0;
            for (int k = 1; k < n; k++) {
                if (Math.abs(z[k]) > Math.abs(z[top])) {
                    top = k;
                }
            }
            // the best shift, then the best of its neighbouring lobes (another mark's peak elsewhere
            // is no rival: two marks mixed give an unreadable payload, not one of theirs or a blend)
            int[] picked = new int[MAX_READINGS];
            picked[0] = top;
            int count = 1;
            for (int r = 1; r < MAX_READINGS; r++) {
                int next = -1;
                for (int d = -LOBE_REACH; d <= LOBE_REACH; d++) {
                    int k = Math.floorMod(top + d, n);
                    boolean taken = false;
                    for (int q = 0; q < count; q++) {
                        taken |= picked[q] == k;
                    }
                    if (!taken && (next < 0 || Math.abs(z[k]) > Math.abs(z[next]))) {
                        next = k;
                    }
                }
                if (next < 0 || Math.abs(z[next]) < RIVAL_RATIO * Math.abs(z[top])) {
                    break;
                }
                picked[count++] = next;
            }
            readings[s] = new double[2 * count];
            for (int q = 0; q < count; q++) {
                readings[s][2 * q] = symbol(picked[q], z[picked[q]]);
                readings[s][2 * q + 1] = Math.abs(z[picked[q]]);
            }
        }
        return readings;
    }

    private static double[] standardized(double[] v) {
        double[] m = meanStd(v);
        double[] z = new double[v.length];
        for (int k = 0; k < v.length; k++) {
            z[k] = (v[k] - m[0]) / m[1];
        }
        return z;
    }

    private static double symbol(int shift, double z) {
        return (z < 0 ? 1 << 12 : 0) | shift;
    }

    /**
     * The payload of the likeliest combination of readings that passes the CRC. The whitened peak
     * oscillates from lag to lag, so a payload peak and the lobes one or two shifts away (of the
     * other sign, or the same) score almost alike (|z| within 2-3 %), and noise decides between them.
     * So the lobes within {@link #RIVAL_RATIO} of a symbol's best reading are tried, in order of summed |z|
     * and above {@link #PAYLOAD_FLOOR} only. Each wrong combination passes the CRC with chance 1/1024
     * and is only tried after a likelier one failed. Measured on 300 clips of 3-8 s of demo-voice
     * speech at 22.05 kHz, each with a random payload (voice hash and hour) and start: the best reading
     * of the best phase read 209 payloads; adding rivals 292; summing the phases and rivals 300. Two marks mixed
     * sample-aligned read as unreadable (DetectCommandTest), as only neighbouring lobes are rivals. After
     * resampling to 16 kHz (one phase): 215 with the best reading, 293 now. On
     * 3 s crops with noise at 20 dB SNR: 182 before, 263 now. No wrong payload in any of these.
     */
    static Optional<WatermarkPayload> decode(double[][] readings) {
        // every combination of one reading per symbol above the floor, likeliest (largest sum of |z|) first
        List<int[]> order = new ArrayList<>();
        int[] pick = new int[readings.length];
        while (true) {
            boolean aboveFloor = true;
            for (int s = 0; s < pick.length; s++) {
                aboveFloor &= readings[s][2 * pick[s] + 1] >= PAYLOAD_FLOOR;
            }
            if (aboveFloor) {
                order.add(pick.clone());
            }
            int s = 0;
            while (s < pick.length && ++pick[s] == readings[s].length / 2) {
                pick[s++] = 0;
            }
            if (s == pick.length) {
                break;
            }
        }
        order.sort(java.util.Comparator.comparingDouble(p -> {
            double sum = 0;
            for (int s = 0; s < p.length; s++) {
                sum -= readings[s][2 * p[s] + 1];
            }
            return sum;
        }));
        for (int[] p : order) {
            int[] symbols = new int[readings.length];
            for (int s = 0; s < p.length; s++) {
                symbols[s] = (int) readings[s][2 * p[s]];
            }
            Optional<WatermarkPayload> payload = WatermarkPayload.decode(symbols);
            if (payload.isPresent()) {
                return payload;
            }
        }
        return Optional.empty();
    }

    /**
     * Whitened, folded signal ({@code [0]}, length PERIOD) and the weighted average prediction
     * filter ({@code [1]}, zero-padded to PERIOD) that the mark went through on its way there.
     */
    static double[][] fold(float[] x) {
        int n = Watermark.PERIOD;
        int p = LPC_ORDER;
        int fr = Watermark.CHIP_RATE * Watermark.FRAME_MS / 1000;
        int frames = x.length / fr;
        double[] rms = new double[frames];
        double peak = 0;
        for (int f = 0; f < frames; f++) {
            double s = 0;
            for (int i = f * fr; i < (f + 1) * fr; i++) {
                s += x[i] * (double) x[i];
            }
            rms[f] = Math.sqrt(s / fr);
            peak = Math.max(peak, rms[f]);
        }
        double[] fold = new double[n];
        double[] h = new double[n];
        double[] win = new double[2 * fr];
        double[] r = new double[p + 1];
        double[] e = new double[fr];
        for (int f = 0; f < frames; f++) {
            if (rms[f] <= peak * 0.01 || rms[f] == 0) {
                continue;
            }
            int c0 = f * fr - fr / 2;
            for (int i = 0; i < win.length; i++) {
                int k = c0 + i;
                double v = k >= 0 && k < x.length ? x[k] : 0;
                win[i] = v * (0.5 - 0.5 * Math.cos(2 * Math.PI * (i + 0.5) / win.length));
            }
            for (int l = 0; l <= p; l++) {
                double s = 0;
                for (int i = l; i < win.length; i++) {
                    s += win[i] * win[i - l];
                }
                r[l] = s;
            }
            double[] a = levinson(r, p);
            double power = 0;
            for (int i = 0; i < fr; i++) {
                int t = f * fr + i;
                double s = x[t];
                for (int k = 1; k <= p && t - k >= 0; k++) {
                    s += a[k] * x[t - k];
                }
                e[i] = s;
                power += s * s;
            }
            power /= fr;
            if (!(power > 1e-20)) {
                continue;
            }
            // maximum-ratio weighting: the mark's amplitude follows the frame's RMS, the residual is its noise
            double w = rms[f] / power;
            for (int i = 0; i < fr; i++) {
                int t = f * fr + i;
                fold[t % n] += e[i] * w;
            }
            for (int k = 0; k <= p; k++) {
                h[k] += w * rms[f] * a[k];
            }
        }
        return new double[][] { fold, h };
    }

    /** Prediction-error filter a[0..p] (a[0] = 1) from autocorrelation r by Levinson-Durbin. */
    static double[] levinson(double[] r, int p) {
        double[] a = new double[p + 1];
        a[0] = 1;
        double err = r[0] * (1 + 1e-6) + 1e-20;
        double[] prev = new double[p + 1];
        for (int i = 1; i <= p; i++) {
            double acc = r[i];
            for (int j = 1; j < i; j++) {
                acc += a[j] * r[i - j];
            }
            double k = -acc / err;
            System.arraycopy(a, 0, prev, 0, p + 1);
            for (int j = 1; j < i; j++) {
                a[j] = prev[j] + k * prev[i - j];
            }
            a[i] = k;
            err *= 1 - k * k;
            if (!(err > 0)) {
                break;
            }
        }
        return a;
    }

    /** c[lag] = sum_k fold[k] ref[k - lag], ref = chips filtered by h; inputs are spectra. */
    static double[] correlate(double[] aRe, double[] aIm, double[] hRe, double[] hIm, byte[] chips) {
        int n = chips.length;
        double[] bRe = new double[n];
        double[] bIm = new double[n];
        for (int i = 0; i < n; i++) {
            bRe[i] = chips[i];
        }
        LogMel.fft(bRe, bIm);
        double[] cRe = new double[n];
        double[] cIm = new double[n];
        for (int k = 0; k < n; k++) {
            double rRe = bRe[k] * hRe[k] - bIm[k] * hIm[k];
            double rIm = bRe[k] * hIm[k] + bIm[k] * hRe[k];
            // A * conj(R), conjugated again for the inverse FFT by conjugation
            cRe[k] = aRe[k] * rRe + aIm[k] * rIm;
            cIm[k] = -(aIm[k] * rRe - aRe[k] * rIm);
        }
        LogMel.fft(cRe, cIm);
        return cRe;
    }

    static double[] meanStd(double[] c) {
        double mean = 0;
        for (double v : c) {
            mean += v / c.length;
        }
        double var = 0;
        for (double v : c) {
            var += (v - mean) * (v - mean) / c.length;
        }
        return new double[] { mean, Math.sqrt(var + 1e-30) };
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
