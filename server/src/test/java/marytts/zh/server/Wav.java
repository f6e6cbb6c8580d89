package marytts.zh.server;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Minimal reader for the 16-bit PCM RIFF files MaryTTS writes, for checks in tests. */
record Wav(int sampleRate, int channels, int bitsPerSample, short[] samples) {

    static Wav parse(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 44 || b.getInt(0) != 0x46464952 || b.getInt(8) != 0x45564157) {
            throw new IllegalArgumentException("not a RIFF/WAVE file");
        }
        int pos = 12;
        int rate = 0;
        int channels = 0;
        int bits = 0;
        while (pos + 8 <= bytes.length) {
            int id = b.getInt(pos);
            int size = b.getInt(pos + 4);
            if (id == 0x20746d66) { // "fmt "
                channels = b.getShort(pos + 10);
                rate = b.getInt(pos + 12);
                bits = b.getShort(pos + 22);
            } else if (id == 0x61746164) { // "data"
                int n = Math.min(size, bytes.length - pos - 8) / 2;
                short[] s = new short[n];
                for (int i = 0; i < n; i++) {
                    s[i] = b.getShort(pos + 8 + 2 * i);
                }
                return new Wav(rate, channels, bits, s);
            }
            pos += 8 + size + (size & 1);
        }
        throw new IllegalArgumentException("no data chunk");
    }

    double seconds() {
        return samples.length / (double) sampleRate / channels;
    }

    double rms() {
        double sum = 0;
        for (short v : samples) {
            sum += (v / 32768.0) * (v / 32768.0);
        }
        return Math.sqrt(sum / Math.max(1, samples.length));
    }

    double clippedFraction() {
        long clipped = 0;
        for (short v : samples) {
            if (v >= 32767 || v <= -32768) {
                clipped++;
            }
        }
        return clipped / (double) Math.max(1, samples.length);
    }
}
