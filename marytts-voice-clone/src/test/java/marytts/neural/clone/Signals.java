package marytts.neural.clone;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Speech-like test signals made in Java: voiced "syllables" with pauses, noise, and WAV writing. */
final class Signals {
    private Signals() {
    }

    /**
     * Harmonic bursts (F0 120-220 Hz, 8 harmonics, 200 ms with 40 ms gaps) grouped in phrases of 6
     * separated by 400 ms pauses, peak about {@code peak}, over a noise floor {@code noiseDb} below
     * the peak.
     */
    static float[] speechLike(double seconds, int rate, double peak, double noiseDb, long seed) {
        return speechLike(seconds, rate, peak, noiseDb, seed, 120, 1.0);
    }

    /** As above with another "voice": F0 from {@code f0} to f0+100 Hz, harmonic amplitudes 1/h^rolloff. */
    static float[] speechLike(double seconds, int rate, double peak, double noiseDb, long seed, double f0Low,
            double rolloff) {
        Random r = new Random(seed);
        int n = (int) (seconds * rate);
        float[] x = new float[n];
        int i = (int) (0.2 * rate);
        int syll = 0;
        while (i < n - rate / 5) {
            int len = rate / 5;
            double f0 = f0Low + r.nextDouble() * 100;
            for (int k = 0; k < len && i + k < n; k++) {
                double env = Math.sin(Math.PI * k / len);
                double t = k / (double) rate;
                double v = 0;
                for (int h = 1; h <= 8; h++) {
                    v += Math.sin(2 * Math.PI * f0 * h * t + h) / Math.pow(h, rolloff);
                }
                x[i + k] = (float) (v * env * 0.5);
            }
            i += len + rate / 25;
            if (++syll % 6 == 0) {
                i += (int) (0.4 * rate);
            }
        }
        double max = 0;
        for (float v : x) {
            max = Math.max(max, Math.abs(v));
        }
        double noise = peak * Math.pow(10, -noiseDb / 20);
        for (int k = 0; k < n; k++) {
            x[k] = (float) (x[k] / max * peak + r.nextGaussian() * noise);
        }
        return x;
    }

    /** Four 9 s speech-like WAVs utt0..utt3 in {@code audioDir} and their transcripts file (36 Han characters each). */
    static Path enrollmentSet(Path audioDir, Path transcripts) throws IOException {
        Files.createDirectories(audioDir);
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            wav(audioDir.resolve("utt" + i + ".wav"), speechLike(9, 16000, 0.5, 50, i), 16000);
            t.append("utt").append(i).append('\t').append(han(36)).append('\n');
        }
        return Files.writeString(transcripts, t.toString());
    }

    /** A 4 s consent recording of the "voice" with this F0 floor and harmonic rolloff. */
    static Path consent(Path dir, double f0, double rolloff) throws IOException {
        return wav(dir.resolve("consent-" + f0 + "-" + rolloff + ".wav"), speechLike(4, 16000, 0.5, 50, 99, f0, rolloff),
                16000);
    }

    static float[] noise(double seconds, int rate, double rms, long seed) {
        Random r = new Random(seed);
        float[] x = new float[(int) (seconds * rate)];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (r.nextGaussian() * rms);
        }
        return x;
    }

    static Path wav(Path file, float[] x, int rate) throws IOException {
        byte[] b = new byte[x.length * 2];
        for (int i = 0; i < x.length; i++) {
            int s = (int) Math.max(-32768, Math.min(32767, Math.round(x[i] * 32767.0)));
            b[2 * i] = (byte) s;
            b[2 * i + 1] = (byte) (s >> 8);
        }
        AudioFormat f = new AudioFormat(rate, 16, 1, true, false);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(b), f, x.length)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
        }
        return file;
    }

    /** Han text of {@code n} characters. */
    static String han(int n) {
        String s = "我们今天一起去公园散步看见很多花朵开放天气非常晴朗";
        StringBuilder sb = new StringBuilder();
        while (sb.length() < n) {
            sb.append(s);
        }
        return sb.substring(0, n);
    }

    static double correlation(float[] a, float[] b) {
        int n = Math.min(a.length, b.length);
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < n; i++) {
            ab += a[i] * (double) b[i];
            aa += a[i] * (double) a[i];
            bb += b[i] * (double) b[i];
        }
        return ab / Math.sqrt(aa * bb + 1e-20);
    }
}
