package marytts.neural.clone;

import java.util.List;

/**
 * The speaker representation used where a package has no speaker encoder: the log-mel spectral
 * envelope (per-band mean minus its average over bands) and per-band standard deviation of the
 * conditioned audio, as one vector. Compared by cosine similarity. This is a channel-and-timbre
 * fingerprint, NOT a trained speaker-verification embedding: two people recorded with the same
 * microphone in the same room can score above the threshold, and one person on two microphones
 * can score below it. It catches gross mismatches (another voice type, another recording set-up)
 * only.
 */
public final class SpeakerStats {
    /** Bump when the analysis changes: part of the cache key. */
    public static final String VERSION = "speaker-stats-v1";

    private SpeakerStats() {
    }

    public static float[] of(LogMel mel, List<float[]> clips) {
        float[][] s = mel.statistics(clips);
        int bands = s[0].length;
        double avg = 0;
        for (float v : s[0]) {
            avg += v / bands;
        }
        float[] out = new float[2 * bands];
        for (int b = 0; b < bands; b++) {
            out[b] = (float) (s[0][b] - avg);
            out[bands + b] = s[1][b];
        }
        return out;
    }

    public static double cosine(float[] a, float[] b) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            ab += a[i] * (double) b[i];
            aa += a[i] * (double) a[i];
            bb += b[i] * (double) b[i];
        }
        return ab / Math.sqrt(aa * bb + 1e-30);
    }

    public static float[] mean(List<float[]> vectors) {
        float[] m = new float[vectors.get(0).length];
        for (float[] v : vectors) {
            for (int i = 0; i < m.length; i++) {
                m[i] += v[i] / vectors.size();
            }
        }
        return m;
    }
}
