package marytts.neural.clone;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** What the figure programs (CloneFigures, the installer's RealSpeechCloneFigures) share: JSON, rounding, WAV files. */
public final class FigureOutput {
    private FigureOutput() {
    }

    /** {@code v} rounded to {@code digits} decimals. */
    public static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }

    /** One-line JSON of maps (String keys), strings, double arrays and numbers; NaN and infinities become null. */
    @SuppressWarnings("unchecked")
    public static String json(Object o) {
        if (o instanceof Map) {
            StringBuilder sb = new StringBuilder("{");
            for (Map.Entry<String, Object> e : ((Map<String, Object>) o).entrySet()) {
                sb.append(sb.length() == 1 ? "" : ", ").append(json(e.getKey())).append(": ").append(json(e.getValue()));
            }
            return sb.append('}').toString();
        }
        if (o instanceof double[] a) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < a.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(json(a[i]));
            }
            return sb.append(']').toString();
        }
        if (o instanceof String s) {
            return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        if (o instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return "null";
        }
        return String.valueOf(o);
    }

    /** Mono 16-bit WAV of samples in [-1, 1]. */
    public static void writeWav(Path file, float[] x, int rate) throws IOException {
        byte[] b = marytts.neural.Pcm.toLittleEndian16(x, x.length, x.length);
        javax.sound.sampled.AudioFormat f = new javax.sound.sampled.AudioFormat(rate, 16, 1, true, false);
        try (javax.sound.sampled.AudioInputStream in = new javax.sound.sampled.AudioInputStream(
                new java.io.ByteArrayInputStream(b), f, x.length)) {
            javax.sound.sampled.AudioSystem.write(in, javax.sound.sampled.AudioFileFormat.Type.WAVE, file.toFile());
        }
    }
}
