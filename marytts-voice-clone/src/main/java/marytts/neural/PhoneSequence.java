package marytts.neural;

import java.util.Arrays;

/**
 * One chunk of speech as model ids (a phrase or sentence), plus the silence that follows it.
 * Arrays are owned by this object and never modified.
 */
public final class PhoneSequence {
    private final long[] phones;
    private final long[] tones;
    private final long[] boundaries;
    private final int silenceAfterMs;
    private final ProsodyControls controls;

    public PhoneSequence(long[] phones, long[] tones, long[] boundaries, int silenceAfterMs, ProsodyControls controls) {
        if (phones.length != tones.length || phones.length != boundaries.length) {
            throw new IllegalArgumentException("phone, tone and boundary ids must have the same length");
        }
        this.phones = phones.clone();
        this.tones = tones.clone();
        this.boundaries = boundaries.clone();
        this.silenceAfterMs = Math.max(0, silenceAfterMs);
        this.controls = controls;
    }

    /** The same ids and silence under a speaker's own controls ({@code own} times these controls). */
    public PhoneSequence under(ProsodyControls own) {
        return own.equals(ProsodyControls.NEUTRAL) ? this : withControls(own.times(controls));
    }

    /** The same ids and silence with other controls. */
    public PhoneSequence withControls(ProsodyControls c) {
        return new PhoneSequence(phones, tones, boundaries, silenceAfterMs, c);
    }

    /** From rows of {@code {phone id, tone id, boundary id}}, one per phone. */
    public static PhoneSequence fromRows(java.util.List<long[]> rows, int silenceAfterMs, ProsodyControls controls) {
        long[] p = new long[rows.size()];
        long[] t = new long[rows.size()];
        long[] b = new long[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            p[i] = rows.get(i)[0];
            t[i] = rows.get(i)[1];
            b[i] = rows.get(i)[2];
        }
        return new PhoneSequence(p, t, b, silenceAfterMs, controls);
    }

    public int length() {
        return phones.length;
    }

    public long[] phones() {
        return phones.clone();
    }

    public long[] tones() {
        return tones.clone();
    }

    public long[] boundaries() {
        return boundaries.clone();
    }

    public int silenceAfterMs() {
        return silenceAfterMs;
    }

    public ProsodyControls controls() {
        return controls;
    }

    @Override
    public String toString() {
        return "PhoneSequence" + Arrays.toString(phones) + "+" + silenceAfterMs + "ms";
    }
}
