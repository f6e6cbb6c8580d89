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
    /** The first phrase is vocoded in two pieces so the first audio comes sooner; this is the first piece. */
    static final int FIRST_PIECE_FRAMES = 40;
    /** Frames the two pieces overlap on each side of the cut; their audio is cross-faded there. */
    static final int OVERLAP_FRAMES = 4;

    /** A stretch of output: a mel slice to vocode and how its samples join their neighbours. */
    private static final class Piece {
        final float[][] mel;
        final int silenceAfter;
        final boolean fadeIn;
        final boolean fadeOut;
        final boolean holdsTail;
        final boolean crossfadesHead;
        CompletableFuture<float[]> audio;

        Piece(float[][] mel, int silenceAfter, boolean fadeIn, boolean fadeOut, boolean holdsTail,
                boolean crossfadesHead) {
            this.mel = mel;
            this.silenceAfter = silenceAfter;
            this.fadeIn = fadeIn;
            this.fadeOut = fadeOut;
            this.holdsTail = holdsTail;
            this.crossfadesHead = crossfadesHead;
        }
    }

    private final NeuralVoiceEngine engine;
    private final List<Piece> pieces = new ArrayList<>();
    private final long timeoutMillis;
    private final Consumer<byte[]> onComplete;
    private final marytts.neural.clone.Watermark watermark;
    private long emitted;
    private final java.io.ByteArrayOutputStream all;
    private final int crossfade;
    private final int fade;
    private float[] tail;
    private byte[] buffer = new byte[0];
    private int position;
    private int next;
    private int queued;

    StreamingPcm(NeuralVoiceEngine engine, List<AcousticRow.Result> rows, List<Integer> silenceSamples,
            long timeoutMillis, Consumer<byte[]> onComplete) {
        this(engine, rows, silenceSamples, timeoutMillis, onComplete, null);
    }

    /** With a watermark (cloned voices): every chunk is marked before it is returned; failures fail the read. */
    StreamingPcm(NeuralVoiceEngine engine, List<AcousticRow.Result> rows, List<Integer> silenceSamples,
            long timeoutMillis, Consumer<byte[]> onComplete, marytts.neural.clone.Watermark watermark) {
        this(engine, rows, silenceSamples, timeoutMillis, onComplete, watermark, 0);
    }

    /**
     * @param watermarkStart where this audio starts in the whole output, in samples: the mark's
     *            chips are a function of that absolute position, so audio made in several parts
     *            carries one continuous mark
     */
    StreamingPcm(NeuralVoiceEngine engine, List<AcousticRow.Result> rows, List<Integer> silenceSamples,
            long timeoutMillis, Consumer<byte[]> onComplete, marytts.neural.clone.Watermark watermark,
            long watermarkStart) {
        this.watermark = watermark;
        this.emitted = watermarkStart;
        this.engine = engine;
        this.timeoutMillis = timeoutMillis;
        this.onComplete = onComplete;
        this.all = onComplete == null ? null : new java.io.ByteArrayOutputStream();
        int hop = engine.voice().hopSize();
        this.crossfade = 2 * OVERLAP_FRAMES * hop;
        this.fade = engine.voice().sampleRate() / 100; // 10 ms: chunk edges meet silence, and a jump there clicks
        for (int i = 0; i < rows.size(); i++) {
            float[][] mel = rows.get(i).mel();
            int frames = frames(mel);
            if (i == 0 && frames > 2 * (FIRST_PIECE_FRAMES + OVERLAP_FRAMES)) {
                pieces.add(new Piece(slice(mel, 0, FIRST_PIECE_FRAMES + OVERLAP_FRAMES), 0, true, false, true, false));
                pieces.add(new Piece(slice(mel, FIRST_PIECE_FRAMES - OVERLAP_FRAMES, frames), silenceSamples.get(i),
                        false, true, false, true));
            } else {
                pieces.add(new Piece(mel, silenceSamples.get(i), true, true, false, false));
            }
        }
    }

    static long totalSamples(List<AcousticRow.Result> rows, List<Integer> silences, int hop) {
        long n = 0;
        for (int i = 0; i < rows.size(); i++) {
            n += (long) frames(rows.get(i).mel()) * hop + silences.get(i);
        }
        return n;
    }

    private static int frames(float[][] mel) {
        return mel.length == 0 ? 0 : mel[0].length;
    }

    private static float[][] slice(float[][] mel, int from, int to) {
        float[][] out = new float[mel.length][];
        for (int k = 0; k < mel.length; k++) {
            out[k] = java.util.Arrays.copyOfRange(mel[k], from, to);
        }
        return out;
    }

    private void queueUpTo(int index) throws IOException {
        while (queued <= index && queued < pieces.size()) {
            try {
                pieces.get(queued).audio = engine.submitVocoder(pieces.get(queued).mel);
                queued++;
            } catch (EngineBusyException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
    }

    private boolean fill() throws IOException {
        if (next >= pieces.size()) {
            return false;
        }
        queueUpTo(next + 1); // the next piece is vocoded while this one is read
        Piece piece = pieces.get(next);
        float[] wav;
        try {
            wav = piece.audio.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while vocoding", e);
        } catch (ExecutionException e) {
            throw new IOException("vocoder failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IOException("vocoder took longer than " + timeoutMillis + " ms");
        }
        piece.audio = null; // let the samples go
        int length = frames(piece.mel) * engine.voice().hopSize();
        float[] samples = java.util.Arrays.copyOf(wav, length);
        int edge = Math.min(fade, length / 4);
        for (int i = 0; i < edge; i++) {
            float g = (i + 1) / (float) edge;
            if (piece.fadeIn) {
                samples[i] *= g;
            }
            if (piece.fadeOut) {
                samples[length - 1 - i] *= g;
            }
        }
        if (piece.crossfadesHead && tail != null) {
            int n = Math.min(tail.length, length);
            for (int i = 0; i < n; i++) {
                float w = (i + 0.5f) / n;
                samples[i] = tail[i] * (1 - w) + samples[i] * w;
            }
            tail = null;
        }
        int emit = length;
        if (piece.holdsTail) {
            emit = Math.max(0, length - crossfade);
            tail = java.util.Arrays.copyOfRange(samples, emit, length);
        }
        if (watermark != null) {
            try {
                float[] marked = watermark.apply(java.util.Arrays.copyOf(samples, emit), engine.voice().sampleRate(),
                        emitted);
                System.arraycopy(marked, 0, samples, 0, emit);
            } catch (RuntimeException e) {
                throw new IOException("watermarking failed, no audio returned: " + e, e); // fail closed
            }
        }
        emitted += emit + piece.silenceAfter;
        byte[] bytes = Pcm.toLittleEndian16(samples, emit, emit + piece.silenceAfter);
        next++;
        buffer = bytes;
        position = 0;
        if (all != null) {
            all.write(bytes, 0, bytes.length);
            if (next == pieces.size()) {
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
