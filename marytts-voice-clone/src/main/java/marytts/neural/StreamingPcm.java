package marytts.neural;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * 16-bit PCM produced chunk by chunk as it is read: the acoustic model has already run for every
 * chunk (so the exact length is known up front, as WAVE headers need), and each chunk is vocoded
 * only when the reader gets to it, with the next one queued meanwhile — a streaming client
 * (AUDIO=AU_STREAM) hears the first sentence while later ones are still being made.
 */
final class StreamingPcm extends InputStream {
    private final NeuralVoiceEngine engine;
    private final List<AcousticRow.Result> rows;
    private final List<Integer> silenceSamples;
    private final long timeoutMillis;
    private final Consumer<byte[]> onComplete;
    private final marytts.neural.clone.Watermark watermark;
    private long emitted;
    private final List<CompletableFuture<float[]>> vocoded = new ArrayList<>();
    private final java.io.ByteArrayOutputStream all;
    private byte[] buffer = new byte[0];
    private int position;
    private int next;

    StreamingPcm(NeuralVoiceEngine engine, List<AcousticRow.Result> rows, List<Integer> silenceSamples,
            long timeoutMillis, Consumer<byte[]> onComplete) {
        this(engine, rows, silenceSamples, timeoutMillis, onComplete, null);
    }

    /** With a watermark (cloned voices): every chunk is marked before it is returned; failures fail the read. */
    StreamingPcm(NeuralVoiceEngine engine, List<AcousticRow.Result> rows, List<Integer> silenceSamples,
            long timeoutMillis, Consumer<byte[]> onComplete, marytts.neural.clone.Watermark watermark) {
        this.watermark = watermark;
        this.engine = engine;
        this.rows = rows;
        this.silenceSamples = silenceSamples;
        this.timeoutMillis = timeoutMillis;
        this.onComplete = onComplete;
        this.all = onComplete == null ? null : new java.io.ByteArrayOutputStream();
    }

    static long totalSamples(List<AcousticRow.Result> rows, List<Integer> silences, int hop) {
        long n = 0;
        for (int i = 0; i < rows.size(); i++) {
            n += (long) frames(rows.get(i)) * hop + silences.get(i);
        }
        return n;
    }

    private static int frames(AcousticRow.Result r) {
        return r.mel().length == 0 ? 0 : r.mel()[0].length;
    }

    private void queue(int index) throws IOException {
        while (vocoded.size() <= index && vocoded.size() < rows.size()) {
            try {
                vocoded.add(engine.submitVocoder(rows.get(vocoded.size()).mel()));
            } catch (EngineBusyException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
    }

    private boolean fill() throws IOException {
        if (next >= rows.size()) {
            return false;
        }
        queue(next + 1); // the next chunk is vocoded while this one is read
        float[] wav;
        try {
            wav = vocoded.get(next).get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while vocoding", e);
        } catch (ExecutionException e) {
            throw new IOException("vocoder failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("vocoder took longer than " + timeoutMillis + " ms");
        }
        int expected = frames(rows.get(next)) * engine.voice().hopSize();
        int samples = expected + silenceSamples.get(next);
        if (watermark != null) {
            try {
                wav = watermark.apply(java.util.Arrays.copyOf(wav, expected), engine.voice().sampleRate(), emitted);
            } catch (RuntimeException e) {
                throw new IOException("watermarking failed, no audio returned: " + e, e); // fail closed
            }
        }
        emitted += samples;
        byte[] bytes = new byte[samples * 2];
        int o = 0;
        for (int i = 0; i < expected; i++) {
            float f = i < wav.length ? wav[i] : 0f;
            float c = Float.isFinite(f) ? Math.max(-1f, Math.min(1f, f)) : 0f;
            short s = (short) Math.round(c * 32767f);
            bytes[o++] = (byte) s;
            bytes[o++] = (byte) (s >> 8);
        }
        vocoded.set(next, null); // let the samples go
        next++;
        buffer = bytes;
        position = 0;
        if (all != null) {
            all.write(bytes, 0, bytes.length);
            if (next == rows.size()) {
                onComplete.accept(all.toByteArray());
            }
        }
        return true;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (position >= buffer.length) {
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(len, buffer.length - position);
        System.arraycopy(buffer, position, b, off, n);
        position += n;
        return n;
    }

    @Override
    public int available() {
        return buffer.length - position;
    }
}
