package marytts.neural.clone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The tone check's F0 tracker on harmonic signals (no octave errors, rising contour seen as rising). */
class PitchTrackTest {
    static float[] harmonic(double f0Start, double f0End, double seconds, int rate) {
        float[] x = new float[(int) (seconds * rate)];
        double phase = 0;
        for (int i = 0; i < x.length; i++) {
            double f = f0Start + (f0End - f0Start) * i / x.length;
            phase += 2 * Math.PI * f / rate;
            double v = 0;
            for (int h = 1; h <= 10; h++) {
                v += Math.sin(h * phase) / h;
            }
            x[i] = (float) (0.2 * v);
        }
        return x;
    }

    @Test
    void steadyHighAndLowVoices() {
        for (double hz : new double[] { 110, 220, 330, 480 }) {
            double med = PitchTrack.median(PitchTrack.f0(harmonic(hz, hz, 0.4, 22050), 22050));
            assertEquals(hz, med, hz * 0.02, "F0 " + hz);
        }
    }

    @Test
    void risingContour() {
        double[] c = PitchTrack.contour(PitchTrack.f0(harmonic(200, 300, 0.4, 22050), 22050), 200, 5);
        assertTrue(c[4] - c[0] > 4 && c[4] - c[0] < 9, java.util.Arrays.toString(c));
    }
}
