package marytts.neural;

/**
 * Per-request model controls (contract: acoustic model input {@code controls}): duration scale
 * (2.0 = twice as slow), pitch scale (F0 multiplier) and energy scale; 1.0 = neutral. Values are
 * clamped to ranges a small model can follow.
 */
public record ProsodyControls(float durationScale, float pitchScale, float energyScale) {
    public static final ProsodyControls NEUTRAL = new ProsodyControls(1f, 1f, 1f);

    public ProsodyControls {
        durationScale = clamp(durationScale, 0.25f, 4f);
        pitchScale = clamp(pitchScale, 0.5f, 2f);
        energyScale = clamp(energyScale, 0.1f, 4f);
    }

    private static float clamp(float v, float lo, float hi) {
        if (!Float.isFinite(v)) {
            return 1f;
        }
        return Math.max(lo, Math.min(hi, v));
    }

    /** These controls scaled by another set (a voice's own controls times a request's SSML prosody). */
    public ProsodyControls times(ProsodyControls o) {
        return new ProsodyControls(durationScale * o.durationScale, pitchScale * o.pitchScale,
                energyScale * o.energyScale);
    }

    public float[] toArray() {
        return new float[] { durationScale, pitchScale, energyScale };
    }
}
