package marytts.neural;

import java.io.ByteArrayInputStream;
import java.util.List;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;

/** Float samples in [-1, 1] to 16-bit little-endian mono PCM; out-of-range samples are clipped. */
final class Pcm {
    private Pcm() {
    }

    static AudioFormat format(int sampleRate) {
        return new AudioFormat(AudioFormat.Encoding.PCM_SIGNED, sampleRate, 16, 1, 2, sampleRate, false);
    }

    static AudioInputStream toAudioInputStream(List<float[]> parts, int sampleRate) {
        int total = parts.stream().mapToInt(p -> p.length).sum();
        byte[] bytes = new byte[total * 2];
        int o = 0;
        for (float[] part : parts) {
            for (float f : part) {
                float c = Float.isFinite(f) ? Math.max(-1f, Math.min(1f, f)) : 0f;
                short s = (short) Math.round(c * 32767f);
                bytes[o++] = (byte) s;
                bytes[o++] = (byte) (s >> 8);
            }
        }
        return new AudioInputStream(new ByteArrayInputStream(bytes), format(sampleRate), total);
    }
}
