package marytts.neural.clone;

/** Mono samples in [-1, 1] at a sample rate. The array is shared, not copied: treat it as read-only. */
public record AudioClip(float[] samples, int sampleRate) {
    public double seconds() {
        return samples.length / (double) sampleRate;
    }
}
